// The class of a lattice token: jieba's part of speech for dictionary words, a character type otherwise.
import { isPictographic } from './character-prior.ts';
import type { WordDictionary } from './jieba-dictionary.ts';

/** CJK punctuation common enough in notes to deserve its own class (its position in a sentence is telling). */
const PUNCTUATION_CLASSES = new Set([...'，。、：；！？（）“”‘’《》【】「」『』—…·～']);

export const LINE_START_CLASS = 'line';

/** Classes of tokens the dictionary does not know: character types, and punctuation by itself. */
export function classOfUnknownChar(char: string): string {
  if (char === '\n') return LINE_START_CLASS;
  if (/^\s$/u.test(char)) return 'space';
  if (/^[A-Za-z]$/.test(char)) return 'latin';
  if (/^[0-9]$/.test(char)) return 'digit';
  if (char.charCodeAt(0) < 0x80) return `ascii${char}`;
  if (PUNCTUATION_CLASSES.has(char)) return `punct${char}`;
  if (/^\p{Script=Han}$/u.test(char)) return 'han';
  if (isPictographic(char)) return 'emoji';
  if (/^\p{M}$/u.test(char) || /^\p{Cf}$/u.test(char)) return 'mark';
  if (/^[\p{P}\p{S}]$/u.test(char)) return 'symbol';
  return 'other';
}

export function classOfWord(word: string, dictionary: WordDictionary): string {
  if (word.length === 1 && word.charCodeAt(0) < 0x80) return classOfUnknownChar(word);
  if ((dictionary.frequencyOf(word) ?? 0) > 0) return dictionary.partOfSpeechOf(word) ?? 'x';
  return classOfUnknownChar(word);
}
