// Token-class bigram counts of clean notes: which part of speech follows which (与 between nouns, 不 before verbs).
import type { LanguageModel } from './languageModel.ts';
import { decodeLattice } from './latticeDecoder.ts';

export interface ClassStatistics {
  unigram: Map<string, number>;
  /** Keyed by `${previous}\u0001${current}`. */
  bigram: Map<string, number>;
  total: number;
}

/** Letters, digits and blanks are one token per character in the lattice; a run of them counts as one token. */
export const RUN_CLASSES: ReadonlySet<string> = new Set(['latin', 'digit', 'space']);

export function classPairKey(previous: string, current: string): string {
  return `${previous}\u0001${current}`;
}

/** Segments each text with the word model alone and counts consecutive token classes. */
export function buildClassStatistics(texts: readonly string[], segmenter: LanguageModel): ClassStatistics {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    const candidates = [...text.replace(/\r\n?/g, '\n')].map((char) => [char]);
    const { path } = decodeLattice(candidates, segmenter);
    let previous = segmenter.className(segmenter.lineStartClass);
    for (const token of path) {
      const current = segmenter.className(token.wordClass);
      if (current === previous && RUN_CLASSES.has(current)) continue;
      unigram.set(current, (unigram.get(current) ?? 0) + 1);
      const key = classPairKey(previous, current);
      bigram.set(key, (bigram.get(key) ?? 0) + 1);
      total++;
      previous = current;
    }
  }
  return { unigram, bigram, total };
}
