import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

const SCREENS = [
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['desktop', { viewport: { width: 1280, height: 860 } }],
] as const;

/** Polls until the search has finished (its result message is written): seconds on a busy machine, not the 1 s default. */
const UNTIL_SEARCHED = { timeout: 30_000 };

describe.each(SCREENS)('search dialog on a %s', (_name, screen) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('searches in Chinese, lists answers that link to their anchors, and logs no errors', async () => {
    const { context, page, log } = await openPage(browser, screen);
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

    await input.fill('etcd watch');
    await expect.poll(() => dialog.locator('.pagefind-ui__message').textContent(), UNTIL_SEARCHED).toMatch(/^找到 \d+ 个与 etcd watch 相关的答案$/);
    const first = dialog.locator('.pagefind-ui__result').first();
    const link = first.locator('a.pagefind-ui__result-link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
    expect((await link.textContent())?.trim()).not.toBe('');
    expect((await first.locator('.pagefind-ui__result-excerpt').textContent())?.trim()).not.toBe('');
    expect(await first.locator('.pagefind-ui__result-tag').first().textContent()).toMatch(/^位置: .+ › /);

    // Nothing may stick out sideways: on a phone the dialog is the whole screen.
    const overflow = await page.evaluate(() => document.querySelector('site-search dialog')!.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await input.fill('zzqqxxjj');
    await expect.poll(() => dialog.locator('.pagefind-ui__message').textContent(), UNTIL_SEARCHED).toBe('没有找到与 zzqqxxjj 相关的答案');

    await input.fill('etcd watch');
    await expect.poll(() => dialog.locator('.pagefind-ui__message').textContent(), UNTIL_SEARCHED).toMatch(/^找到/);
    const href = (await link.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.href.endsWith(href)), link.click()]);
    const anchor = decodeURIComponent(href.split('#')[1]!);
    expect(await page.evaluate((id) => document.getElementById(id)?.tagName, anchor)).toMatch(/^H[2-6]$/);

    expect(log.errors).toEqual([]);
    await context.close();
  });
});
