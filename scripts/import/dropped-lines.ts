import type { DropReason } from './types.ts';

/**
 * The reviewed list of note text the importer removes that no rule covers. Keyed by note,
 * text and reason (never by line: lines move when a note is edited). Removals by rule
 * (scripts/import/artifact-rules.ts) and category headings the topic map dissolves are
 * reviewed where they are declared. Any other removal is an import error, and the fidelity
 * test accepts exactly these as absent from the site.
 */
export interface AllowedDrop {
  /** Note file name in notes/. */
  note: string;
  text: string;
  reason: DropReason;
  why: string;
}

export const allowedDrops: AllowedDrop[] = [
  { note: '002_5296b0ba9d7f76f1.txt', text: '0%', reason: 'scrape-artifact', why: 'Reading-progress read-out captured by the scraper, not part of any excerpt.' },
  { note: '003_0ede1c37b8f50940.txt', text: '镜像集群模式', reason: 'duplicate-section', why: 'The section 镜像集群模式 is pasted twice, word for word (lines 338-345 and 346-353); the answer is published once.' },
];
