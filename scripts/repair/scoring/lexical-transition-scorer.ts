// Class transitions refined by the Han character at the token boundary: 与 between nouns, 不 before verbs.
import { classContextTotals, classPairKey, lexicalKey, type ClassStatistics } from '../class-keys.ts';
import { CLASS_SMOOTHING } from './class-transition-scorer.ts';
import type { ClassTable } from './class-table.ts';
import type { ModelWeights } from './model-weights.ts';

export type LexicalTransitionScorer = (previousClass: number, lastChar: string, currentClass: number, firstChar: string) => number;

/** Observed/expected ratio of a lexicalized transition, where expected follows the class-level pair rate. */
function lexicalRatio(observed: number, total: number, classRate: number): number {
  return Math.log((observed + CLASS_SMOOTHING) / (total * classRate + CLASS_SMOOTHING));
}

export function createLexicalTransitionScorer(classes: ClassStatistics | undefined, table: ClassTable, weights: ModelWeights): LexicalTransitionScorer {
  if (!classes || weights.lexical === 0) return () => 0;
  const contextTotals = classContextTotals(classes);
  const classPairRate = (previousName: string, currentName: string, direction: '>' | '<'): number => {
    const pair = classes.bigram.get(classPairKey(previousName, currentName)) ?? 0;
    const total = direction === '>' ? (contextTotals.get(previousName) ?? 0) : (classes.unigram.get(currentName) ?? 0);
    return total > 0 ? pair / total : 0;
  };
  const cache = new Map<string, number>();
  return (previousClass, lastChar, currentClass, firstChar) => {
    // Statistics exist only for Han characters, none of which lies below U+2E80: skip the common ASCII case fast.
    if (lastChar.charCodeAt(0) < 0x2e80 && firstChar.charCodeAt(0) < 0x2e80) return 0;
    const key = `${previousClass}\u0001${lastChar}\u0001${currentClass}\u0001${firstChar}`;
    let score = cache.get(key);
    if (score === undefined) {
      const previousName = table.name(previousClass);
      const currentName = table.name(currentClass);
      score = 0;
      const outgoing = classes.lexical.get(lexicalKey('>', previousName, lastChar)) ?? 0;
      if (outgoing > 0) {
        const observed = classes.lexical.get(lexicalKey('>', previousName, lastChar, currentName)) ?? 0;
        score += lexicalRatio(observed, outgoing, classPairRate(previousName, currentName, '>'));
      }
      const incoming = classes.lexical.get(lexicalKey('<', currentName, firstChar)) ?? 0;
      if (incoming > 0) {
        const observed = classes.lexical.get(lexicalKey('<', previousName, currentName, firstChar)) ?? 0;
        score += lexicalRatio(observed, incoming, classPairRate(previousName, currentName, '<'));
      }
      score *= weights.lexical;
      cache.set(key, score);
    }
    return score;
  };
}
