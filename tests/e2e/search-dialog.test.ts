import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOPIC_FILTER } from '../../src/plugins/search-index/browser/record-fields.js';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { searchFor, searchSettlesWith } from '../support/search-dialog.ts';

const SCREENS = [
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['desktop', { viewport: { width: 1280, height: 860 } }],
] as const;

/** Opens the search dialog on a page of the site. */
async function openSearch(page: Page, path = '/go/interview/'): Promise<void> {
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
  await page.locator('button[data-open-modal]').click();
  await page.locator('dialog[open] .pagefind-ui__search-input').waitFor();
}

describe.each(SCREENS)('search dialog on a %s', (_name, screen) => {
  const browser = useBrowser();

  it('searches in Chinese, lists answers that link to their anchors, and logs no errors', async () => {
    const { context, page, log } = await openPage(browser(), screen);
    await page.goto(siteUrl('/go/interview/'), { waitUntil: 'networkidle' });
    // This test watches what searching does; errors while loading the page are the page tests' concern.
    log.errors.length = 0;

    const open = page.locator('button[data-open-modal]');
    // The accessible name includes the visible shortcut hint (src/components/overrides/Search.astro).
    expect(await open.getAttribute('aria-label')).toMatch(/^搜索/);
    await open.click();
    const dialog = page.locator('site-search dialog');
    const input = dialog.locator('#starlight__search input');
    expect(await input.getAttribute('placeholder')).toBe('搜索');

    await searchFor(page, 'etcd watch');
    expect(await dialog.locator('.pagefind-ui__message').textContent()).toMatch(/^找到 \d+ 个与 etcd watch 相关的答案$/);
    const first = dialog.locator('.pagefind-ui__result').first();
    const link = first.locator('a.pagefind-ui__result-link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
    expect((await link.textContent())?.trim()).not.toBe('');
    const excerpt = (await first.locator('.pagefind-ui__result-excerpt').textContent())?.trim() ?? '';
    expect(excerpt).not.toBe('');
    // A preview is the answer's own words: it never opens on punctuation.
    expect(excerpt.replace(/^…/u, '')).not.toMatch(/^[\s\p{Po}\p{Pe}\p{Pf}]/u);
    expect(await first.locator('.pagefind-ui__result-tag').allTextContents()).toEqual([expect.stringMatching(/^位置: .+ › /)]);

    // Nothing may stick out sideways: on a phone the dialog is the whole screen.
    const overflow = await page.evaluate(() => document.querySelector('site-search dialog')!.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Nothing on the site matches: the dialog says so.
    await searchFor(page, 'zzqqxxjj');
    expect(await dialog.locator('.pagefind-ui__message').textContent()).toBe('没有找到与 zzqqxxjj 相关的答案');

    // A whole question with words no answer uses still finds answers.
    await searchFor(page, '如何判断channel已经关闭');
    expect(await dialog.locator('.pagefind-ui__message').textContent()).toMatch(/^找到 \d+ 个/);

    await searchFor(page, 'etcd watch');
    const href = (await link.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.href.endsWith(href)), link.click()]);
    const anchor = decodeURIComponent(href.split('#')[1]!);
    expect(await page.evaluate((id) => document.getElementById(id)?.tagName, anchor)).toMatch(/^H[2-6]$/);

    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('narrows the results to the chosen topics, with the count each topic shows', async () => {
    const { context, page, log } = await openPage(browser(), screen);
    await openSearch(page);
    log.errors.length = 0;
    await searchFor(page, 'etcd 快照');
    const dialog = page.locator('dialog[open]');
    const all = Number((await dialog.locator('.pagefind-ui__message').textContent())!.match(/找到 (\d+) 个/)![1]);

    await dialog.locator('.pagefind-ui__filter-name', { hasText: TOPIC_FILTER }).click();
    const etcd = dialog.locator('.pagefind-ui__filter-value', { hasText: /^\s*etcd \(\d+\)\s*$/ });
    const count = Number((await etcd.textContent())!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await etcd.locator('input').check();
    // The search runs again for the same words: wait for the filtered count to be shown.
    await searchSettlesWith(page, `找到 ${count} 个与 etcd 快照 相关的答案`);
    // A page's opening text sits in its topic alone (位置: etcd); an answer under a heading in topic › page.
    for (const tag of await dialog.locator('.pagefind-ui__result-tag').allTextContents()) expect(tag).toMatch(/^位置: etcd(?: › |\s*$)/);

    // Two topics: answers of either (an answer has one topic, so "all of them" would be none).
    const kubernetes = dialog.locator('.pagefind-ui__filter-value', { hasText: /^\s*Kubernetes \(\d+\)\s*$/ });
    const both = count + Number((await kubernetes.textContent())!.match(/\((\d+)\)/)![1]);
    await kubernetes.locator('input').check();
    await searchSettlesWith(page, `找到 ${both} 个与 etcd 快照 相关的答案`);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('search dialog with the keyboard', () => {
  const browser = useBrowser();

  it('moves from the field through the results with the arrow keys and opens one with Enter', async () => {
    const { context, page, log } = await openPage(browser());
    await openSearch(page);
    await searchFor(page, 'raft 日志复制');
    const links = page.locator('dialog[open] .pagefind-ui__results a.pagefind-ui__result-link');
    expect(await links.count()).toBeGreaterThan(2);
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.className);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));

    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toContain('pagefind-ui__search-input');
    // The field says how: its description names the arrow keys.
    expect(await page.locator('dialog[open] .pagefind-ui__search-input').evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent)).toMatch(/方向键/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.href.endsWith(hrefs[1]!)), page.keyboard.press('Enter')]);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('search dialog downloads', () => {
  const browser = useBrowser();

  it('loads the engine as one module, fetches its start files before its entry file has answered, and each index file once', async () => {
    // Only the page's own requests: offline reading's worker (blocked here) would fetch the same files for its store.
    const { context, page, log } = await openPage(browser(), { serviceWorkers: 'block' });
    // The entry file answers late, so the start files can only be requested before it answers if they are fetched ahead.
    const ENTRY_DELAY_MS = 1000;
    let entryAnswered = Number.POSITIVE_INFINITY;
    await context.route('**/pagefind/engine/pagefind-entry.json*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ENTRY_DELAY_MS));
      entryAnswered = Date.now();
      await route.continue();
    });
    const requested: { path: string; at: number }[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) requested.push({ path: path.slice(path.indexOf('/pagefind/')), at: Date.now() });
    });
    await openSearch(page);
    await searchFor(page, 'etcd watch');
    await searchFor(page, '一个分区能被几个消费者消费');

    const paths = requested.map((request) => request.path);
    // The search module includes Pagefind's engine; the site searches on the page, not in a worker.
    expect(paths.filter((path) => /\.(?:js|css)$/.test(path))).toEqual(['/pagefind/pagefind.js']);
    // Fetched ahead or not, no file is downloaded twice.
    expect(paths.filter((path, at) => paths.indexOf(path) !== at)).toEqual([]);
    const startFiles = requested.filter((request) => /\/engine\/(?:pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|filter\/[^/]+\.pf_filter)$/.test(request.path));
    expect(startFiles.map((request) => request.path.replace(/_[0-9a-f]+\./, '_*.')).sort()).toEqual(['/pagefind/engine/filter/zh-cn_*.pf_filter', '/pagefind/engine/pagefind.zh-cn_*.pf_meta', '/pagefind/engine/wasm.unknown.pagefind']);
    for (const request of startFiles) expect(request.at, request.path).toBeLessThan(entryAnswered);
    expect(await page.locator('dialog[open] .pagefind-ui__result').count()).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
