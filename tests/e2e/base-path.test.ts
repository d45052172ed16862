import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../bench/lib/astro-build.ts';
import { representativePages } from '../../bench/lib/page-types.ts';
import { startServer } from '../../scripts/serve.ts';
import { parseAnkiText } from '../support/anki-text.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { searchFor } from '../support/search-dialog.ts';

/** A GitHub Pages project site lives under /<repo>/: the same build must work there. */
const BASE = '/kb-base-test/';
const SITE = 'https://owner.github.io';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

describe(`a build with BASE_PATH=${BASE}`, () => {
  const browser = useBrowser();
  let outDir = '';
  let server: Server | undefined;
  let origin = '';

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'kb-base-'));
    await astroBuild({ outDir, env: { BASE_PATH: BASE, SITE_URL: SITE } });
    server = await startServer(outDir, 0, '127.0.0.1', BASE);
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('server has no address');
    origin = `http://127.0.0.1:${address.port}`;
  }, 240_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('every link and asset of every page resolves to a built file under the base', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const pagePath = BASE + file.slice(outDir.length + 1).replace(/(^|\/)index\.html$/, '$1');
      // Starlight gives the 404 page a canonical URL (/404/) that no host serves; canonicals are checked below.
      const html = readFileSync(file, 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!url || /^(?:#|mailto:|data:)/.test(url)) continue;
        const target = new URL(url.replaceAll('&amp;', '&'), SITE + pagePath);
        if (target.origin !== SITE) continue; // external sites
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${pagePath}: ${url} is outside the base`);
          continue;
        }
        const onDisk = join(outDir, decodeURIComponent(target.pathname.slice(BASE.length)));
        const exists = existsSync(onDisk) && (statSync(onDisk).isFile() || existsSync(join(onDisk, 'index.html')));
        if (!exists) broken.push(`${pagePath}: ${url} → ${target.pathname} is not built`);
      }
    }
    expect([...new Set(broken)].slice(0, 20)).toEqual([]);
  });

  it('robots.txt and the canonical URLs name the project site', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}${BASE}"`);
  });

  it('in Chromium: home → topic → search → answer, styled, with no console error or CSP violation', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(`${origin}${BASE}`);
    const card = page.locator('main .kb-topic-card h2 a').first();
    await card.click();
    await page.waitForURL(new RegExp(`^${origin}${BASE}[a-z-]+/$`));
    // The stylesheet loaded: Starlight's layout variables are defined.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-nav-height').trim())).not.toBe('');
    await page.locator('button[data-open-modal]').click();
    await searchFor(page, 'etcd');
    const result = page.locator('dialog[open] a.pagefind-ui__result-link').first();
    const href = await result.evaluate((link) => (link as HTMLAnchorElement).href);
    expect(href.startsWith(`${origin}${BASE}`)).toBe(true);
    const response = await page.goto(href);
    expect(response?.status()).toBe(200);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    await context.close();
  });

  it('in Chromium: practice under the base (answers fetched, graded, marked on the answer page); Anki links name the project site', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(`${origin}${BASE}practice/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '全不选' }).click();
    await page.getByRole('checkbox', { name: /^Go 语言/ }).check();
    await page.getByRole('button', { name: '开始练习' }).click();
    await page.getByRole('button', { name: '显示答案' }).click();
    const source = page.locator('[data-stage="answer"] .kb-practice-answer__source a');
    expect(await source.getAttribute('href')).toBe(`${BASE}go/interview/#gmp-scheduler`);
    await page.getByRole('button', { name: '良好' }).click();
    await page.goto(`${origin}${BASE}go/interview/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.kb-practice-bar[aria-labelledby="gmp-scheduler"]').getAttribute('data-status'), { timeout: 20_000 }).toBe('learning');
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    await context.close();
    // Read as Anki reads it (fields are quoted, quotes doubled): the card links to the project site.
    const gmp = parseAnkiText(readFileSync(join(outDir, 'practice/anki/go.txt'), 'utf8')).rows.find(([guid]) => guid === '/go/interview/#gmp-scheduler');
    expect(gmp?.[2]).toContain(`<a href="${SITE}${BASE}go/interview/#gmp-scheduler">在网站上查看这道题的答案`);
  });

  it('offline reading works under the base: the worker’s scope is the base, a page read reloads offline', async () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string };
    expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
    const { context, page } = await openPage(browser());
    await page.goto(`${origin}${BASE}`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${BASE}`);
    const answer = `${origin}${BASE}${representativePages(outDir).find((candidate) => candidate.kind === 'answer')!.path}`;
    await page.goto(answer);
    const heading = await page.locator('main h1').innerText();
    await expect.poll(() => page.evaluate(async (url) => (await caches.keys()).length > 0 && (await caches.match(url)) !== undefined, answer)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('main h1').innerText()).toBe(heading);
    await context.close();
  });
});
