import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { stayOnLoopback } from './chromium.ts';
import { gzipSize } from './first-visit.ts';

export interface IndexSize {
  files: number;
  bytes: number;
  fragments: number;
  fragmentBytes: number;
  indexChunks: number;
  indexBytes: number;
}

/** Pagefind's output on disk: everything under dist/pagefind, and its fragments and index chunks. */
export function pagefindIndexSize(dist: string): IndexSize {
  const size: IndexSize = { files: 0, bytes: 0, fragments: 0, fragmentBytes: 0, indexChunks: 0, indexBytes: 0 };
  for (const entry of readdirSync(join(dist, 'pagefind'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const bytes = statSync(join(entry.parentPath, entry.name)).size;
    size.files++;
    size.bytes += bytes;
    if (entry.name.endsWith('.pf_fragment')) (size.fragments++, (size.fragmentBytes += bytes));
    if (entry.name.endsWith('.pf_index')) (size.indexChunks++, (size.indexBytes += bytes));
  }
  return size;
}

export interface SearchCost {
  query: string;
  results: number;
  /** Bytes fetched for this search (Pagefind's index files as served, they are compressed already; its JS gzip-sized). */
  bytes: number;
  /** From calling search to having the first five results' excerpts, in ms. */
  ms: number;
}

/** How many results the UI shows before "load more". */
const SHOWN = 5;

/** Records the bytes of every /pagefind/ response of a page into `counter.bytes`. */
function countPagefindBytes(page: Page, counter: { bytes: number }): void {
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.includes('/pagefind/')) return;
    const body = await response.body().catch(() => undefined);
    if (body) counter.bytes += path.endsWith('.js') ? gzipSize(body) : body.length;
  });
}

/** Runs one query through Pagefind's JS API in the page, as the search box does, loading the excerpts it shows. */
function search(page: Page, siteUrl: string, query: string): Promise<{ results: number; ms: number }> {
  return page.evaluate(
    async ([bundle, text, shown]) => {
      const started = performance.now();
      const pagefind = (await import(bundle)) as {
        search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const found = await pagefind.search(text);
      await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
      return { results: found.results.length, ms: performance.now() - started };
    },
    [new URL('pagefind/pagefind.js', siteUrl).href, query, SHOWN] as const,
  );
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** The home page in a fresh browser context (empty cache), counting what Pagefind fetches from now on. */
async function openHome(browser: Browser, siteUrl: string): Promise<{ context: BrowserContext; page: Page; counter: { bytes: number } }> {
  const context = await browser.newContext();
  await stayOnLoopback(context);
  const page = await context.newPage();
  await page.goto(siteUrl, { waitUntil: 'networkidle' });
  const counter = { bytes: 0 };
  countPagefindBytes(page, counter);
  return { context, page, counter };
}

/**
 * Each query twice: cold (a fresh browser context on the home page, so Pagefind's script, WASM
 * and metadata are fetched too: a reader's first search) and warm (after other queries in the
 * same page: later searches).
 */
export async function measureSearches(browser: Browser, siteUrl: string, queries: string[]): Promise<{ cold: SearchCost[]; warm: SearchCost[] }> {
  const cold: SearchCost[] = [];
  for (const query of queries) {
    const { context, page, counter } = await openHome(browser, siteUrl);
    const { results, ms } = await search(page, siteUrl, query);
    await settle(page);
    cold.push({ query, results, bytes: counter.bytes, ms });
    await context.close();
  }
  const { context, page, counter } = await openHome(browser, siteUrl);
  await search(page, siteUrl, 'warm up');
  const warm: SearchCost[] = [];
  for (const query of queries) {
    await settle(page);
    const before = counter.bytes;
    const { results, ms } = await search(page, siteUrl, query);
    await settle(page);
    warm.push({ query, results, bytes: counter.bytes - before, ms });
  }
  await context.close();
  return { cold, warm };
}
