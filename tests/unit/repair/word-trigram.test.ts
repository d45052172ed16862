// The word trigram model: back-off arithmetic, pruning with renormalized back-off weights, the stored file, and the
// context scorer's view of lattice tokens. A five-word model small enough to check by hand.
import { describe, expect, it } from 'vitest';
import type { BackOffModel } from '../../../scripts/repair/model-build/back-off-model.ts';
import { pruneBackOffModel } from '../../../scripts/repair/model-build/prune-back-off-model.ts';
import { toWordTrigramArrays } from '../../../scripts/repair/model-build/to-word-trigram-arrays.ts';
import { createWordContextScorer } from '../../../scripts/repair/scoring/word-context-scorer.ts';
import { decodeWordTrigramFile, encodeWordTrigramFile } from '../../../scripts/repair/word-trigram/model-file.ts';
import { createWordTrigramModel } from '../../../scripts/repair/word-trigram/word-trigram-model.ts';

const VOCABULARY = ['', '容器', '中', '与', '运行', '未用'];
const { log } = Math;

/** Unigrams 0.1 0.2 0.3 0.2 0.2; bigrams <s> 容器, 容器 中, 容器 与; trigram <s> 容器 中; id 5 has no unigram. */
function tinyModel(): BackOffModel {
  return {
    unigramLogProb: Float64Array.of(log(0.1), log(0.2), log(0.3), log(0.2), log(0.2), Number.NaN),
    unigramLogBackoff: new Float64Array(6),
    bigramHistory: Uint32Array.of(0, 1, 1),
    bigramWord: Uint32Array.of(1, 2, 3),
    bigramLogProb: Float64Array.of(log(0.6), log(0.5), log(0.2)),
    bigramLogBackoff: new Float64Array(3),
    trigramFirst: Uint32Array.of(0),
    trigramSecond: Uint32Array.of(1),
    trigramWord: Uint32Array.of(2),
    trigramLogProb: Float64Array.of(log(0.7)),
  };
}

function sumOverWords(probability: (word: number) => number): number {
  let sum = 0;
  for (let word = 0; word < 5; word++) sum += probability(word);
  return sum;
}

describe('word trigram model', () => {
  const kept = pruneBackOffModel(tinyModel(), -Infinity, 'tiny');
  const model = createWordTrigramModel(toWordTrigramArrays(kept.model, VOCABULARY));
  const id = (word: string): number => model.idOf(word);

  it('recomputes back-off weights so that every history sums to one', () => {
    expect(kept.kept).toEqual({ bigrams: 3, trigrams: 1 });
    // History 容器: explicit 0.5 + 0.2, the rest (0.3) spread over the unigrams of the other words (0.5).
    expect(kept.model.unigramLogBackoff[1]).toBeCloseTo(log(0.3 / 0.5), 10);
    const afterContainer = model.next(model.emptyState, id('容器'));
    expect(sumOverWords((word) => Math.exp(model.logProb(afterContainer, word)))).toBeCloseTo(1, 6);
    const afterStartContainer = model.next(model.sentenceStartState, id('容器'));
    expect(afterStartContainer).not.toBe(afterContainer);
    expect(sumOverWords((word) => Math.exp(model.logProb(afterStartContainer, word)))).toBeCloseTo(1, 6);
  });

  it('uses the longest history it has and backs off from there', () => {
    const afterStartContainer = model.next(model.sentenceStartState, id('容器'));
    expect(model.logProb(afterStartContainer, id('中'))).toBeCloseTo(log(0.7), 3);
    const afterContainer = model.next(model.emptyState, id('容器'));
    expect(model.logProb(afterContainer, id('中'))).toBeCloseTo(log(0.5), 3);
    expect(model.logProb(afterContainer, id('运行'))).toBeCloseTo(log(0.6 * 0.2), 3);
    expect(model.logProb(model.emptyState, id('运行'))).toBeCloseTo(log(0.2), 3);
  });

  it('reduces a history without continuations to the empty state', () => {
    expect(model.next(model.emptyState, id('运行'))).toBe(model.emptyState);
    expect(model.next(model.next(model.emptyState, id('容器')), id('中'))).toBe(model.emptyState);
    expect(id('未用')).toBe(-1);
  });

  it('prunes what changes the distribution least, and keeps the history of every kept trigram', () => {
    const pruned = pruneBackOffModel(tinyModel(), 0.02, 'tiny');
    expect(pruned.kept.bigrams).toBeLessThan(3);
    for (let trigram = 0; trigram < pruned.model.trigramWord.length; trigram++) {
      const first = pruned.model.trigramFirst[trigram];
      const second = pruned.model.trigramSecond[trigram];
      const hasHistory = [...pruned.model.bigramHistory].some((history, index) => history === first && pruned.model.bigramWord[index] === second);
      expect(hasHistory).toBe(true);
    }
  });

  it('stores and reads back the same model (16-bit log-probabilities, within a thousandth of a nat)', () => {
    const arrays = toWordTrigramArrays(kept.model, VOCABULARY);
    const file = encodeWordTrigramFile(arrays, { note: 'test' });
    expect(encodeWordTrigramFile(arrays, { note: 'test' }).equals(file)).toBe(true);
    const decoded = decodeWordTrigramFile<{ note: string }>(file, 'test');
    expect(decoded.metadata.note).toBe('test');
    expect(decoded.arrays.vocabulary).toEqual(['', '容器', '中', '与', '运行', '']);
    expect(Number.isNaN(decoded.arrays.unigramLogProb[5])).toBe(true);
    const reread = createWordTrigramModel(decoded.arrays);
    const state = reread.next(reread.sentenceStartState, reread.idOf('容器'));
    expect(reread.logProb(state, reread.idOf('中'))).toBeCloseTo(log(0.7), 3);
    expect(() => decodeWordTrigramFile(Buffer.from('not a model'), 'bad')).toThrow();
  });
});

describe('word context scorer', () => {
  const model = createWordTrigramModel(toWordTrigramArrays(pruneBackOffModel(tinyModel(), -Infinity, 'tiny').model, VOCABULARY));
  const scorer = createWordContextScorer(model, 2);

  it('scores a word by how much more likely it is after its history than alone, weighted', () => {
    const afterContainer = scorer.next(scorer.lineStart, scorer.tokenOf('容器'));
    expect(scorer.score(afterContainer, scorer.tokenOf('中'))).toBeCloseTo(2 * (log(0.7) - log(0.3)), 2);
    expect(scorer.score(afterContainer, scorer.tokenOf('与'))).toBeLessThan(scorer.score(afterContainer, scorer.tokenOf('中')));
  });

  it('splits a Han run the model lacks into its words, keeps the history over blanks, and breaks it elsewhere', () => {
    const run = scorer.tokenOf('容器中');
    const split = scorer.score(scorer.lineStart, run);
    const stepwise =
      scorer.score(scorer.lineStart, scorer.tokenOf('容器')) + scorer.score(scorer.next(scorer.lineStart, scorer.tokenOf('容器')), scorer.tokenOf('中'));
    expect(split).toBeCloseTo(stepwise, 10);
    const afterContainer = scorer.next(scorer.lineStart, scorer.tokenOf('容器'));
    expect(scorer.next(afterContainer, scorer.tokenOf(' '))).toBe(afterContainer);
    expect(scorer.next(afterContainer, scorer.tokenOf('Pod'))).toBe(model.emptyState);
    expect(scorer.score(afterContainer, scorer.tokenOf('🧭'))).toBe(0);
    expect(scorer.next(afterContainer, scorer.tokenOf('\n'))).toBe(model.sentenceStartState);
  });
});
