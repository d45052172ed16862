import type { Page } from 'playwright-core';

/**
 * Scrolls to each diagram (`.kb-diagram`, an inline SVG from the build) in turn and reports what a
 * reader sees there: `drawn` when its SVG is laid out with a size and painted text, else `missing`.
 */
export async function drawAllDiagrams(page: Page): Promise<string[]> {
  const diagrams = page.locator('.kb-diagram');
  const states: string[] = [];
  for (let index = 0; index < (await diagrams.count()); index++) {
    const diagram = diagrams.nth(index);
    await diagram.scrollIntoViewIfNeeded();
    const shown = await diagram.evaluate((element) => {
      const svg = element.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const text = svg?.querySelector('text');
      return Boolean(box && box.width > 0 && box.height > 0 && text && getComputedStyle(text).fill !== 'none');
    });
    states.push(shown ? 'drawn' : 'missing');
  }
  return states;
}
