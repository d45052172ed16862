import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../../bench/lib/page-types.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { searchFinished, searchFor } from '../support/search-dialog.ts';

const pages = representativePages(DIST);
const pathOf = (kind: string) => {
  const page = pages.find((candidate) => candidate.kind === kind);
  if (!page) throw new Error(`dist/ has no ${kind} page`);
  return page.path;
};

/** Distance of an element's top from the viewport's top, in CSS pixels. */
const topInViewport = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);

describe('reader journeys in Chromium', () => {
  const browser = useBrowser();

  it('home: every topic card links to a topic overview that exists, and clicking one opens it', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl(''));
    const cards = page.locator('main .kb-topic-card h2 a');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(10);
    const hrefs = await cards.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
    const label = (await cards.nth(1).textContent())?.trim();
    await cards.nth(1).click();
    await page.waitForURL(hrefs[1]!);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(label);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('topic overview: lists its pages and their questions, and every link resolves', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl(pathOf('topic')));
    const pageLinks = page.locator('main .kb-topic-page h2 a');
    expect(await pageLinks.count()).toBeGreaterThan(0);
    const hrefs = await page.locator('main .kb-topic-pages a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of new Set(hrefs.map((href) => href.split('#')[0]!))) expect((await page.request.get(href)).status(), href).toBe(200);
    // A question link lands on its answer's heading.
    const anchored = hrefs.find((href) => href.includes('#'));
    expect(anchored).toBeDefined();
    await page.goto(anchored!);
    const id = decodeURIComponent(new URL(anchored!).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('answer page: table of contents jumps to headings, the code copy button copies, sources are shown', async () => {
    const { context, page, log } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl(pathOf('code')));
    const tocLinks = page.locator('starlight-toc nav a[href^="#"]:not([href="#_top"])');
    expect(await tocLinks.count()).toBeGreaterThan(1);
    const target = tocLinks.nth(1);
    const hash = (await target.getAttribute('href'))!;
    await target.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
    expect(Math.abs(await topInViewport(page, `[id="${decodeURIComponent(hash.slice(1))}"]`))).toBeLessThan(200);

    const block = page.locator('main .expressive-code').first();
    const button = block.locator('.copy button');
    // What the button promises to copy (terminal frames leave out comment lines): lines joined by U+007F.
    const code = (await button.getAttribute('data-code'))!.replaceAll('\u007f', '\n');
    expect(code.length).toBeGreaterThan(0);
    await block.hover();
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const sources = page.locator('main .kb-sources');
    await expect.poll(() => sources.textContent()).toMatch(/notes\/\d{3}_\w+\.txt/);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('theme select switches data-theme and the choice survives a reload', async () => {
    const { context, page, log } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto(siteUrl(pathOf('answer')));
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe('dark');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('starlight-theme')])).toEqual(['light', 'light']);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('phone width: the menu opens, a topic group expands, and a page in it opens', async () => {
    const { context, page, log } = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // The home page is a splash page without a sidebar; every other page has the menu.
    await page.goto(siteUrl(pathOf('answer')));
    const sidebar = page.locator('#starlight__sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    const group = sidebar.locator('details').filter({ has: page.locator('summary', { hasText: 'Kubernetes' }) }).first();
    await group.locator('summary').click();
    const link = group.locator('a').nth(1);
    await expect.poll(() => link.isVisible()).toBe(true);
    const href = await link.evaluate((element) => (element as HTMLAnchorElement).href);
    const label = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(href);
    expect(await page.locator('main h1').innerText()).toContain(label);
    // The page fits the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('an unknown URL answers 404 with the site’s Chinese 404 page', async () => {
    const { context, page } = await openPage(browser());
    const response = await page.goto(siteUrl('no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('main h1').innerText()).toMatch(/404/);
    // Says so in Chinese, and leads back into the site.
    expect((await page.locator('main').innerText()).match(/\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThanOrEqual(8);
    const links = await page.locator('main a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toContain(siteUrl(''));
    // The 404 page is a working page of the site: its search button is there.
    expect(await page.locator('button[data-open-modal]').isVisible()).toBe(true);
    await context.close();
  });

  it('Ctrl K opens search ready to type, though Pagefind’s UI is only fetched then', async () => {
    const { context, page, log } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(siteUrl(pathOf('answer')), { waitUntil: 'networkidle' });
    const fetchedBefore = scripts.length;
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
    expect(scripts.length).toBeGreaterThan(fetchedBefore);
    await page.keyboard.type('GMP');
    await searchFinished(page, 'GMP');
    expect(await page.locator('dialog[open] .pagefind-ui__result').count()).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a Chinese search lands on the answer’s anchor', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl(''));
    await page.locator('button[data-open-modal]').click();
    await searchFor(page, '消息丢失');
    // Each answer is its own result (answer-level index), linking to the answer's anchor.
    const subResult = page.locator('dialog[open] .pagefind-ui__result a.pagefind-ui__result-link').first();
    const href = await subResult.evaluate((element) => (element as HTMLAnchorElement).href);
    expect(new URL(href).hash).toMatch(/^#[a-z0-9-]+$/);
    await subResult.click();
    await page.waitForURL(href);
    const id = new URL(href).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(Math.abs(await topInViewport(page, `[id="${id}"]`))).toBeLessThan(200);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
