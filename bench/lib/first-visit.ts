import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { stayOnLoopback } from './chromium.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'fonts';
export const RESOURCE_KINDS: ResourceKind[] = ['html', 'css', 'js', 'fonts'];

const KIND_OF_TYPE: Record<string, ResourceKind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };

/** One file a first visit downloaded, with its size as a host that gzips (level 6) would send it. */
export interface FetchedFile {
  kind: ResourceKind;
  /** URL path on the site (`/_astro/page.js`). */
  path: string;
  raw: number;
  gzip: number;
}

export type Weight = Record<ResourceKind | 'total', number>;

/** JavaScript V8 ran before any interaction, inline scripts included, in characters of source. */
export interface ScriptUse {
  scripts: number;
  /** Source of every script that ran. */
  parsed: number;
  /** Source inside functions and blocks that actually executed (V8 block coverage). */
  executed: number;
}

export interface FirstVisit {
  status: number;
  files: FetchedFile[];
  /** Same-origin requests left out of the weight (images, the favicon, data fetches). */
  excluded: string[];
  weight: Weight;
  js: ScriptUse;
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 6 }).length;

export function weigh(files: FetchedFile[]): Weight {
  const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, total: 0 };
  for (const file of files) {
    weight[file.kind] += file.gzip;
    weight.total += file.gzip;
  }
  return weight;
}

/** Characters of a script inside executed ranges: inner ranges (count 0 or not) override outer ones, as V8 nests them. */
function executedBytes(length: number, functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[]): number {
  const ran = new Uint8Array(length);
  const ranges = functions.flatMap((fn) => fn.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, length));
  return ran.reduce((sum, bit) => sum + bit, 0);
}

/**
 * Opens `url` in a fresh browser context (empty cache, like a first visit), waits until the
 * network is idle and the idle-time work of the page has run, touching nothing, and reports
 * what was downloaded by kind (gzip bytes of each response body) and what JavaScript ran.
 */
export async function measureFirstVisit(browser: Browser, url: string, settleMs = 1000): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await stayOnLoopback(context);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settleMs);
  await page.waitForLoadState('networkidle');
  const coverage = await page.coverage.stopJSCoverage();
  const files: FetchedFile[] = [];
  const excluded: string[] = [];
  for (const request of finished) {
    const requestUrl = new URL(request.url());
    if (requestUrl.origin !== origin) continue;
    const kind = KIND_OF_TYPE[request.resourceType()];
    const body = await (await request.response())?.body();
    if (!kind || !body) {
      excluded.push(`${request.resourceType()} ${requestUrl.pathname}`);
      continue;
    }
    files.push({ kind, path: requestUrl.pathname, raw: body.length, gzip: gzipSize(body) });
  }
  const ran = coverage.filter((entry) => entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)));
  const js: ScriptUse = {
    scripts: ran.length,
    parsed: ran.reduce((sum, entry) => sum + (entry.source ?? '').length, 0),
    executed: ran.reduce((sum, entry) => sum + executedBytes((entry.source ?? '').length, entry.functions), 0),
  };
  await context.close();
  return { status: response?.status() ?? 0, files, excluded, weight: weigh(files), js };
}
