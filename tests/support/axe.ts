import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is now; returns the serious and critical violations, one line
 * per element. axe is test tooling injected into the page: open the page with `bypassCSP: true`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await codeBlocksSettled(page);
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

/**
 * Expressive Code makes a code block that overflows keyboard-scrollable (tabindex, role=region)
 * from an idle callback after load, and again when fonts change the layout. On a busy machine
 * axe could run first and report scrollable-region-focusable for a block a reader never sees
 * that way; so wait until the fonts are in and every overflowing block has its tabindex. The
 * limit only catches a page where that never happens (which would be the real defect).
 */
async function codeBlocksSettled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
        (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
      ),
    undefined,
    { timeout: 45_000, polling: 250 },
  );
}
