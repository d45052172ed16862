import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const QUERY_KINDS = ['zh', 'en', 'mixed', 'abbr'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Where an answer is: a page, and optionally the heading of the answer on that page. */
export interface ExpectedAnswer {
  page: string;
  heading?: string;
}

/** A query as a reader types it, with the answers that satisfy it. */
export interface BenchQuery {
  q: string;
  kind: QueryKind;
  expect: ExpectedAnswer[];
}

/** Reads a query file (YAML list), failing on the first malformed entry with its position. */
export function loadQueries(path: string): BenchQuery[] {
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a list of queries`);
  return data.map((entry: unknown, index) => {
    const where = `${path}: entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: not an object`);
    const { q, kind, expect } = entry as Record<string, unknown>;
    if (typeof q !== 'string' || q.trim() === '') throw new Error(`${where}: q must be a non-empty string`);
    if (!QUERY_KINDS.includes(kind as QueryKind)) throw new Error(`${where} (${q}): kind must be one of ${QUERY_KINDS.join(', ')}`);
    if (!Array.isArray(expect) || expect.length === 0) throw new Error(`${where} (${q}): expect must list at least one answer`);
    const answers = expect.map((answer: unknown): ExpectedAnswer => {
      const { page, heading } = (answer ?? {}) as Record<string, unknown>;
      if (typeof page !== 'string' || !page.startsWith('/') || !page.endsWith('/')) throw new Error(`${where} (${q}): page must be a path like /etcd/lease/`);
      if (heading !== undefined && typeof heading !== 'string') throw new Error(`${where} (${q}): heading must be text`);
      return heading === undefined ? { page } : { page, heading: String(heading) };
    });
    return { q, kind: kind as QueryKind, expect: answers };
  });
}
