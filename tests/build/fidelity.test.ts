import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeForImport } from '../../scripts/import/decode-note.ts';
import { listNoteFiles } from '../../scripts/import/note-files.ts';
import { reviewDrops } from '../../scripts/import/review-drops.ts';
import { runImport } from '../../scripts/import/run-import.ts';
import type { DroppedLine } from '../../scripts/import/types.ts';
import { builtPages, readBuilt, ROOT } from '../support/dist.ts';
import { canon, contentLines, lineFound, mainText, naiveContentLines, type ContentLine } from '../support/fidelity.ts';

/**
 * Nothing lost: every content line of every note appears in the text of the built site, but
 * for what the importer reports as removed, each removal reviewed (a rule of
 * scripts/import/artifact-rules.ts, a category heading the topic map dissolves, or an entry of
 * scripts/import/dropped-lines.ts). Checked two independent ways.
 */
const { report } = runImport({ notesDir: join(ROOT, 'notes'), diagramsDir: join(ROOT, 'diagrams'), publicDir: join(ROOT, 'public'), decode: decodeForImport });
const notes = listNoteFiles(join(ROOT, 'notes')).notes.map((note) => note.file);
const site = canon(builtPages().map((page) => mainText(readBuilt(page))).join('\n'));

/** A line as it should appear on the site: without what the importer removed from it. */
function expected(line: ContentLine, drops: DroppedLine[]): string {
  let value = canon(line.text);
  for (const drop of drops) if (drop.line === line.line) value = value.replace(canon(drop.text), '');
  return value;
}

function coverage(note: string, lines: ContentLine[]) {
  const drops = report.dropped.filter((drop) => drop.note === note);
  const checked = lines.map((line) => ({ ...line, expect: expected(line, drops) })).filter((line) => line.expect !== '');
  const missing = checked.filter((line) => !lineFound(site, { ...line, text: line.expect }));
  return { checked: checked.length, missing, ratio: checked.length === 0 ? 1 : 1 - missing.length / checked.length };
}

describe('nothing lost from the notes', () => {
  const rows: string[] = [];

  it('removes nothing that is not reviewed', () => {
    expect(reviewDrops(report.dropped, notes).map(String)).toEqual([]);
  });

  for (const note of notes) {
    const { text } = decodeForImport(readFileSync(join(ROOT, 'notes', note)), note);

    it(`${note}: every content line is on the site (Markdown-aware check)`, () => {
      const result = coverage(note, contentLines(text));
      rows.push(`${note}  markdown-aware ${result.checked - result.missing.length}/${result.checked} = ${(result.ratio * 100).toFixed(2)}%`);
      expect(result.missing.map((line) => `line ${line.line}: ${line.text}`)).toEqual([]);
    });

    it(`${note}: a pattern-based check agrees (at least 99%)`, () => {
      const result = coverage(note, naiveContentLines(text));
      rows.push(`${note}  pattern-based  ${result.checked - result.missing.length}/${result.checked} = ${(result.ratio * 100).toFixed(2)}%`);
      expect(result.ratio, result.missing.slice(0, 20).map((line) => `line ${line.line}: ${line.text}`).join('\n')).toBeGreaterThanOrEqual(0.99);
    });
  }

  it('prints the coverage per note', () => {
    console.log(`\nFidelity (lines of the notes found in the built site):\n${rows.join('\n')}`);
    expect(rows.length).toBe(notes.length * 2);
  });
});
