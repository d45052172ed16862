// Word frequencies of the jieba dictionary (shipped, MIT, with @node-rs/jieba): the Chinese word model.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WordDictionary {
  /** Frequency of each dictionary word; 0 marks a string that is only a prefix of some word. */
  frequency: Map<string, number>;
  /** Part-of-speech tag of each word (jieba's tag set: n, v, d, p, f, ...). */
  partOfSpeech: Map<string, string>;
  /** Sum of word frequencies per part of speech, for P(word | tag). */
  partOfSpeechTotal: Map<string, number>;
  /** Sum of all word frequencies. */
  total: number;
  /** How often each character occurs inside dictionary words, weighted by word frequency. */
  charFrequency: Map<string, number>;
  charTotal: number;
}

export function jiebaDictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/** Parses `word freq [pos]` lines; prefixes are registered so lattice search can stop early. */
export function parseWordDictionary(text: string): WordDictionary {
  const frequency = new Map<string, number>();
  const partOfSpeech = new Map<string, string>();
  const partOfSpeechTotal = new Map<string, number>();
  const charFrequency = new Map<string, number>();
  let total = 0;
  let charTotal = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const firstSpace = text.indexOf(' ', start);
    if (firstSpace > start && firstSpace < end) {
      const word = text.slice(start, firstSpace);
      let secondSpace = text.indexOf(' ', firstSpace + 1);
      if (secondSpace < 0 || secondSpace > end) secondSpace = end;
      const count = Number(text.slice(firstSpace + 1, secondSpace));
      if (Number.isFinite(count) && count > 0) {
        const tag = secondSpace < end ? text.slice(secondSpace + 1, end).trim() || 'x' : 'x';
        frequency.set(word, (frequency.get(word) ?? 0) + count);
        if (!partOfSpeech.has(word)) partOfSpeech.set(word, tag);
        const wordTag = partOfSpeech.get(word) ?? tag;
        partOfSpeechTotal.set(wordTag, (partOfSpeechTotal.get(wordTag) ?? 0) + count);
        total += count;
        for (const char of word) {
          charFrequency.set(char, (charFrequency.get(char) ?? 0) + count);
          charTotal += count;
        }
      }
    }
    start = end + 1;
  }
  for (const word of [...frequency.keys()]) {
    let prefix = '';
    for (const char of word) {
      prefix += char;
      if (prefix.length < word.length && !frequency.has(prefix)) frequency.set(prefix, 0);
    }
  }
  return { frequency, partOfSpeech, partOfSpeechTotal, total, charFrequency, charTotal };
}

let cached: WordDictionary | undefined;

export function loadJiebaDictionary(): WordDictionary {
  cached ??= parseWordDictionary(readFileSync(jiebaDictionaryPath(), 'utf8'));
  return cached;
}
