import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './errors.ts';

/** A note's file name: a three-digit id, `_`, any name (Unicode and spaces welcome), `.txt` or `.md`. */
const NOTE_FILE = /^(\d{3})_(.+)\.(?:txt|md)$/iu;

export interface NoteFile {
  file: string;
  /** The three-digit id the topic map refers to. */
  id: string;
}

/**
 * Every file in notes/ is a note or an error: nothing is skipped silently. Errors say what to
 * rename; two notes with one id are an error naming both.
 */
export function listNoteFiles(notesDir: string): { notes: NoteFile[]; errors: ImportError[] } {
  const notes: NoteFile[] = [];
  const errors: ImportError[] = [];
  const byId = new Map<string, string>();
  for (const file of readdirSync(notesDir).sort()) {
    const where = `notes/${file}`;
    if (statSync(join(notesDir, file)).isDirectory()) {
      errors.push(new ImportError(where, undefined, 'is a folder; notes/ holds only note files (NNN_name.txt)'));
      continue;
    }
    const match = NOTE_FILE.exec(file);
    if (!match) {
      errors.push(new ImportError(where, undefined, `is not named like a note, so it would not be imported: ${renameHint(file)}`));
      continue;
    }
    const id = match[1]!;
    const other = byId.get(id);
    if (other) {
      errors.push(new ImportError(where, undefined, `has the id ${id}, like notes/${other}; give one of them a free id (the three digits before "_")`));
      continue;
    }
    byId.set(id, file);
    notes.push({ file, id });
  }
  return { notes, errors };
}

function renameHint(file: string): string {
  const short = /^(\d{1,2})[_-](.+)$/u.exec(file);
  if (short) return `ids have three digits; rename it to ${short[1]!.padStart(3, '0')}_${short[2]}`;
  const dash = /^(\d{3})[-\s.](.+)$/u.exec(file);
  if (dash) return `separate the id with "_"; rename it to ${dash[1]}_${dash[2]}`;
  if (/^\d{3}_/.test(file)) return 'notes are .txt or .md files';
  return 'name it NNN_<name>.txt, where NNN is a free three-digit id (or move it out of notes/)';
}
