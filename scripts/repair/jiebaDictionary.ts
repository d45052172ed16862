// Word frequencies of the jieba dictionary (shipped, MIT, with @node-rs/jieba): the Chinese word model.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WordDictionary {
  /** Frequency of each dictionary word; 0 marks a string that is only a prefix of some word. */
  frequency: Map<string, number>;
  /** Part-of-speech tag of each word (jieba's tag set: n, v, d, p, f, ...). */
  partOfSpeech: Map<string, string>;
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
        frequency.set(word, (frequency.get(word) ?? 0) + count);
        if (!partOfSpeech.has(word)) partOfSpeech.set(word, secondSpace < end ? text.slice(secondSpace + 1, end).trim() || 'x' : 'x');
        total += count;
        // Code-unit loop (faster than iterating code points); a surrogate pair is kept whole.
        for (let index = 0; index < word.length; index++) {
          const code = word.charCodeAt(index);
          const wide = code >= 0xd800 && code <= 0xdbff && index + 1 < word.length;
          const char = wide ? word.slice(index, index + 2) : (word[index] ?? '');
          if (wide) index++;
          charFrequency.set(char, (charFrequency.get(char) ?? 0) + count);
          charTotal += count;
          if (index + 1 < word.length) {
            const prefix = word.slice(0, index + 1);
            if (!frequency.has(prefix)) frequency.set(prefix, 0);
          }
        }
      }
    }
    start = end + 1;
  }
  return { frequency, partOfSpeech, total, charFrequency, charTotal };
}

let cached: WordDictionary | undefined;

export function loadJiebaDictionary(): WordDictionary {
  cached ??= parseWordDictionary(readFileSync(jiebaDictionaryPath(), 'utf8'));
  return cached;
}
