// A word trigram back-off model for look-ups during decoding: P(w | history) with back-off, and the history state
// after each word. States are small integers, reduced to the longest history the model has continuations for
// (a history without any explicit continuation backs off at no cost), so the decoder keeps few distinct states.
import { findSorted } from './find-sorted.ts';

export interface WordTrigramArrays {
  /** Words by id, '' for ids the model does not use; id 0 is the sentence boundary. */
  vocabulary: readonly string[];
  unigramLogProb: Float32Array;
  unigramLogBackoff: Float32Array;
  /** bigramStart[h] .. bigramStart[h + 1]: bigrams with history h (words sorted). */
  bigramStart: Uint32Array;
  bigramWord: Uint32Array;
  bigramLogProb: Float32Array;
  /** Bigrams that are histories of trigrams (sorted bigram indices), their back-off weights and trigram ranges. */
  contextBigram: Uint32Array;
  contextLogBackoff: Float32Array;
  trigramStart: Uint32Array;
  trigramWord: Uint32Array;
  trigramLogProb: Float32Array;
}

export interface WordTrigramModel {
  readonly vocabularySize: number;
  /** The sentence boundary word (start and end of a sentence). */
  readonly boundary: number;
  /** The state with no history, and the state at the start of a sentence. */
  readonly emptyState: number;
  readonly sentenceStartState: number;
  /** Id of a word, -1 when the model does not know it. */
  idOf(word: string): number;
  unigramLogProb(word: number): number;
  /** Natural-log P(word | state), backing off to shorter histories as needed. */
  logProb(state: number, word: number): number;
  /** The state after `word` follows `state`. */
  next(state: number, word: number): number;
}

const BOUNDARY = 0;
const EMPTY_STATE = 0;


/**
 * States: 0 = no history; 1 + v = history "v" (only when v has bigrams); 1 + V + c = history "u v" where c is the
 * index of the bigram u v among the trigram histories (only when it has trigrams).
 */
export function createWordTrigramModel(arrays: WordTrigramArrays): WordTrigramModel {
  const vocabularySize = arrays.vocabulary.length;
  const ids = new Map<string, number>();
  arrays.vocabulary.forEach((word, id) => {
    if (word !== '' && !Number.isNaN(arrays.unigramLogProb[id] ?? Number.NaN)) ids.set(word, id);
  });
  const contextStateBase = 1 + vocabularySize;

  const findBigram = (history: number, word: number): number =>
    findSorted(arrays.bigramWord, arrays.bigramStart[history] ?? 0, arrays.bigramStart[history + 1] ?? 0, word);
  const hasBigrams = (word: number): boolean => (arrays.bigramStart[word + 1] ?? 0) > (arrays.bigramStart[word] ?? 0);
  const oneWordState = (word: number): number => (hasBigrams(word) ? 1 + word : EMPTY_STATE);
  const unigramLogProb = (word: number): number => arrays.unigramLogProb[word] ?? Number.NEGATIVE_INFINITY;

  const bigramLogProb = (history: number, word: number): number => {
    const bigram = findBigram(history, word);
    if (bigram >= 0) return arrays.bigramLogProb[bigram] ?? 0;
    return (arrays.unigramLogBackoff[history] ?? 0) + unigramLogProb(word);
  };

  const lastWordOfContext = (context: number): number => arrays.bigramWord[arrays.contextBigram[context] ?? 0] ?? 0;

  return {
    vocabularySize,
    boundary: BOUNDARY,
    emptyState: EMPTY_STATE,
    sentenceStartState: oneWordState(BOUNDARY),
    idOf: (word) => ids.get(word) ?? -1,
    unigramLogProb,
    logProb(state, word) {
      if (state === EMPTY_STATE) return unigramLogProb(word);
      if (state < contextStateBase) return bigramLogProb(state - 1, word);
      const context = state - contextStateBase;
      const trigram = findSorted(arrays.trigramWord, arrays.trigramStart[context] ?? 0, arrays.trigramStart[context + 1] ?? 0, word);
      if (trigram >= 0) return arrays.trigramLogProb[trigram] ?? 0;
      return (arrays.contextLogBackoff[context] ?? 0) + bigramLogProb(lastWordOfContext(context), word);
    },
    next(state, word) {
      if (state !== EMPTY_STATE) {
        const previous = state < contextStateBase ? state - 1 : lastWordOfContext(state - contextStateBase);
        const bigram = findBigram(previous, word);
        if (bigram >= 0) {
          const context = findSorted(arrays.contextBigram, 0, arrays.contextBigram.length, bigram);
          if (context >= 0) return contextStateBase + context;
        }
      }
      return oneWordState(word);
    },
  };
}
