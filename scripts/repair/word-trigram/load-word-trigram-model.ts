// The committed word trigram model (data/word-trigram.bin.gz, built by `npm run repair:model`).
import { readFileSync } from 'node:fs';
import { decodeWordTrigramFile } from './model-file.ts';
import { createWordTrigramModel, type WordTrigramModel } from './word-trigram-model.ts';

export const WORD_TRIGRAM_PATH = new URL('../data/word-trigram.bin.gz', import.meta.url);

export function loadWordTrigramModel(): WordTrigramModel {
  return createWordTrigramModel(decodeWordTrigramFile(readFileSync(WORD_TRIGRAM_PATH), WORD_TRIGRAM_PATH.pathname).arrays);
}
