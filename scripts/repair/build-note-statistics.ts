// Regenerates data/note-statistics.json from the clean notes: `node scripts/repair/build-note-statistics.ts`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { statisticsOfTexts } from './build-model.ts';
import { sha256Hex } from './corrections.ts';
import { detectEncoding } from './detect-encoding.ts';
import { NOTE_STATISTICS_PATH, serializeStatistics } from './model-data.ts';

const notesDirectory = new URL('../../notes/', import.meta.url);

/** Only notes that are already clean UTF-8 Chinese text teach the model; damaged ones would teach damage. */
function cleanNotes(): { path: string; text: string; sha256: string }[] {
  return readdirSync(notesDirectory)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const bytes = readFileSync(new URL(name, notesDirectory));
      const detected = detectEncoding(bytes, `notes/${name}`);
      if (detected.kind !== 'utf-8' || !/\p{Script=Han}/u.test(detected.text)) return [];
      return [{ path: `notes/${name}`, text: detected.text, sha256: sha256Hex(bytes) }];
    });
}

const notes = cleanNotes();
const statistics = statisticsOfTexts(notes.map((note) => note.text));
const data = serializeStatistics(
  statistics.notes,
  statistics.classes,
  statistics.triggers,
  notes.map(({ path, sha256 }) => ({ path, sha256 })),
  'node scripts/repair/build-note-statistics.ts',
);
mkdirSync(fileURLToPath(new URL('.', NOTE_STATISTICS_PATH)), { recursive: true });
writeFileSync(NOTE_STATISTICS_PATH, `${JSON.stringify(data)}\n`);
console.log(`wrote ${fileURLToPath(NOTE_STATISTICS_PATH)} from ${notes.map((note) => note.path).join(', ')}`);
