import { describe, expect, it } from 'vitest';
import { representativePages } from '../../bench/lib/page-types.ts';
import { seriousViolations } from '../support/axe.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { drawAllDiagrams } from '../support/diagrams.ts';
import { DIST } from '../support/dist.ts';
import { searchFor } from '../support/search-dialog.ts';

describe('accessibility (axe-core): no serious or critical violation', () => {
  const browser = useBrowser();

  for (const theme of ['light', 'dark'] as const) {
    // axe is test tooling injected into the page, not part of the site: the page's CSP is bypassed for it.
    const open = async () => {
      const opened = await openPage(browser(), { colorScheme: theme, bypassCSP: true });
      await opened.context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
      return opened;
    };

    for (const { kind, label, path } of representativePages(DIST)) {
      it(`${label} (${theme})`, async () => {
        const { context, page } = await open();
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        if (kind === 'diagram') await drawAllDiagrams(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it(`离线阅读 page, its status and download button shown (${theme})`, async () => {
      const { context, page } = await open();
      await page.goto(siteUrl('offline/'), { waitUntil: 'networkidle' });
      await page.locator('[data-offline-start]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it(`search dialog open with results (${theme})`, async () => {
      const { context, page } = await open();
      await page.goto(siteUrl(''), { waitUntil: 'networkidle' });
      await page.locator('button[data-open-modal]').click();
      await searchFor(page, 'etcd');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
