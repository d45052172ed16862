// Character counts of the technical documents, kept compact: every character's count, context totals over all
// pairs (so probabilities stay right), but only the pairs the technical bigram scores (two non-ASCII characters,
// one of them Han) that were seen more than once (a pair seen once is weak evidence: absolute discounting leaves it little more than its
// back-off).
import { countCharacters, type CharacterCounts } from '../character-counts.ts';
import { LINE_START } from '../note-statistics.ts';
import { isTechnicalPair } from '../scoring/technical-bigram-scorer.ts';

const MINIMUM_PAIR_COUNT = 2;

export function countTechnicalCharacters(paragraphs: Iterable<string>): CharacterCounts {
  const all = countCharacters(paragraphs, LINE_START);
  const bigram = new Map<string, number>();
  for (const [pair, count] of all.bigram) {
    const [previous = '', char = ''] = [...pair];
    if (count >= MINIMUM_PAIR_COUNT && isTechnicalPair(previous, char)) bigram.set(pair, count);
  }
  return { ...all, bigram };
}
