// The character bigram of Debian's technical Chinese documents (man pages, the Debian reference): ten times more
// technical prose than the notes, so pairs like 程与/程中 or 向注/后注 are seen in the domain. Only pairs of two
// non-blank, non-ASCII characters, one of them Han, count: the documents' habits around ASCII are not the notes'
// (man pages put a space on both sides of every Chinese word next to an option, so " 与 " is everywhere there and
// a table cell "| 中 |" of a note read as "| 与 |"). On the tuning round trips this rule and the looser one (any
// pair with a Han character) are within noise of each other: 283 and 278 errors of 17,527.
import type { CharacterCounts } from '../character-counts.ts';
import { createCharacterBigramScorer, type CharacterBigramScorer } from './character-bigram-scorer.ts';
import type { ModelWeights } from './model-weights.ts';

const HAN = /\p{Script=Han}/u;
const BLANK = /\s/u;

/** Whether a character pair is one these statistics speak for (see above); also what the build keeps. */
export function isTechnicalPair(previous: string, char: string): boolean {
  const bothProse = previous.charCodeAt(0) >= 0x80 && char.charCodeAt(0) >= 0x80 && !BLANK.test(previous) && !BLANK.test(char);
  return bothProse && (HAN.test(previous) || HAN.test(char));
}
/** Add-half smoothing of the documents' own unigram, so that characters they never use keep a small probability. */
const UNIGRAM_PSEUDO_COUNT = 0.5;

export function createTechnicalBigramScorer(counts: CharacterCounts, weights: ModelWeights): CharacterBigramScorer {
  if (weights.technicalBigram === 0) return () => 0;
  const denominator = counts.total + UNIGRAM_PSEUDO_COUNT * Math.max(1, counts.unigram.size);
  const unigram = (char: string): number => ((counts.unigram.get(char) ?? 0) + UNIGRAM_PSEUDO_COUNT) / denominator;
  const association = createCharacterBigramScorer(counts, unigram, { ...weights, bigram: weights.technicalBigram });
  return (previous, char) => (isTechnicalPair(previous, char) ? association(previous, char) : 0);
}
