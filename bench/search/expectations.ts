import type { BenchQuery } from './queries.ts';
import type { SiteHeading } from './site-headings.ts';

/** An expected answer resolved against the built site: its page and the anchors that land inside it. */
export interface ResolvedAnswer {
  page: string;
  /** Anchors that count as the answer (the heading and those nested in its section); null = anywhere on the page. */
  anchors: Set<string> | null;
}

export interface ResolvedQuery extends BenchQuery {
  answers: ResolvedAnswer[];
}

/**
 * Heading text as compared: without "1." / "2.1" / "一、" numbering, trailing colons and case.
 * Kept loose on purpose, so the expectations survive renumbering and id changes.
 */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、)\s*/u, '')
    .replace(/[：:]\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Does the site's heading text match the expected text? A "?" on the site stands for one undecoded character. */
export function headingMatches(siteText: string, expected: string): boolean {
  const site = [...normalizeHeading(siteText)];
  const want = [...normalizeHeading(expected)];
  return site.length === want.length && site.every((char, index) => char === '?' || char === want[index]);
}

/**
 * Resolves each expected page + heading text to anchors on the built site, so the query files
 * name answers the way a reader sees them and survive heading-id changes. Unknown pages or
 * headings are errors: a silently unresolvable expectation would only look like a search miss.
 */
export function resolveQueries(queries: BenchQuery[], headingsByPage: Map<string, SiteHeading[]>): ResolvedQuery[] {
  const problems: string[] = [];
  const resolved = queries.map((query) => ({
    ...query,
    answers: query.expect.map((answer): ResolvedAnswer => {
      const headings = headingsByPage.get(answer.page);
      if (!headings) {
        problems.push(`"${query.q}": no page ${answer.page}`);
        return { page: answer.page, anchors: new Set() };
      }
      if (answer.heading === undefined) return { page: answer.page, anchors: null };
      const matches = headings.filter((heading) => headingMatches(heading.text, answer.heading!));
      if (matches.length === 0) problems.push(`"${query.q}": no heading "${answer.heading}" on ${answer.page}`);
      const ids = new Set(matches.map((heading) => heading.id));
      for (const heading of headings) if (heading.ancestors.some((id) => ids.has(id))) ids.add(heading.id);
      return { page: answer.page, anchors: ids };
    }),
  }));
  if (problems.length > 0) throw new Error(`Unresolvable expectations:\n  ${problems.join('\n  ')}`);
  return resolved;
}
