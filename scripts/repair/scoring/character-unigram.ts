// The unigram every character association is measured against: a mixture of the notes' character shares, the
// dictionary's, and the Unicode/symbol prior (which alone knows emoji and rare symbols).
import { characterPrior } from '../character-prior.ts';
import type { WordDictionary } from '../jieba-dictionary.ts';
import type { NoteStatistics } from '../note-statistics.ts';
import type { ModelWeights } from './model-weights.ts';

export type CharacterUnigram = (char: string) => number;

export function createCharacterUnigram(dictionary: WordDictionary, notes: NoteStatistics, weights: ModelWeights): CharacterUnigram {
  const cache = new Map<string, number>();
  return (char) => {
    let probability = cache.get(char);
    if (probability === undefined) {
      const notesShare = notes.total > 0 ? (notes.unigram.get(char) ?? 0) / notes.total : 0;
      const dictionaryShare = dictionary.charFrequencyOf(char) / dictionary.charTotal;
      probability = weights.notesUnigram * notesShare + weights.dictionaryUnigram * dictionaryShare + weights.symbolPrior * characterPrior(char);
      cache.set(char, probability);
    }
    return probability;
  };
}
