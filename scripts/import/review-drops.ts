import { artifactRule } from './artifact-rules.ts';
import { allowedDrops } from './dropped-lines.ts';
import { ImportError } from './errors.ts';
import type { DroppedLine } from './types.ts';

/**
 * Every removal must be reviewed: by a rule (artifact-rules.ts), by the topic map (a dissolved
 * category heading, a section its site view replaces), or by an entry of dropped-lines.ts. An allowlist entry that no longer
 * matches anything is an error too, so the list never outlives its reasons.
 */
export function reviewDrops(dropped: DroppedLine[], importedNotes: string[]): ImportError[] {
  const errors: ImportError[] = [];
  const key = (entry: { note: string; text: string; reason: string }) => `${entry.note}\u0000${entry.reason}\u0000${entry.text}`;
  const allowed = new Set(allowedDrops.map(key));
  const used = new Set<string>();
  for (const entry of dropped) {
    // Declared in the topic map: a dissolved category heading, a table of contents a site view replaces.
    if (entry.reason === 'dissolved-category-heading' || entry.reason === 'handwritten-toc' || artifactRule(entry.reason, entry.text)) continue;
    if (allowed.has(key(entry))) {
      used.add(key(entry));
      continue;
    }
    errors.push(new ImportError(entry.note, entry.line, `would drop "${entry.text}" (${entry.reason}), which no rule covers and scripts/import/dropped-lines.ts does not list`));
  }
  for (const entry of allowedDrops) {
    if (importedNotes.includes(entry.note) && !used.has(key(entry))) errors.push(new ImportError('scripts/import/dropped-lines.ts', undefined, `the reviewed drop "${entry.text}" of ${entry.note} no longer happens; remove it`));
  }
  return errors;
}
