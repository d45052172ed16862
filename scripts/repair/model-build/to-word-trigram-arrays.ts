// Turns a (pruned) build-time back-off model into the compact arrays the repair step looks words up in.
import type { WordTrigramArrays } from '../word-trigram/word-trigram-model.ts';
import { indexBackOffModel } from './back-off-index.ts';
import type { BackOffModel } from './back-off-model.ts';

export function toWordTrigramArrays(model: BackOffModel, vocabulary: readonly string[]): WordTrigramArrays {
  const index = indexBackOffModel(model, 'model');
  const contexts: number[] = [];
  for (let bigram = 0; bigram < model.bigramWord.length; bigram++) {
    if ((index.trigramStart[bigram + 1] ?? 0) > (index.trigramStart[bigram] ?? 0)) contexts.push(bigram);
  }
  const trigramStart = new Uint32Array(contexts.length + 1);
  contexts.forEach((bigram, context) => {
    trigramStart[context] = index.trigramStart[bigram] ?? 0;
    trigramStart[context + 1] = index.trigramStart[bigram + 1] ?? 0;
  });
  return {
    vocabulary: vocabulary.map((word, id) => (Number.isNaN(model.unigramLogProb[id] ?? Number.NaN) ? '' : word)),
    unigramLogProb: Float32Array.from(model.unigramLogProb),
    unigramLogBackoff: Float32Array.from(model.unigramLogBackoff),
    bigramStart: index.bigramStart,
    bigramWord: model.bigramWord,
    bigramLogProb: Float32Array.from(model.bigramLogProb),
    contextBigram: Uint32Array.from(contexts),
    contextLogBackoff: Float32Array.from(contexts, (bigram) => model.bigramLogBackoff[bigram] ?? 0),
    trigramStart,
    trigramWord: model.trigramWord,
    trigramLogProb: Float32Array.from(model.trigramLogProb),
  };
}
