// The committed character counts of Debian's technical Chinese documents (data/technical-characters.json.gz),
// derived by `npm run repair:model`: serialization and loading.
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CharacterCounts } from './character-counts.ts';

export const TECHNICAL_CHARACTERS_PATH = new URL('./data/technical-characters.json.gz', import.meta.url);

interface TechnicalCharactersFile<Metadata> {
  metadata: Metadata;
  total: number;
  unigram: [string, number][];
  /** Character, bigrams starting with it, distinct characters following it. */
  contexts: [string, number, number][];
  bigram: [string, number][];
}

const byKey = <T extends [string, ...unknown[]]>(entries: T[]): T[] => entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

export function encodeTechnicalCharacters<Metadata>(counts: CharacterCounts, metadata: Metadata): Buffer {
  const file: TechnicalCharactersFile<Metadata> = {
    metadata,
    total: counts.total,
    unigram: byKey([...counts.unigram]),
    contexts: byKey([...counts.contextCount].map(([char, count]): [string, number, number] => [char, count, counts.contextTypes.get(char) ?? 0])),
    bigram: byKey([...counts.bigram]),
  };
  return gzipSync(`${JSON.stringify(file)}\n`, { level: 9 });
}

export function decodeTechnicalCharacters<Metadata>(bytes: Uint8Array): { counts: CharacterCounts; metadata: Metadata } {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as TechnicalCharactersFile<Metadata>;
  return {
    metadata: file.metadata,
    counts: {
      total: file.total,
      unigram: new Map(file.unigram),
      bigram: new Map(file.bigram),
      contextCount: new Map(file.contexts.map(([char, count]) => [char, count])),
      contextTypes: new Map(file.contexts.map(([char, , types]) => [char, types])),
    },
  };
}

export function loadTechnicalCharacters(): CharacterCounts {
  return decodeTechnicalCharacters(readFileSync(TECHNICAL_CHARACTERS_PATH)).counts;
}
