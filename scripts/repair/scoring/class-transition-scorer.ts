// Which token class follows which (part of speech or character type), as observed/expected pair counts of the notes.
import { classContextTotals, classPairKey, RUN_CLASSES, type ClassStatistics } from '../class-keys.ts';
import type { ClassTable } from './class-table.ts';
import type { ModelWeights } from './model-weights.ts';

/** Pseudo-count of the observed/expected ratio of class pairs: pairs the notes never saw stay neutral. */
export const CLASS_SMOOTHING = 3;

export type ClassTransitionScorer = (previous: number, current: number) => number;

export function createClassTransitionScorer(classes: ClassStatistics | undefined, table: ClassTable, weights: ModelWeights): ClassTransitionScorer {
  if (!classes || weights.wordClass === 0) return () => 0;
  const contextTotals = classContextTotals(classes);
  const cache = new Map<number, number>();
  return (previous, current) => {
    const key = previous * 65536 + current;
    let score = cache.get(key);
    if (score === undefined) {
      const previousName = table.name(previous);
      const currentName = table.name(current);
      // A run of letters, digits or blanks is one token's worth of class information, however long it is.
      if (previousName === currentName && RUN_CLASSES.has(currentName)) return 0;
      const marginal = (classes.unigram.get(currentName) ?? 0) / Math.max(1, classes.total);
      const pair = classes.bigram.get(classPairKey(previousName, currentName)) ?? 0;
      const expected = (contextTotals.get(previousName) ?? 0) * marginal;
      score = weights.wordClass * Math.log((pair + CLASS_SMOOTHING) / (expected + CLASS_SMOOTHING));
      cache.set(key, score);
    }
    return score;
  };
}
