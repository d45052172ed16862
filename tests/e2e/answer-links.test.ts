import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

type Theme = 'light' | 'dark';

/** A page in a fresh context: Starlight's theme chosen up front, the clipboard readable, script errors recorded. */
async function open(options: { theme?: Theme; phone?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; scriptErrors: string[] }> {
  const theme = options.theme ?? 'light';
  const { context, page } = await openPage(browser, {
    colorScheme: theme,
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  contexts.push(context);
  await context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  return { page, context, scriptErrors };
}

/** Where the answer heading sits relative to what covers the top of the viewport (header, mobile table of contents). */
async function landing(page: Page, id: string) {
  return page.evaluate((headingId) => {
    const heading = document.getElementById(headingId)!;
    const covers = [document.querySelector('header.header'), document.querySelector('mobile-starlight-toc nav')]
      .filter((element): element is Element => element !== null && element.getBoundingClientRect().height > 0)
      .map((element) => element.getBoundingClientRect().bottom);
    const wrapper = heading.closest('.sl-heading-wrapper')!;
    return {
      top: heading.getBoundingClientRect().top,
      coveredUntil: Math.max(...covers),
      isTarget: heading.matches(':target'),
      highlight: getComputedStyle(wrapper).backgroundColor,
      pageBackground: getComputedStyle(document.body).backgroundColor,
    };
  }, id);
}

const copyButton = (page: Page, id: string) => page.getByRole('button', { name: '复制链接', exact: true }).and(page.locator(`[data-copy-anchor="${id}"]`));
const statusOf = (page: Page, id: string) => page.locator(`[data-copy-anchor="${id}"] + .kb-copy-link__status`);

describe('arriving through an answer link', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const phone of [false, true]) {
      it(`shows the answer at the top, below the sticky header, and marks it (${theme}${phone ? ', phone' : ''})`, async () => {
        const { page, scriptErrors } = await open({ theme, phone });
        await page.goto(siteUrl('/go/interview/#channel-internals'));
        const landed = await landing(page, 'channel-internals');
        expect(landed.isTarget).toBe(true);
        expect(landed.top).toBeGreaterThanOrEqual(landed.coveredUntil);
        expect(landed.top).toBeLessThan(landed.coveredUntil + 64);
        expect(landed.highlight).not.toBe('rgba(0, 0, 0, 0)');
        expect(landed.highlight).not.toBe(landed.pageBackground);
        expect(scriptErrors).toEqual([]);
      });
    }
  }

  it('lands an old id declared as an alias on the answer under its new id', async () => {
    const { page } = await open();
    await page.goto(siteUrl('/go/interview/#1-go的gmp调度模型'));
    await page.waitForURL((url) => url.hash === '#gmp-scheduler');
    expect((await landing(page, 'gmp-scheduler')).isTarget).toBe(true);
  });

  it('follows an alias to an answer on another page', async () => {
    const { page } = await open();
    await page.goto(siteUrl('/questions/#15-cap理论的理解'));
    await page.waitForURL((url) => url.pathname.endsWith('/distributed/cap/') && url.hash === '#cap-theorem');
    expect((await landing(page, 'cap-theorem')).isTarget).toBe(true);
  });
});

describe('复制链接', () => {
  it('copies the absolute URL of the answer and says 已复制, without moving anything', async () => {
    const { page, scriptErrors } = await open();
    await page.goto(siteUrl('/go/interview/'));
    const wrapper = page.locator('.sl-heading-wrapper', { has: page.locator('#channel-internals') });
    await wrapper.scrollIntoViewIfNeeded();
    const before = await wrapper.boundingBox();
    const widthBefore = await page.evaluate(() => document.documentElement.scrollWidth);
    await wrapper.hover();
    await copyButton(page, 'channel-internals').click();
    await statusOf(page, 'channel-internals').filter({ hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/go/interview/#channel-internals'));
    expect(await wrapper.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(widthBefore);
    expect(scriptErrors).toEqual([]);
  });

  it('is reached with Tab right after the heading’s anchor link and works from the keyboard', async () => {
    const { page } = await open();
    await page.goto(siteUrl('/go/interview/'));
    await page.locator('a.sl-anchor-link[href="#garbage-collection"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.copyAnchor)).toBe('garbage-collection');
    expect(await copyButton(page, 'garbage-collection').evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await statusOf(page, 'garbage-collection').filter({ hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/go/interview/#garbage-collection'));
  });

  it('still copies where the Clipboard API is missing', async () => {
    const { page, context } = await open();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(siteUrl('/kafka/mq-interview/'));
    expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard !== undefined)).toBe(false);
    await page.locator('.sl-heading-wrapper', { has: page.locator('#message-ordering') }).hover();
    await copyButton(page, 'message-ordering').click();
    await statusOf(page, 'message-ordering').filter({ hasText: '已复制' }).waitFor();
    const reader = await context.newPage();
    await reader.goto(siteUrl('/'));
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/kafka/mq-interview/#message-ordering'));
  });

  it('is visible without hovering on a touch screen', async () => {
    const { page } = await open({ phone: true });
    await page.goto(siteUrl('/go/interview/'));
    expect(await copyButton(page, 'gmp-scheduler').evaluate((button) => getComputedStyle(button).opacity)).toBe('1');
  });
});
