import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve.ts';
import { deployment } from '../../src/config/deployment.ts';
import { DIST, builtPages, urlPathOf } from '../../tests/support/dist.ts';
import { splitAnswers, type AnswerSection } from '../../src/plugins/search-index/answer-sections.ts';
import { siteViewPages } from '../../src/plugins/search-index/index.ts';
import { loadQueries } from './queries.ts';
import { resolveQueries, type ResolvedQuery } from './expectations.ts';
import { readHeadings, type SiteHeading } from './site-headings.ts';

/** The headings of every built page, by the page's path (`/etcd/lease/`). */
export function builtHeadings(dist = DIST): Map<string, SiteHeading[]> {
  return new Map(builtPages(dist).map((file) => [urlPathOf(file), readHeadings(readFileSync(join(dist, file), 'utf8'))]));
}

/**
 * The answers of every built page (as the search index splits them), by the page's path;
 * without the opening text of pages that show a site view, which the index leaves out too.
 */
export function answerSections(dist = DIST): Map<string, AnswerSection[]> {
  const pages = builtPages(dist).filter((file) => file !== '404.html');
  const navigation = siteViewPages();
  return new Map(
    pages.map((file) => {
      const sections = splitAnswers(readFileSync(join(dist, file), 'utf8'))?.sections ?? [];
      return [urlPathOf(file), navigation.has(urlPathOf(file)) ? sections.filter((section) => section.anchor !== null) : sections];
    }),
  );
}

/** A query file, its expectations resolved against the built site. */
export function loadResolvedQueries(path: string, headings = builtHeadings()): ResolvedQuery[] {
  return resolveQueries(loadQueries(path), headings);
}

/** Serves a built site (dist/ by default) on a free loopback port under the deployment base path. */
export async function serveBuiltSite(dist = DIST): Promise<{ url: string; close: () => Promise<void>; strip: (url: string) => string }> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`${dist} has no search index: run \`npm run build\` first.`);
  const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;
  const server: Server = await startServer(dist, 0, '127.0.0.1', base);
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no address');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    // Result URLs carry the base path; expectations are written without it.
    strip: (url) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url),
  };
}
