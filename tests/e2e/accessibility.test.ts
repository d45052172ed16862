import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../../bench/lib/page-types.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { drawAllDiagrams } from '../support/diagrams.ts';
import { DIST } from '../support/dist.ts';
import { searchFor } from '../support/search-dialog.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page as it is now; returns the serious and critical violations, one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

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
