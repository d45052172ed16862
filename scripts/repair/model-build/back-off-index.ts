// Look-ups into a BackOffModel: where each history's bigrams and each bigram's trigrams start, and the back-off
// probabilities P(w | v) and P(w | u v) the pruning compares against.
import { findSorted } from '../word-trigram/find-sorted.ts';
import type { BackOffModel } from './back-off-model.ts';

export interface BackOffIndex {
  /** bigramStart[h] .. bigramStart[h + 1]: the bigrams with history h. */
  bigramStart: Uint32Array;
  /** trigramStart[b] .. trigramStart[b + 1]: the trigrams whose history is bigram b. */
  trigramStart: Uint32Array;
  /** Index of bigram (history, word), or -1. */
  findBigram(history: number, word: number): number;
}


/** Checks the ordering every look-up relies on and builds the start arrays. */
export function indexBackOffModel(model: BackOffModel, source: string): BackOffIndex {
  const vocabularySize = model.unigramLogProb.length;
  const bigramCount = model.bigramWord.length;
  const bigramStart = new Uint32Array(vocabularySize + 1);
  for (let index = 0; index < bigramCount; index++) {
    const history = model.bigramHistory[index] ?? 0;
    if (index > 0) {
      const previousHistory = model.bigramHistory[index - 1] ?? 0;
      if (history < previousHistory || (history === previousHistory && (model.bigramWord[index] ?? 0) <= (model.bigramWord[index - 1] ?? 0))) {
        throw new Error(`${source}: bigram ${index} is out of order`);
      }
    }
    bigramStart[history + 1] = index + 1;
  }
  for (let history = 1; history <= vocabularySize; history++) bigramStart[history] = Math.max(bigramStart[history] ?? 0, bigramStart[history - 1] ?? 0);

  const findBigram = (history: number, word: number): number =>
    findSorted(model.bigramWord, bigramStart[history] ?? 0, bigramStart[history + 1] ?? 0, word);

  const trigramStart = new Uint32Array(bigramCount + 1);
  let previousBigram = -1;
  for (let index = 0; index < model.trigramWord.length; index++) {
    const bigram = findBigram(model.trigramFirst[index] ?? 0, model.trigramSecond[index] ?? 0);
    if (bigram < 0) throw new Error(`${source}: trigram ${index} has no bigram for its history`);
    if (bigram < previousBigram || (bigram === previousBigram && (model.trigramWord[index] ?? 0) <= (model.trigramWord[index - 1] ?? 0))) {
      throw new Error(`${source}: trigram ${index} is out of order`);
    }
    previousBigram = bigram;
    trigramStart[bigram + 1] = index + 1;
  }
  for (let bigram = 1; bigram <= bigramCount; bigram++) trigramStart[bigram] = Math.max(trigramStart[bigram] ?? 0, trigramStart[bigram - 1] ?? 0);
  return { bigramStart, trigramStart, findBigram };
}
