import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNote } from '../../scripts/repair/index.ts';
import { allowedDrops } from '../../scripts/import/dropped-lines.ts';
import { builtPages, readBuilt, ROOT } from '../support/dist.ts';
import { canon, contentLines, lineFound, mainText, naiveContentLines, type ContentLine } from '../support/fidelity.ts';

/**
 * Nothing lost: every content line of every note appears in the text of the built site,
 * except the reviewed lines in scripts/import/dropped-lines.ts. Checked two independent ways.
 */
const notesDir = join(ROOT, 'notes');
const notes = readdirSync(notesDir).filter((file) => /^\d{3}_.*\.(?:txt|md)$/.test(file)).sort();
const site = canon(builtPages().map((page) => mainText(readBuilt(page))).join('\n'));

function coverage(note: string, lines: ContentLine[]) {
  const dropped = new Set(allowedDrops.filter((drop) => drop.note === note).map((drop) => drop.line));
  const checked = lines.filter((line) => !dropped.has(line.line));
  const missing = checked.filter((line) => !lineFound(site, line));
  return { checked: checked.length, missing, ratio: checked.length === 0 ? 1 : 1 - missing.length / checked.length };
}

describe('nothing lost from the notes', () => {
  const rows: string[] = [];
  for (const note of notes) {
    const { text } = decodeNote(readFileSync(join(notesDir, note)), `notes/${note}`);

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
