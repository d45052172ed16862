// Domain adaptation: log P_notes(char) / P_general(char). 锁 and 码 are far more common in tech notes than in
// general Chinese, 魔 and 砍 far less; the notes' counts are pulled toward the dictionary's by a pseudo-count.
import { characterPrior } from '../character-prior.ts';
import type { WordDictionary } from '../jieba-dictionary.ts';
import type { NoteStatistics } from '../note-statistics.ts';
import type { ModelWeights } from './model-weights.ts';

export type DomainScorer = (char: string) => number;

export function createDomainScorer(dictionary: WordDictionary, notes: NoteStatistics, weights: ModelWeights): DomainScorer {
  if (weights.domain === 0) return () => 0;
  return (char) => {
    const general = dictionary.charFrequencyOf(char) / dictionary.charTotal + characterPrior(char);
    const beta = weights.domainPseudoCount;
    const domain = ((notes.unigram.get(char) ?? 0) + beta * general) / (notes.total + beta);
    return weights.domain * Math.log(domain / general);
  };
}
