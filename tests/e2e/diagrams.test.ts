import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramSizes } from '../../src/lib/diagram-source.ts';
import { launchBrowser, openPage, siteUrl, type ConsoleLog } from '../support/browser.ts';
import { builtPages, readBuilt, ROOT, urlPathOf } from '../support/dist.ts';

type Theme = 'light' | 'dark';

const sizes = JSON.parse(readFileSync(join(ROOT, 'diagrams/sizes.json'), 'utf8')) as DiagramSizes;
const pages = builtPages();
const diagramPages = pages.filter((file) => readBuilt(file).includes('<figure class="kb-diagram"')).map(urlPathOf);
const plainPages = pages.filter((file) => !readBuilt(file).includes('class="kb-diagram')).map(urlPathOf);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface Observed {
  key: string;
  state: string | undefined;
  drawnTheme: string | undefined;
  caption: string;
  svgTitle: string | null;
  svgDescription: string | null;
  viewBox: number[];
  alerts: number;
  before: { width: number; height: number; figureHeight: number };
  after: { width: number; height: number; figureHeight: number };
}

/**
 * Opens a page in one theme, with two recorders installed before any script runs: every
 * layout shift (and whether a diagram caused it), and each diagram box as laid out at
 * DOMContentLoaded, before the renderer could draw anything.
 */
async function openDiagramPage(browser: Browser, path: string, theme: Theme, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, { colorScheme: theme, ...options });
  const { context, page } = opened;
  const failedAssets: string[] = [];
  // Remote note images are not the site's business here: answer them locally.
  await context.route((url) => url.host !== new URL(siteUrl()).host, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  page.on('response', (response) => {
    if (response.url().includes('/_astro/') && response.status() >= 400) failedAssets.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (request.url().includes('/_astro/')) failedAssets.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  await context.addInitScript((chosen) => {
    localStorage.setItem('starlight-theme', chosen);
    const record = { shifts: [] as { value: number; diagram: boolean }[], boxes: [] as { width: number; height: number; figureHeight: number }[] };
    (window as unknown as { __diagramTest: typeof record }).__diagramTest = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node | null }[] }[]) {
        const diagram = (entry.sources ?? []).some((source) => {
          const node = source.node;
          const element = node instanceof Element ? node : node?.parentElement;
          return Boolean(element?.closest('.kb-diagram') || element?.querySelector?.('.kb-diagram'));
        });
        record.shifts.push({ value: entry.value, diagram });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      record.boxes = [...document.querySelectorAll('figure.kb-diagram')].map((figure) => {
        const canvas = figure.querySelector('.kb-diagram__canvas')!.getBoundingClientRect();
        return { width: canvas.width, height: canvas.height, figureHeight: figure.getBoundingClientRect().height };
      });
    });
  }, theme);
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { ...opened, failedAssets };
}

/** Scrolls each diagram into view (they draw lazily), waits for it, and reports what it became. */
async function drawAll(page: Page): Promise<Observed[]> {
  const count = await page.locator('figure.kb-diagram').count();
  for (let index = 0; index < count; index++) {
    await page.locator('figure.kb-diagram').nth(index).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => {
      const state = document.querySelectorAll<HTMLElement>('figure.kb-diagram')[i]?.dataset.state;
      return state === 'drawn' || state === 'error';
    }, index, { timeout: 30_000 });
  }
  return page.evaluate(() => {
    const record = (window as unknown as { __diagramTest: { boxes: { width: number; height: number; figureHeight: number }[] } }).__diagramTest;
    return [...document.querySelectorAll<HTMLElement>('figure.kb-diagram')].map((figure, index) => {
      const canvas = figure.querySelector('.kb-diagram__canvas')!.getBoundingClientRect();
      const svg = figure.querySelector('.kb-diagram__canvas > svg');
      return {
        key: figure.dataset.diagram ?? '',
        state: figure.dataset.state,
        drawnTheme: figure.dataset.drawnTheme,
        caption: figure.querySelector('figcaption')?.textContent ?? '',
        svgTitle: svg?.querySelector(':scope > title')?.textContent ?? null,
        svgDescription: svg?.querySelector(':scope > desc')?.textContent ?? null,
        viewBox: (svg?.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number),
        alerts: figure.querySelectorAll('[role="alert"]').length,
        before: record.boxes[index]!,
        after: { width: canvas.width, height: canvas.height, figureHeight: figure.getBoundingClientRect().height },
      };
    });
  });
}

function layoutShifts(page: Page): Promise<{ value: number; diagram: boolean }[]> {
  return page.evaluate(() => (window as unknown as { __diagramTest: { shifts: { value: number; diagram: boolean }[] } }).__diagramTest.shifts);
}

/** Console errors other than failed resource loads (those are checked per asset, above). */
function scriptErrors(log: ConsoleLog): string[] {
  return log.errors.filter((error) => !error.startsWith('Failed to load resource'));
}

/** JavaScript the page downloaded that is diagram code: our loader/renderer, or Mermaid itself. */
function collectDiagramCode(page: Page): { loader: string[]; mermaid: string[] } {
  const found = { loader: [] as string[], mermaid: [] as string[] };
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    if (body.includes('kb-diagram')) found.loader.push(response.url());
    else if (body.includes('mermaid')) found.mermaid.push(response.url());
  });
  return found;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Mermaid diagrams in real Chromium', () => {
  it('are on the pages the importer put them on', () => {
    expect(diagramPages.length).toBeGreaterThanOrEqual(8);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(diagramPages)(`draws every diagram on %s as an SVG in the ${theme} theme, without errors or layout shift`, async (path) => {
      const { context, page, log, failedAssets } = await openDiagramPage(browser, path, theme);
      try {
        const figures = await drawAll(page);
        expect(figures.length).toBeGreaterThan(0);
        for (const figure of figures) {
          expect(figure, figure.key).toMatchObject({ state: 'drawn', drawnTheme: theme, alerts: 0 });
          // Mermaid's own accessible title and description, from accTitle/accDescr.
          expect(figure.svgTitle, figure.key).toBe(figure.caption);
          expect(figure.svgDescription?.length ?? 0, figure.key).toBeGreaterThan(10);
          // The drawing has the measured size, so the reserved box was exact...
          const size = sizes[figure.key]!;
          expect(figure.viewBox[2]!, figure.key).toBeCloseTo(size.width, 0);
          expect(figure.viewBox[3]!, figure.key).toBeCloseTo(size.height, 0);
          // ...and drawing it moved nothing: the box is as it was before any script ran.
          expect(Math.abs(figure.after.height - figure.before.height), figure.key).toBeLessThan(0.5);
          expect(Math.abs(figure.after.figureHeight - figure.before.figureHeight), figure.key).toBeLessThan(0.5);
        }
        // At desktop width every diagram fits its column at a legible scale: none scrolls.
        expect(await page.locator('figure.kb-diagram[data-overflow]').count()).toBe(0);
        const shifts = await layoutShifts(page);
        expect(shifts.filter((shift) => shift.diagram)).toEqual([]);
        expect(scriptErrors(log)).toEqual([]);
        expect(failedAssets).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('redraws in the new colours when the reader switches theme, in the same box', async () => {
    const path = diagramPages[0]!;
    const { context, page, log } = await openDiagramPage(browser, path, 'light');
    try {
      await drawAll(page);
      const figure = page.locator('figure.kb-diagram').first();
      const read = () =>
        figure.evaluate((element) => {
          const shape = element.querySelector('svg rect, svg path, svg polygon');
          return { fill: shape ? getComputedStyle(shape).fill : '', height: element.getBoundingClientRect().height, theme: (element as HTMLElement).dataset.drawnTheme };
        });
      const light = await read();
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('figure.kb-diagram')?.dataset.drawnTheme === 'dark');
      const dark = await read();
      expect(light.theme).toBe('light');
      expect(dark.fill).not.toBe(light.fill);
      expect(dark.height).toBeCloseTo(light.height, 1);
      expect((await layoutShifts(page)).filter((shift) => shift.diagram)).toEqual([]);
      expect(scriptErrors(log)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('passes axe checks once drawn, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      // axe is test tooling injected into the page: the site's Content-Security-Policy is bypassed for it.
      const { context, page } = await openDiagramPage(browser, diagramPages[0]!, theme, { bypassCSP: true });
      try {
        await drawAll(page);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const result = await axe.run({ include: [['figure.kb-diagram']] });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        expect(violations, theme).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('shows a readable error in place of a broken diagram, never a blank box', async () => {
    const path = diagramPages[0]!;
    const { context, page, log } = await openPage(browser);
    try {
      await page.route(siteUrl(path), async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/(<pre class="kb-diagram__code"[^>]*>)[\s\S]*?(<\/pre>)/, '$1flowchart TD\n  A --> B --> ($2');
        await route.fulfill({ response, body: html });
      });
      await page.goto(siteUrl(path));
      const figure = page.locator('figure.kb-diagram').first();
      await figure.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('figure.kb-diagram')?.dataset.state === 'error');
      const alert = figure.locator('[role="alert"]');
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toMatch(/Mermaid 源码有误[\s\S]*\S/);
      expect(await figure.locator('svg').count()).toBe(0);
      expect(await figure.locator('details').getAttribute('open')).not.toBeNull();
      expect(log.errors.some((error) => error.includes('failed to render'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps wide diagrams legible on a 390 px phone: they scroll inside their box, the page does not', async () => {
    for (const path of diagramPages) {
      const { context, page } = await openDiagramPage(browser, path, 'light', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      try {
        await drawAll(page);
        const result = await page.evaluate(() => ({
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          figures: [...document.querySelectorAll<HTMLElement>('figure.kb-diagram')].map((figure) => {
            const viewport = figure.querySelector<HTMLElement>('.kb-diagram__viewport')!;
            const svg = figure.querySelector('svg')!;
            const scrolls = viewport.scrollWidth > viewport.clientWidth + 1;
            return {
              key: figure.dataset.diagram,
              // How much of the drawn size is left: 16 px labels stay at least 12 px.
              scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(/[\s,]+/)[2]),
              scrolls,
              reachable: !scrolls || (viewport.tabIndex === 0 && figure.dataset.overflow !== undefined),
            };
          }),
        }));
        expect(result.pageOverflow, path).toBeLessThanOrEqual(0);
        for (const figure of result.figures) {
          expect(figure.scale, `${path} ${figure.key}`).toBeGreaterThanOrEqual(0.74);
          expect(figure.reachable, `${path} ${figure.key}`).toBe(true);
        }
      } finally {
        await context.close();
      }
    }
  }, 180_000);
});

describe('Mermaid code stays off pages without diagrams', () => {
  it('is downloaded on a diagram page (the check below can see it)', async () => {
    const { context, page } = await openDiagramPage(browser, diagramPages[0]!, 'light');
    const found = collectDiagramCode(page);
    try {
      await page.reload({ waitUntil: 'load' });
      await drawAll(page);
      await page.waitForLoadState('networkidle');
      expect(found.loader.length).toBeGreaterThan(0);
      expect(found.mermaid.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('is never requested by the other pages', async () => {
    expect(plainPages.length).toBeGreaterThan(20);
    const { context, page } = await openPage(browser);
    await context.route((url) => url.host !== new URL(siteUrl()).host, (route) => route.abort());
    const found = collectDiagramCode(page);
    try {
      // The loader itself is what would fetch Mermaid, so a page that loads no loader is clean.
      for (const path of plainPages) await page.goto(siteUrl(path), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      expect([...found.loader, ...found.mermaid]).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
