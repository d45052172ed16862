import { describe, expect, it } from 'vitest';
import { representativePages } from '../../bench/lib/page-types.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { drawAllDiagrams } from '../support/diagrams.ts';
import { DIST } from '../support/dist.ts';
import { searchFor } from '../support/search-dialog.ts';

/** The 404 page's own document is the one request allowed to fail. */
const withoutDocument404 = (errors: string[]) => errors.filter((error) => !/status of 404/.test(error));

describe('Content-Security-Policy in Chromium', () => {
  const browser = useBrowser();

  for (const { kind, label, path } of representativePages(DIST)) {
    it(`${label} runs with no CSP violation and no console error`, async () => {
      const { context, page, log } = await openPage(browser());
      const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
      // Every diagram (inline SVG with style attributes) is shown under the policy.
      if (kind === 'diagram') expect(new Set(await drawAllDiagrams(page))).toEqual(new Set(['drawn']));
      expect(log.cspViolations).toEqual([]);
      expect(kind === '404' ? withoutDocument404(log.errors) : log.errors).toEqual([]);
      await context.close();
    });
  }

  it('lets Pagefind search (WebAssembly on the page’s main thread, no worker) run under the policy', async () => {
    const { context, page, log } = await openPage(browser());
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(siteUrl(''), { waitUntil: 'networkidle' });
    await page.locator('button[data-open-modal]').click();
    await searchFor(page, 'etcd');
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
    expect(workers).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('blocks a script the build did not emit (the policy is enforced, not decorative)', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl(''), { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(log.cspViolations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    await context.close();
  });
});
