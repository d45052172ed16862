// Word frequencies of the jieba dictionary (shipped, MIT, with @node-rs/jieba): the Chinese word model.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WordDictionary {
  /** Frequency of a dictionary word; 0 for a string that is only a prefix of some word; undefined otherwise. */
  frequencyOf(word: string): number | undefined;
  /** Part-of-speech tag of a word (jieba's tag set: n, v, d, p, f, ...). */
  partOfSpeechOf(word: string): string | undefined;
  /** How often a character occurs inside dictionary words, weighted by word frequency. */
  charFrequencyOf(char: string): number;
  /** Sum of all word frequencies, and of all character occurrences. */
  total: number;
  charTotal: number;
}

/** Tags fit in 6 bits, so one map holds frequency and tag together: half the map work of two maps. */
const TAG_SLOTS = 64;

export function jiebaDictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/** Parses `word freq [pos]` lines; prefixes are registered so lattice search can stop early. */
export function parseWordDictionary(text: string): WordDictionary {
  const packed = new Map<string, number>();
  const tagNames: string[] = [];
  const tagIds = new Map<string, number>();
  // Dictionary characters are BMP; a typed array is far cheaper than a map for a million updates.
  const bmpCharFrequency = new Float64Array(0x10000);
  const astralCharFrequency = new Map<string, number>();
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
        const previous = packed.get(word) ?? 0;
        let tagId = previous % TAG_SLOTS;
        if (previous === 0) {
          const tag = secondSpace < end ? text.slice(secondSpace + 1, end).trim() || 'x' : 'x';
          tagId = tagIds.get(tag) ?? tagNames.length;
          if (tagId === tagNames.length && tagId < TAG_SLOTS) {
            tagIds.set(tag, tagId);
            tagNames.push(tag);
          }
          tagId = Math.min(tagId, TAG_SLOTS - 1);
        }
        packed.set(word, (Math.floor(previous / TAG_SLOTS) + count) * TAG_SLOTS + tagId);
        total += count;
        for (let index = 0; index < word.length; index++) {
          const code = word.charCodeAt(index);
          if (code >= 0xd800 && code <= 0xdbff && index + 1 < word.length) {
            const char = word.slice(index, index + 2);
            astralCharFrequency.set(char, (astralCharFrequency.get(char) ?? 0) + count);
            index++;
          } else bmpCharFrequency[code] = (bmpCharFrequency[code] ?? 0) + count;
          charTotal += count;
          if (index + 1 < word.length) {
            const prefix = word.slice(0, index + 1);
            if (!packed.has(prefix)) packed.set(prefix, 0);
          }
        }
      }
    }
    start = end + 1;
  }
  return {
    frequencyOf: (word) => {
      const value = packed.get(word);
      return value === undefined ? undefined : Math.floor(value / TAG_SLOTS);
    },
    partOfSpeechOf: (word) => {
      const value = packed.get(word);
      return value === undefined || value < TAG_SLOTS ? undefined : tagNames[value % TAG_SLOTS];
    },
    charFrequencyOf: (char) => (char.length === 1 ? (bmpCharFrequency[char.charCodeAt(0)] ?? 0) : (astralCharFrequency.get(char) ?? 0)),
    total,
    charTotal,
  };
}

let cached: WordDictionary | undefined;

export function loadJiebaDictionary(): WordDictionary {
  cached ??= parseWordDictionary(readFileSync(jiebaDictionaryPath(), 'utf8'));
  return cached;
}
