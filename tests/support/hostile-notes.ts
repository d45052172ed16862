import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decodeForImport } from '../../scripts/import/decode-note.ts';
import { listNoteFiles } from '../../scripts/import/note-files.ts';
import { runImport, type ImportResult } from '../../scripts/import/run-import.ts';
import { readTopicMap, type TopicMap } from '../../src/lib/content-model/topic-map.ts';
import type { PageSpec } from '../../src/schemas/topic-map.ts';
import { ROOT } from './dist.ts';

export const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

/** One case of tests/fixtures/hostile/cases.yaml. */
export interface HostileCase {
  note: string;
  shows?: string[];
  /** Link targets that must survive (safe URLs). */
  links?: string[];
  warnings?: string[];
  drops?: string[];
  error?: string;
}

export const hostileCases = parse(readFileSync(join(HOSTILE, 'cases.yaml'), 'utf8')) as HostileCase[];

/** The project note the hostile tail is appended to (it lands in its last section). */
export const APPENDED_TO = '003';

/** Where a case's page is published: `/hostile/<note id>/`. */
export function casePath(note: string): string {
  return `hostile/${note.slice(0, 3)}`;
}

/** A page for a case note: its first heading and everything under it. */
export function casePage(note: string): PageSpec {
  let text = '';
  try {
    text = decodeForImport(readFileSync(join(HOSTILE, 'notes', note)), note).text;
  } catch {
    // An undecodable note fails the import before routing; its page is never looked at.
  }
  const heading = /^# (.+)$/m.exec(text)?.[1] ?? note;
  return { slug: casePath(note), title: heading, description: '恶意输入语料中的一篇笔记，逐字显示。', sources: [{ note: note.slice(0, 3), heading }] };
}

/** Imports some case notes on their own (no project notes), each on a page of its own. */
export function importCases(notes: string[]): ImportResult {
  const dir = mkdtempSync(join(tmpdir(), 'kb-hostile-notes-'));
  try {
    mkdirSync(join(dir, 'notes'));
    for (const note of notes) copyFileSync(join(HOSTILE, 'notes', note), join(dir, 'notes', note));
    const map: TopicMap = { topics: [], standalonePages: notes.map(casePage), dissolvedHeadings: [] };
    // No diagrams: the project's are placed on the project's pages, which are not here.
    const noDiagrams = join(dir, 'no-diagrams');
    mkdirSync(noDiagrams);
    return runImport({ notesDir: join(dir, 'notes'), diagramsDir: noDiagrams, publicDir: join(ROOT, 'public'), topicMap: map, decode: decodeForImport });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The project's notes plus every case that imports, with the hostile tail appended to an
 * existing note (003, under its last section), routed by the project's topic map plus one page
 * per case: what a user adding hostile text to the knowledge base would get.
 */
export function importProjectWithCases(notesDir: string): ImportResult {
  mkdirSync(notesDir, { recursive: true });
  const projectNotes = join(ROOT, 'notes');
  for (const { file, id } of listNoteFiles(projectNotes).notes) {
    const tail = id === APPENDED_TO ? readFileSync(join(HOSTILE, 'append-to-existing-note.txt')) : Buffer.alloc(0);
    writeFileSync(join(notesDir, file), Buffer.concat([readFileSync(join(projectNotes, file)), tail]));
  }
  const cases = hostileCases.filter((entry) => !entry.error).map((entry) => entry.note);
  for (const note of cases) copyFileSync(join(HOSTILE, 'notes', note), join(notesDir, note));
  const topicMap = readTopicMap(ROOT);
  const map: TopicMap = { ...topicMap, standalonePages: [...topicMap.standalonePages, ...cases.map(casePage)] };
  return runImport({ notesDir, diagramsDir: join(ROOT, 'diagrams'), publicDir: join(ROOT, 'public'), topicMap: map, decode: decodeForImport });
}
