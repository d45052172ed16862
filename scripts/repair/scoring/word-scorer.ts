// Word tokens of the lattice: jieba's word log-probability and the token's class (part of speech or character type).
import type { WordDictionary } from '../jieba-dictionary.ts';
import { classOfWord } from '../word-class.ts';
import type { CharacterUnigram } from './character-unigram.ts';
import type { ClassTable } from './class-table.ts';
import type { Token } from './language-model.ts';
import type { ModelWeights } from './model-weights.ts';

/** ASCII characters are never damaged; as single tokens they all get this dictionary-scale frequency. */
const ASCII_SINGLE_FREQUENCY = 1;

export interface WordScorer {
  wordToken(word: string, frequency: number): Token;
  singleToken(char: string): Token;
}

export function createWordScorer(dictionary: WordDictionary, unigram: CharacterUnigram, classes: ClassTable, weights: ModelWeights): WordScorer {
  const logTotal = Math.log(dictionary.total);
  return {
    wordToken: (word, frequency) => ({
      score: weights.word * (Math.log(frequency) - logTotal),
      wordClass: classes.id(classOfWord(word, dictionary)),
    }),
    singleToken: (char) => {
      const frequency = char.charCodeAt(0) < 0x80 ? 0 : (dictionary.frequencyOf(char) ?? 0);
      // Characters the dictionary lacks as words (symbols, emoji, bound morphemes) fall back to their unigram prior.
      const logProbability =
        frequency > 0
          ? Math.log(frequency) - logTotal
          : char.charCodeAt(0) >= 0x80
            ? Math.log(weights.unknownSingleScale * unigram(char))
            : Math.log(ASCII_SINGLE_FREQUENCY) - logTotal;
      return { score: weights.word * logProbability, wordClass: classes.id(classOfWord(char, dictionary)) };
    },
  };
}
