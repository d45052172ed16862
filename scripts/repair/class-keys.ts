// Shapes and keys of the token-class statistics, shared by the code that counts them (class-statistics.ts) and the
// scorers that read them (scoring/): it imports none of its users, so neither side depends on the other.

export interface ClassStatistics {
  unigram: Map<string, number>;
  /** Keyed by classPairKey(previous, current). */
  bigram: Map<string, number>;
  total: number;
  /**
   * Class transitions lexicalized on one Han character: `>${class}\u0001${lastChar}\u0001${next class}` counts
   * what follows a token ending in that character, `<${class}\u0001${class}\u0001${firstChar}` what precedes a token
   * starting with it; keys without the third part are their totals. (不 is followed by verbs, 与 by nouns.)
   */
  lexical: Map<string, number>;
}

/** Letters, digits and blanks are one token per character in the lattice; a run of them counts as one token. */
export const RUN_CLASSES: ReadonlySet<string> = new Set(['latin', 'digit', 'space']);

export function classPairKey(previous: string, current: string): string {
  return `${previous}\u0001${current}`;
}

export function lexicalKey(direction: '>' | '<', ...parts: string[]): string {
  return `${direction}${parts.join('\u0001')}`;
}

/** Per previous class: how many class pairs start with it (the context count of the class bigram). */
export function classContextTotals(classes: ClassStatistics): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [key, count] of classes.bigram) {
    const previous = key.slice(0, key.indexOf('\u0001'));
    totals.set(previous, (totals.get(previous) ?? 0) + count);
  }
  return totals;
}
