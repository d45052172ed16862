// Counts token-class bigrams of clean notes: which part of speech follows which, also lexicalized on the character
// at the token boundary (与 between nouns, 不 before verbs). The notes are segmented by the lattice decoder itself.
import { classPairKey, lexicalKey, RUN_CLASSES, type ClassStatistics } from './class-keys.ts';
import { decodeLattice } from './lattice-decoder.ts';
import type { LanguageModel } from './scoring/language-model.ts';

const HAN = /^\p{Script=Han}$/u;

/** Segments each text with the word model alone and counts consecutive token classes. */
export function buildClassStatistics(texts: readonly string[], segmenter: LanguageModel): ClassStatistics {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  const lexical = new Map<string, number>();
  const count = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  let total = 0;
  for (const text of texts) {
    const chars = [...text.replace(/\r\n?/g, '\n')];
    const { path } = decodeLattice(chars.map((char) => [char]), segmenter);
    let previous = segmenter.className(segmenter.lineStartClass);
    let previousLast = '';
    for (const token of path) {
      const current = segmenter.className(token.wordClass);
      if (current === previous && RUN_CLASSES.has(current)) continue;
      const first = chars[token.start] ?? '';
      if (HAN.test(previousLast)) {
        count(lexical, lexicalKey('>', previous, previousLast, current));
        count(lexical, lexicalKey('>', previous, previousLast));
      }
      if (HAN.test(first)) {
        count(lexical, lexicalKey('<', previous, current, first));
        count(lexical, lexicalKey('<', current, first));
      }
      previousLast = chars[token.start + token.length - 1] ?? '';
      count(unigram, current);
      count(bigram, classPairKey(previous, current));
      total++;
      previous = current;
    }
  }
  return { unigram, bigram, total, lexical };
}
