import { readdirSync, readFileSync } from 'node:fs';
import { readCuratedAnchorIds } from '../../src/lib/content-model/anchor-ids.ts';
import { readQuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { readTopicMap } from '../../src/lib/content-model/topic-map.ts';
import { join } from 'node:path';
import type { Heading } from 'mdast';
import { allowedDrops } from './dropped-lines.ts';
import { ImportError } from './errors.ts';
import { normalizeNote, normalizationSteps } from './normalize-note.ts';
import { buildPages, type GeneratedFile } from './build-pages.ts';
import { routeSections, type NoteOutline, type PagePlan } from './route-sections.ts';
import { buildSectionTree } from './sections.ts';
import { readDiagrams } from './steps/insert-diagrams.ts';
import { noteAnchorIndex, tagInternalLinks } from './steps/resolve-internal-links.ts';
import type { DroppedLine, ImportReport, Note } from './types.ts';

export interface ImportOptions {
  notesDir: string;
  /** Mermaid diagrams (`*.mmd`) placed next to the answers they illustrate. */
  diagramsDir: string;
  publicDir: string;
  /** Turns a note's bytes into text: the encoding detection and repair step. */
  decode: (bytes: Uint8Array, file: string) => { text: string; warnings: string[] };
  /** Project root holding the content model (src/content/); the working directory by default. */
  root?: string;
}

export interface ImportResult {
  files: GeneratedFile[];
  report: ImportReport;
}

const NOTE_FILE = /^(\d{3})_[\w-]+\.(?:txt|md)$/;

/** Runs the whole pipeline in memory: notes in, MDX files out. Writing them is the caller's job. */
export function runImport(options: ImportOptions): ImportResult {
  const report: ImportReport = { dropped: [], warnings: [] };
  const notes: Note[] = [];
  const outlines: NoteOutline[] = [];
  const anchorsByNote = new Map<string, { file: string; index: Map<string, Heading> }>();
  const steps = normalizationSteps(options.publicDir);

  for (const file of readdirSync(options.notesDir).sort()) {
    const match = NOTE_FILE.exec(file);
    if (!match) continue;
    const decoded = options.decode(readFileSync(join(options.notesDir, file)), file);
    for (const warning of decoded.warnings) report.warnings.push(`${file}: ${warning}`);
    const note: Note = { file, id: match[1]!, text: decoded.text, tree: { type: 'root', children: [] } };
    note.tree = normalizeNote(note.text, {
      note,
      drop: (line, text, reason) => report.dropped.push({ note: file, line, text, reason }),
      warn: (line, message) => report.warnings.push(`${file}${line === undefined ? '' : `:${line}`}: ${message}`),
    }, steps);
    tagInternalLinks(note.tree, note.id);
    anchorsByNote.set(note.id, { file, index: noteAnchorIndex(note.tree) });
    notes.push(note);
    outlines.push({ id: note.id, file, root: buildSectionTree(note.id, note.tree, note.text.split('\n').length), lines: note.text.split('\n') });
  }

  const { topics, standalonePages, dissolvedHeadings } = readTopicMap(options.root);
  const plans: PagePlan[] = [
    ...standalonePages.map((spec): PagePlan => ({ topic: null, spec, path: spec.slug, parts: [] })),
    ...topics.flatMap((topic) => topic.pages.map((spec): PagePlan => ({ topic, spec, path: `${topic.id}/${spec.slug}`, parts: [] }))),
  ];
  const routed = routeSections(outlines, plans, dissolvedHeadings, (dropped) => report.dropped.push(dropped));
  assertDropsReviewed(report.dropped);
  const files = buildPages(routed, { topics, catalogue: readQuestionCatalogue(options.root), curatedAnchorIds: readCuratedAnchorIds(options.root), anchorsByNote, diagrams: readDiagrams(options.diagramsDir) });
  return { files, report };
}

/** Every removed line must be in the reviewed allowlist, and every allowlisted line must still be removed. */
function assertDropsReviewed(dropped: DroppedLine[]): void {
  const key = (entry: { note: string; line: number; text: string; reason: string }) => `${entry.note}:${entry.line}:${entry.reason}:${entry.text}`;
  const allowed = new Set(allowedDrops.map(key));
  for (const entry of dropped) {
    if (!allowed.has(key(entry))) {
      throw new ImportError(entry.note, entry.line, `would drop "${entry.text}" (${entry.reason}), which is not in scripts/import/dropped-lines.ts`);
    }
  }
  const actual = new Set(dropped.map(key));
  for (const entry of allowedDrops) {
    if (!actual.has(key(entry))) {
      throw new ImportError(entry.note, entry.line, `allowlisted drop "${entry.text}" no longer happens; update scripts/import/dropped-lines.ts`);
    }
  }
}
