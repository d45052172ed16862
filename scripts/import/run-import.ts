import { readFileSync } from 'node:fs';
import { readCuratedAnchorIds } from '../../src/lib/content-model/anchor-ids.ts';
import { readQuestionCatalogue, type QuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { readTopicMap, type TopicMap } from '../../src/lib/content-model/topic-map.ts';
import { join } from 'node:path';
import type { Heading } from 'mdast';
import { LocatedErrors } from '../../src/lib/located-error.ts';
import { ImportError, ImportErrors } from './errors.ts';
import { listNoteFiles } from './note-files.ts';
import { reviewDrops } from './review-drops.ts';
import { normalizeNote, normalizationSteps } from './normalize-note.ts';
import { buildPages, type GeneratedFile } from './build-pages.ts';
import { routeSections, type NoteOutline, type PagePlan } from './route-sections.ts';
import { buildSectionTree } from './sections.ts';
import { readDiagrams } from './steps/insert-diagrams.ts';
import { noteAnchorIndex, tagInternalLinks } from './steps/resolve-internal-links.ts';
import type { ImportReport, Note } from './types.ts';

export interface ImportOptions {
  notesDir: string;
  /** Mermaid diagrams (`*.mmd`) placed next to the answers they illustrate. */
  diagramsDir: string;
  publicDir: string;
  /** Where each note section is published; the project's topic map (src/content/topics/ …) by default. */
  topicMap?: TopicMap;
  /**
   * The question catalogue the pages must agree with; the project's by default. With a topic
   * map of its own (a test corpus), no catalogue unless given: pages are not checked against it.
   */
  catalogue?: QuestionCatalogue;
  /** Turns a note's bytes into text: the encoding detection and repair step (it throws on undecodable input). */
  decode: (bytes: Uint8Array, file: string) => { text: string; warnings: { line?: number; message: string }[] };
  /** Project root holding the content model (src/content/); the working directory by default. */
  root?: string;
}

/**
 * Past this much Markdown a page stops being readable (and slow to build and search): about
 * 35,000 Chinese characters, five times the longest page the notes make today.
 */
export const PAGE_SIZE_LIMIT = 100 * 1024;

export interface ImportResult {
  files: GeneratedFile[];
  report: ImportReport;
}

/** Runs the whole pipeline in memory: notes in, Markdown pages out. Writing them is the caller's job. */
export function runImport(options: ImportOptions): ImportResult {
  const report: ImportReport = { dropped: [], warnings: [] };
  const notes: Note[] = [];
  const outlines: NoteOutline[] = [];
  const anchorsByNote = new Map<string, { file: string; index: Map<string, Heading> }>();
  const steps = normalizationSteps(options.publicDir);
  const { topics, standalonePages, dissolvedHeadings } = options.topicMap ?? readTopicMap(options.root);

  const listed = listNoteFiles(options.notesDir);
  const errors: Error[] = [...listed.errors];
  for (const { file, id } of listed.notes) {
    const where = (line: number | undefined) => `notes/${file}${line === undefined ? '' : `:${line}`}`;
    let decoded: ReturnType<ImportOptions['decode']>;
    try {
      decoded = options.decode(readFileSync(join(options.notesDir, file)), file);
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    for (const warning of decoded.warnings) report.warnings.push(`${where(warning.line)}: ${warning.message}`);
    if (decoded.text.trim() === '') {
      errors.push(new ImportError(`notes/${file}`, undefined, 'is empty; add its text or delete the file'));
      continue;
    }
    const note: Note = { file, id, text: decoded.text, tree: { type: 'root', children: [] } };
    note.tree = normalizeNote(note.text, {
      note,
      drop: (line, text, reason) => report.dropped.push({ note: file, line, text, reason }),
      warn: (line, message) => report.warnings.push(`${where(line)}: ${message}`),
      fail: (line, message) => errors.push(new ImportError(`notes/${file}`, line, message)),
    }, steps);
    tagInternalLinks(note.tree, note.id);
    anchorsByNote.set(note.id, { file, index: noteAnchorIndex(note.tree) });
    notes.push(note);
    outlines.push({ id: note.id, file, root: buildSectionTree(note.id, note.tree, note.text.split('\n').length), lines: note.text.split('\n') });
  }

  const plans: PagePlan[] = [
    ...standalonePages.map((spec): PagePlan => ({ topic: null, spec, path: spec.slug, parts: [] })),
    ...topics.flatMap((topic) => topic.pages.map((spec): PagePlan => ({ topic, spec, path: `${topic.id}/${spec.slug}`, parts: [] }))),
  ];
  // Errors in the notes first: routing a note that failed to parse would only add noise.
  if (errors.length > 0) throw new ImportErrors(errors, report.warnings);
  let routed: ReturnType<typeof routeSections>;
  try {
    routed = routeSections(outlines, plans, dissolvedHeadings, (dropped) => report.dropped.push(dropped));
  } catch (error) {
    throw new ImportErrors(error instanceof LocatedErrors ? error.errors : [error instanceof Error ? error : new Error(String(error))], report.warnings);
  }
  const unreviewed = reviewDrops(report.dropped, notes.map((note) => note.file));
  if (unreviewed.length > 0) throw new ImportErrors(unreviewed, report.warnings);
  const catalogue = options.catalogue ?? (options.topicMap ? null : readQuestionCatalogue(options.root));
  let files: GeneratedFile[];
  try {
    files = buildPages(routed, { topics, catalogue, curatedAnchorIds: readCuratedAnchorIds(options.root), anchorsByNote, diagrams: readDiagrams(options.diagramsDir) });
  } catch (error) {
    throw new ImportErrors(error instanceof LocatedErrors ? error.errors : [error instanceof Error ? error : new Error(String(error))], report.warnings);
  }
  for (const file of files) {
    const size = Buffer.byteLength(file.content);
    if (size > PAGE_SIZE_LIMIT) report.warnings.push(`${file.path}: ${Math.round(size / 1024)} KB of Markdown is more than a reader can use on one page (limit ${PAGE_SIZE_LIMIT / 1024} KB); split its sections over several pages in the topic map`);
  }
  return { files, report };
}
