import type { Page } from 'playwright-core';

/**
 * Diagrams draw when they come near the viewport: scrolls to each `figure.kb-diagram` in turn and
 * waits until it is drawn or has failed. Returns each figure's final state (`drawn`, `error`).
 */
export async function drawAllDiagrams(page: Page): Promise<string[]> {
  const figures = page.locator('figure.kb-diagram');
  const states: string[] = [];
  for (let index = 0; index < (await figures.count()); index++) {
    const figure = figures.nth(index);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => element?.getAttribute('data-state') === 'drawn' || element?.getAttribute('data-state') === 'error', await figure.elementHandle(), { timeout: 20_000 });
    states.push((await figure.getAttribute('data-state')) ?? '');
  }
  return states;
}
