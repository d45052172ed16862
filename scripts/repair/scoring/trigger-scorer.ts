// Clause triggers: a preposition or conjunction earlier in the clause announces what follows ("在 WSL 2 中安装",
// "从镜像中删除"); observed/expected counts of trigger-character pairs in the notes.
import type { NoteStatistics } from '../note-statistics.ts';
import type { TriggerStatistics } from '../trigger-statistics.ts';
import type { ModelWeights } from './model-weights.ts';

export type TriggerScorer = (triggers: readonly string[], char: string) => number;

export function createTriggerScorer(triggers: TriggerStatistics | undefined, notes: NoteStatistics, weights: ModelWeights): TriggerScorer {
  if (!triggers || weights.trigger === 0 || triggers.total === 0) return () => 0;
  return (before, char) => {
    const share = (notes.unigram.get(char) ?? 0) / triggers.total;
    let score = 0;
    for (const trigger of before) {
      const expected = (triggers.triggerTotals.get(trigger) ?? 0) * share;
      const observed = triggers.pairs.get(trigger + char) ?? 0;
      score += Math.log((observed + weights.triggerSmoothing) / (expected + weights.triggerSmoothing));
    }
    return weights.trigger * score;
  };
}
