// Relative-entropy pruning of a back-off model (Stolcke 1998, "Entropy-based pruning of backoff language models"):
// an n-gram is dropped when backing off to the lower order instead changes the model's distribution by less than
// `threshold` (in nats, weighted by how often its history occurs). The back-off weights of every history are then
// recomputed so that each conditional distribution still sums to one. A general rule: it looks at the model alone,
// never at the text to be repaired.
import { indexBackOffModel } from './back-off-index.ts';
import type { BackOffModel } from './back-off-model.ts';

/** Probability mass left for backed-off words is kept above this, so that no back-off weight becomes 0 or negative. */
const MINIMUM_LEFT_OVER = 1e-6;

export interface PruneResult {
  model: BackOffModel;
  kept: { bigrams: number; trigrams: number };
}

function unigramProbability(model: BackOffModel, word: number): number {
  const logProb = model.unigramLogProb[word] ?? Number.NaN;
  return Number.isNaN(logProb) ? 0 : Math.exp(logProb);
}

/** Change of the model's entropy if one explicit entry p (lower-order estimate q) of a history were dropped. */
function pruningCost(historyProbability: number, p: number, q: number, leftOver: number, lowerLeftOver: number): number {
  const backoff = leftOver / lowerLeftOver;
  const prunedBackoff = (leftOver + p) / (lowerLeftOver + q);
  return -historyProbability * (p * (Math.log(prunedBackoff * q) - Math.log(p)) + leftOver * (Math.log(prunedBackoff) - Math.log(backoff)));
}

export function pruneBackOffModel(model: BackOffModel, threshold: number, source: string): PruneResult {
  const index = indexBackOffModel(model, source);
  const bigramCount = model.bigramWord.length;
  const bigramProbability = (history: number, word: number): number => {
    const bigram = index.findBigram(history, word);
    if (bigram >= 0) return Math.exp(model.bigramLogProb[bigram] ?? 0);
    return Math.exp(model.unigramLogBackoff[history] ?? 0) * unigramProbability(model, word);
  };

  // Trigrams, one history (bigram u v) at a time.
  const keepTrigram = new Uint8Array(model.trigramWord.length);
  const bigramIsContext = new Uint8Array(bigramCount);
  for (let bigram = 0; bigram < bigramCount; bigram++) {
    const from = index.trigramStart[bigram] ?? 0;
    const to = index.trigramStart[bigram + 1] ?? 0;
    if (from === to) continue;
    const first = model.bigramHistory[bigram] ?? 0;
    const second = model.bigramWord[bigram] ?? 0;
    const historyProbability = unigramProbability(model, first) * Math.exp(model.bigramLogProb[bigram] ?? 0);
    let explicit = 0;
    let lower = 0;
    for (let trigram = from; trigram < to; trigram++) {
      explicit += Math.exp(model.trigramLogProb[trigram] ?? 0);
      lower += bigramProbability(second, model.trigramWord[trigram] ?? 0);
    }
    const leftOver = Math.max(MINIMUM_LEFT_OVER, 1 - explicit);
    const lowerLeftOver = Math.max(MINIMUM_LEFT_OVER, 1 - lower);
    for (let trigram = from; trigram < to; trigram++) {
      const p = Math.exp(model.trigramLogProb[trigram] ?? 0);
      const q = bigramProbability(second, model.trigramWord[trigram] ?? 0);
      if (pruningCost(historyProbability, p, q, leftOver, lowerLeftOver) >= threshold) {
        keepTrigram[trigram] = 1;
        bigramIsContext[bigram] = 1;
      }
    }
  }

  // Bigrams, one history (word u) at a time; a bigram that is the history of a kept trigram stays.
  const keepBigram = new Uint8Array(bigramCount);
  for (let history = 0; history < model.unigramLogProb.length; history++) {
    const from = index.bigramStart[history] ?? 0;
    const to = index.bigramStart[history + 1] ?? 0;
    if (from === to) continue;
    const historyProbability = unigramProbability(model, history);
    let explicit = 0;
    let lower = 0;
    for (let bigram = from; bigram < to; bigram++) {
      explicit += Math.exp(model.bigramLogProb[bigram] ?? 0);
      lower += unigramProbability(model, model.bigramWord[bigram] ?? 0);
    }
    const leftOver = Math.max(MINIMUM_LEFT_OVER, 1 - explicit);
    const lowerLeftOver = Math.max(MINIMUM_LEFT_OVER, 1 - lower);
    for (let bigram = from; bigram < to; bigram++) {
      const p = Math.exp(model.bigramLogProb[bigram] ?? 0);
      const q = unigramProbability(model, model.bigramWord[bigram] ?? 0);
      if (bigramIsContext[bigram] || pruningCost(historyProbability, p, q, leftOver, lowerLeftOver) >= threshold) keepBigram[bigram] = 1;
    }
  }

  return { model: renormalize(model, keepBigram, keepTrigram), kept: { bigrams: count(keepBigram), trigrams: count(keepTrigram) } };
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (const flag of flags) total += flag;
  return total;
}

function select<T extends Uint32Array | Float64Array>(values: T, keep: Uint8Array, make: (length: number) => T): T {
  const out = make(count(keep));
  let next = 0;
  keep.forEach((flag, position) => {
    if (flag) out[next++] = values[position] ?? 0;
  });
  return out;
}

/** The kept entries, with back-off weights recomputed: bow(h) = (1 - sum of kept P(w|h)) / (1 - sum of their lower-order P). */
function renormalize(model: BackOffModel, keepBigram: Uint8Array, keepTrigram: Uint8Array): BackOffModel {
  const pruned: BackOffModel = {
    unigramLogProb: model.unigramLogProb,
    unigramLogBackoff: new Float64Array(model.unigramLogBackoff.length),
    bigramHistory: select(model.bigramHistory, keepBigram, (length) => new Uint32Array(length)),
    bigramWord: select(model.bigramWord, keepBigram, (length) => new Uint32Array(length)),
    bigramLogProb: select(model.bigramLogProb, keepBigram, (length) => new Float64Array(length)),
    bigramLogBackoff: new Float64Array(count(keepBigram)),
    trigramFirst: select(model.trigramFirst, keepTrigram, (length) => new Uint32Array(length)),
    trigramSecond: select(model.trigramSecond, keepTrigram, (length) => new Uint32Array(length)),
    trigramWord: select(model.trigramWord, keepTrigram, (length) => new Uint32Array(length)),
    trigramLogProb: select(model.trigramLogProb, keepTrigram, (length) => new Float64Array(length)),
  };
  const index = indexBackOffModel(pruned, 'pruned model');
  for (let history = 0; history < pruned.unigramLogProb.length; history++) {
    const from = index.bigramStart[history] ?? 0;
    const to = index.bigramStart[history + 1] ?? 0;
    let explicit = 0;
    let lower = 0;
    for (let bigram = from; bigram < to; bigram++) {
      explicit += Math.exp(pruned.bigramLogProb[bigram] ?? 0);
      lower += unigramProbability(pruned, pruned.bigramWord[bigram] ?? 0);
    }
    pruned.unigramLogBackoff[history] = from === to ? 0 : Math.log(Math.max(MINIMUM_LEFT_OVER, 1 - explicit) / Math.max(MINIMUM_LEFT_OVER, 1 - lower));
  }
  const bigramProbability = (history: number, word: number): number => {
    const bigram = index.findBigram(history, word);
    if (bigram >= 0) return Math.exp(pruned.bigramLogProb[bigram] ?? 0);
    return Math.exp(pruned.unigramLogBackoff[history] ?? 0) * unigramProbability(pruned, word);
  };
  for (let bigram = 0; bigram < pruned.bigramWord.length; bigram++) {
    const from = index.trigramStart[bigram] ?? 0;
    const to = index.trigramStart[bigram + 1] ?? 0;
    let explicit = 0;
    let lower = 0;
    const second = pruned.bigramWord[bigram] ?? 0;
    for (let trigram = from; trigram < to; trigram++) {
      explicit += Math.exp(pruned.trigramLogProb[trigram] ?? 0);
      lower += bigramProbability(second, pruned.trigramWord[trigram] ?? 0);
    }
    pruned.bigramLogBackoff[bigram] = from === to ? 0 : Math.log(Math.max(MINIMUM_LEFT_OVER, 1 - explicit) / Math.max(MINIMUM_LEFT_OVER, 1 - lower));
  }
  return pruned;
}
