import { describe, expect, it } from 'vitest';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { builtPages, urlPathOf } from '../support/dist.ts';

const PHONE = { width: 390, height: 844 };

/**
 * No page is wider than a 390 px phone: long URLs, code and tables wrap or scroll inside their
 * own box, never the page (which would push the menu button off screen). Every built page.
 */
describe('every page fits a 390 px phone', () => {
  const browser = useBrowser();

  it('has no horizontal scroll on any page', async () => {
    const { context, page } = await openPage(browser(), { viewport: PHONE, deviceScaleFactor: 1 });
    const tooWide: string[] = [];
    for (const file of builtPages()) {
      const path = urlPathOf(file);
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) {
        // Name what sticks out, so the failure says where to look.
        const culprit = await page.evaluate((limit) => {
          const leaf = [...document.querySelectorAll('body *')].find((element) => element.children.length === 0 && element.getBoundingClientRect().right > limit + 1);
          return leaf ? `${leaf.tagName.toLowerCase()}.${[...leaf.classList].join('.')} "${(leaf.textContent ?? '').slice(0, 60)}"` : 'unknown';
        }, PHONE.width);
        tooWide.push(`${path}: ${width} px (${culprit})`);
      }
    }
    await context.close();
    expect(tooWide).toEqual([]);
  }, 300_000);
});
