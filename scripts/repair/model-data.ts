// The committed, derived statistics of the clean notes (data/note-statistics.json): serialization and loading.
import { readFileSync } from 'node:fs';
import type { ClassStatistics } from './class-keys.ts';
import type { NoteStatistics } from './note-statistics.ts';
import type { TriggerStatistics } from './trigger-statistics.ts';

export const NOTE_STATISTICS_PATH = new URL('./data/note-statistics.json', import.meta.url);

export interface NoteStatisticsFile {
  /** How the file was made, and from which notes (path and SHA-256 of each). */
  generatedBy: string;
  sources: { path: string; sha256: string }[];
  characters: { total: number; unigram: [string, number][]; bigram: [string, number][]; contexts: [string, number, number][];
    spans: [string, number][]; spanTotals: [string, number][]; isolated: [string, number][]; isolatedTotal: number };
  classes: { total: number; unigram: [string, number][]; bigram: [string, number][]; lexical: [string, number][] };
  triggers: { total: number; pairs: [string, number][]; triggerTotals: [string, number][] };
}

export function serializeStatistics(
  notes: NoteStatistics,
  classes: ClassStatistics,
  triggers: TriggerStatistics,
  sources: { path: string; sha256: string }[],
  generatedBy: string,
): NoteStatisticsFile {
  const sorted = <T extends [string, ...unknown[]]>(entries: T[]): T[] => entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    generatedBy,
    sources,
    characters: {
      total: notes.total,
      unigram: sorted([...notes.unigram]),
      bigram: sorted([...notes.bigram]),
      contexts: sorted([...notes.contextCount].map(([char, count]): [string, number, number] => [char, count, notes.contextTypes.get(char) ?? 0])),
      spans: sorted([...notes.spanCounts]),
      spanTotals: sorted([...notes.spanTotals]),
      isolated: sorted([...notes.isolated]),
      isolatedTotal: notes.isolatedTotal,
    },
    classes: { total: classes.total, unigram: sorted([...classes.unigram]), bigram: sorted([...classes.bigram]), lexical: sorted([...classes.lexical]) },
    triggers: { total: triggers.total, pairs: sorted([...triggers.pairs]), triggerTotals: sorted([...triggers.triggerTotals]) },
  };
}

export interface StoredStatistics {
  notes: NoteStatistics;
  classes: ClassStatistics;
  triggers: TriggerStatistics;
}

export function deserializeStatistics(file: NoteStatisticsFile): StoredStatistics {
  const { characters, classes, triggers } = file;
  return {
    notes: {
      total: characters.total,
      unigram: new Map(characters.unigram),
      bigram: new Map(characters.bigram),
      contextCount: new Map(characters.contexts.map(([char, count]) => [char, count])),
      contextTypes: new Map(characters.contexts.map(([char, , types]) => [char, types])),
      spanCounts: new Map(characters.spans),
      spanTotals: new Map(characters.spanTotals),
      isolated: new Map(characters.isolated),
      isolatedTotal: characters.isolatedTotal,
    },
    classes: { total: classes.total, unigram: new Map(classes.unigram), bigram: new Map(classes.bigram), lexical: new Map(classes.lexical) },
    triggers: { total: triggers.total, pairs: new Map(triggers.pairs), triggerTotals: new Map(triggers.triggerTotals) },
  };
}

export function loadNoteStatistics(): StoredStatistics {
  return deserializeStatistics(JSON.parse(readFileSync(NOTE_STATISTICS_PATH, 'utf8')) as NoteStatisticsFile);
}
