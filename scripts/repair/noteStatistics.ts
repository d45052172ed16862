// Character unigram/bigram counts of clean notes: the project's own vocabulary (tech terms, punctuation habits).

export interface NoteStatistics {
  unigram: Map<string, number>;
  /** Keyed by previous + current code point (two code points always split back uniquely). */
  bigram: Map<string, number>;
  /** Number of bigrams starting with a character, and how many distinct characters follow it. */
  contextCount: Map<string, number>;
  contextTypes: Map<string, number>;
  total: number;
}

/** Texts are counted with a line-start marker so that "first character of a line" is learnt too. */
export const LINE_START = '\n';

export function buildNoteStatistics(texts: readonly string[]): NoteStatistics {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  const contextCount = new Map<string, number>();
  const contextTypes = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    let previous = LINE_START;
    for (const char of text.replace(/\r\n?/g, '\n')) {
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
