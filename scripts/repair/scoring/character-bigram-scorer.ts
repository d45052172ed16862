// The notes' character bigram, as an association with the unigram (the unigram is already in the word score),
// with emoji sequence rules and Chinese typesetting rules on top.
import type { CharacterCounts } from '../character-counts.ts';
import { typesettingPenalty } from '../typesetting.ts';
import type { CharacterUnigram } from './character-unigram.ts';
import { emojiSequenceLogProbability } from './emoji-sequences.ts';
import type { ModelWeights } from './model-weights.ts';

export type CharacterBigramScorer = (previous: string, char: string) => number;

export function createCharacterBigramScorer(notes: CharacterCounts, unigram: CharacterUnigram, weights: ModelWeights): CharacterBigramScorer {
  const cache = new Map<string, number>();
  const smoothedLogProbability = (previous: string, char: string): number => {
    const seen = notes.bigram.get(previous + char) ?? 0;
    const context = notes.contextCount.get(previous) ?? 0;
    const types = notes.contextTypes.get(previous) ?? 0;
    const base = unigram(char);
    // Absolute discounting: one sighting in a small corpus is weak evidence, so each seen pair gives up D.
    const discount = weights.bigramDiscount;
    const probability =
      context === 0 ? base : discount > 0 ? (Math.max(seen - discount, 0) + discount * types * base) / context : (seen + types * base) / (context + types);
    return Math.log(Math.max(probability, 1e-300));
  };
  return (previous, char) => {
    const key = previous + char;
    let score = cache.get(key);
    if (score === undefined) {
      const logProbability = emojiSequenceLogProbability(previous, char) ?? smoothedLogProbability(previous, char);
      // The typesetting rules are rules, not statistics: the bigram's weight does not scale them.
      score = weights.bigram * (logProbability - Math.log(Math.max(unigram(char), 1e-300))) + typesettingPenalty(previous, char);
      cache.set(key, score);
    }
    return score;
  };
}
