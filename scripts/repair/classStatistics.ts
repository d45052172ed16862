// Token-class bigram counts of clean notes: which part of speech follows which, also lexicalized on the character
// at the token boundary (与 between nouns, 不 before verbs).
import type { LanguageModel } from './languageModel.ts';
import { decodeLattice } from './latticeDecoder.ts';

export interface ClassStatistics {
  unigram: Map<string, number>;
  /** Keyed by `${previous}\u0001${current}`. */
  bigram: Map<string, number>;
  total: number;
  /**
   * Class transitions lexicalized on one Han character: `>${class}\u0001${lastChar}\u0001${next class}` counts
   * what follows a token ending in that character, `<${class}\u0001${class}\u0001${firstChar}` what precedes a token
   * starting with it; keys without the third part are their totals. (不 is followed by verbs, 与 by nouns.)
   */
  lexical: Map<string, number>;
}

export function lexicalKey(direction: '>' | '<', ...parts: string[]): string {
  return `${direction}${parts.join('\u0001')}`;
}

const HAN = /^\p{Script=Han}$/u;

/** Letters, digits and blanks are one token per character in the lattice; a run of them counts as one token. */
export const RUN_CLASSES: ReadonlySet<string> = new Set(['latin', 'digit', 'space']);

export function classPairKey(previous: string, current: string): string {
  return `${previous}\u0001${current}`;
}

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
      unigram.set(current, (unigram.get(current) ?? 0) + 1);
      const key = classPairKey(previous, current);
      bigram.set(key, (bigram.get(key) ?? 0) + 1);
      total++;
      previous = current;
    }
  }
  return { unigram, bigram, total, lexical };
}
