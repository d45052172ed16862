// Character unigram and bigram counts of a text collection: the part of the statistics a character bigram needs.

export interface CharacterCounts {
  unigram: Map<string, number>;
  /** Keyed by previous + current code point (two code points always split back uniquely). */
  bigram: Map<string, number>;
  /** Number of bigrams starting with a character, and how many distinct characters follow it. */
  contextCount: Map<string, number>;
  contextTypes: Map<string, number>;
  total: number;
}

/** Counts characters and adjacent pairs; each text starts after `lineStart` (so a text's first character is a pair too). */
export function countCharacters(texts: Iterable<string>, lineStart: string): CharacterCounts {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  const contextCount = new Map<string, number>();
  const contextTypes = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    let previous = lineStart;
    for (const char of text) {
      unigram.set(char, (unigram.get(char) ?? 0) + 1);
      total++;
      const key = previous + char;
      const seen = bigram.get(key) ?? 0;
      if (seen === 0) contextTypes.set(previous, (contextTypes.get(previous) ?? 0) + 1);
      bigram.set(key, seen + 1);
      contextCount.set(previous, (contextCount.get(previous) ?? 0) + 1);
      previous = char;
    }
  }
  return { unigram, bigram, contextCount, contextTypes, total };
}
