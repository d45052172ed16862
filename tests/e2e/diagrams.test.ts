import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureFirstVisit, type FirstVisit } from '../../bench/lib/first-visit.ts';
import { representativePages } from '../../bench/lib/page-types.ts';
import { labelsOutsideTheirBoxesInPage } from '../../scripts/diagrams/checks-in-page.ts';
import { THEME_COLOURS } from '../../scripts/diagrams/theme-colours.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';
import { builtPages, DIST, readBuilt, urlPathOf } from '../support/dist.ts';

type Theme = 'light' | 'dark';

const diagramFiles = builtPages().filter((file) => readBuilt(file).includes('<div class="kb-diagram"'));
const diagramPages = diagramFiles.map(urlPathOf);
const firstWidth = (file: string) => Number(/--kb-diagram-width: ([\d.]+)/.exec(readBuilt(file))?.[1] ?? 0);
/** The page whose first diagram is the widest: drawn below its natural size on a phone, so it has a zoom control. */
const widePage = urlPathOf([...diagramFiles].sort((a, b) => firstWidth(b) - firstWidth(a))[0]!);
const THEME_VARIABLES = Object.values(THEME_COLOURS).map((colour) => colour.variable);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The budget for a diagram page's first visit, images aside, and for the script it runs. */
const PAGE_BUDGET = 60 * 1024;
const SCRIPT_BUDGET = 15 * 1024;

/** Opens a page in one theme, recording every layout shift and whether a diagram caused it. */
async function openDiagramPage(browser: Browser, path: string, theme: Theme, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, { colorScheme: theme, ...options });
  await opened.context.addInitScript((chosen) => {
    localStorage.setItem('starlight-theme', chosen);
    const shifts: { value: number; diagram: boolean }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node | null }[] }[]) {
        const diagram = (entry.sources ?? []).some((source) => {
          const element = source.node instanceof Element ? source.node : source.node?.parentElement;
          return Boolean(element?.closest('.kb-diagram') || element?.querySelector?.('.kb-diagram'));
        });
        shifts.push({ value: entry.value, diagram });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, theme);
  await opened.page.goto(siteUrl(path), { waitUntil: 'load' });
  return opened;
}

interface Observed {
  key: string;
  /** The SVG as laid out, and its natural size (the viewBox). */
  box: { width: number; height: number };
  natural: { width: number; height: number };
  canvasWidth: number;
  caption: string;
  svgTitle: string;
  svgDescription: string;
  texts: number;
  /** Painted colours (fill and stroke of shapes and text) that are none of the theme's colours. */
  foreignColours: string[];
  /** Which theme colours the drawing paints with. */
  usedVariables: string[];
  zoomVisible: boolean;
  frameScrolls: boolean;
}

/** What each diagram on the page looks like to a reader, measured in the page (runs with JavaScript off too). */
function observeDiagrams(variables: string[]): Observed[] {
  const probe = document.createElement('i');
  document.body.append(probe);
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const themeColours = new Map(variables.map((variable) => [resolve(`var(${variable})`), variable]));
  const observed = [...document.querySelectorAll<HTMLElement>('.kb-diagram')].map((block) => {
    const svg = block.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const painted = [...svg.querySelectorAll('rect, path, circle, ellipse, polygon, polyline, line, text, tspan')].filter((element) => !element.closest('defs, marker'));
    const foreign = new Set<string>();
    const used = new Set<string>();
    for (const element of painted) {
      const style = getComputedStyle(element);
      for (const property of ['fill', 'stroke'] as const) {
        const value = style[property];
        if (value === 'none' || value.startsWith('url(') || value === 'rgba(0, 0, 0, 0)') continue;
        if (property === 'fill' && element.localName === 'line') continue;
        const variable = themeColours.get(resolve(value));
        if (variable) used.add(variable);
        else foreign.add(`<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${property} ${value}`);
      }
    }
    const frame = block.querySelector<HTMLElement>('.kb-diagram__frame')!;
    const zoom = block.querySelector<HTMLElement>('.kb-diagram__zoom')!;
    return {
      key: block.dataset.diagram ?? '',
      box: { width: box.width, height: box.height },
      natural: { width, height },
      canvasWidth: block.querySelector('.kb-diagram__canvas')!.getBoundingClientRect().width,
      caption: block.querySelector('figcaption')?.textContent ?? '',
      svgTitle: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      svgDescription: document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      texts: svg.querySelectorAll('text').length,
      foreignColours: [...foreign],
      usedVariables: [...used],
      zoomVisible: zoom.checkVisibility(),
      frameScrolls: frame.scrollWidth > frame.clientWidth + 1,
    };
  });
  probe.remove();
  return observed;
}

/** What each diagram looks like, with the labels that stick out of the box drawn around them. */
async function observe(page: Page): Promise<(Observed & { overflowingLabels: string[] })[]> {
  const observed = await page.evaluate(observeDiagrams, THEME_VARIABLES);
  const outside = await page.evaluate(labelsOutsideTheirBoxesInPage, '.kb-diagram svg');
  return observed.map((diagram, index) => ({ ...diagram, overflowingLabels: outside[index] ?? [] }));
}

describe('pre-rendered diagrams in real Chromium', () => {
  const browser = useBrowser();

  it('are on the pages the importer put them on', () => {
    expect(diagramPages.length).toBeGreaterThanOrEqual(8);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows every diagram in the ${theme} theme's colours, named, described, legible, without layout shift or script error`, async () => {
      for (const path of diagramPages) {
        const { context, page, log } = await openDiagramPage(browser(), path, theme);
        try {
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          for (const diagram of await observe(page)) {
            const where = `${path} ${diagram.key}`;
            expect(diagram.box.width, where).toBeGreaterThan(100);
            expect(diagram.box.width / diagram.box.height, where).toBeCloseTo(diagram.natural.width / diagram.natural.height, 2);
            expect(diagram.texts, where).toBeGreaterThan(0);
            expect(diagram.svgTitle, where).toBe(diagram.caption);
            expect(diagram.svgDescription.length, where).toBeGreaterThan(10);
            // Every painted colour is one of Starlight's, as this theme sets it.
            expect(diagram.foreignColours, where).toEqual([]);
            // ...and there are such colours (a drawing with none would pass the line above).
            expect(diagram.usedVariables.length, where).toBeGreaterThanOrEqual(3);
            expect(diagram.overflowingLabels, where).toEqual([]);
            // At desktop width the zoom control is there exactly when the drawing is shown below its natural size.
            expect(diagram.zoomVisible, where).toBe(diagram.canvasWidth < diagram.natural.width - 0.5);
            expect(diagram.frameScrolls, where).toBe(false);
          }
          const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; diagram: boolean }[] }).__shifts);
          expect(shifts.filter((shift) => shift.diagram), path).toEqual([]);
          expect(log.errors, path).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }, 180_000);
  }

  it('follows the theme select and the system setting with no script of its own, in the same box', async () => {
    const { context, page } = await openDiagramPage(browser(), diagramPages[0]!, 'light');
    try {
      const read = () =>
        page.locator('.kb-diagram').first().evaluate((block) => {
          const shape = block.querySelector('svg rect')!;
          const text = block.querySelector('svg text')!;
          return { shape: getComputedStyle(shape).fill, text: getComputedStyle(text).fill, height: block.getBoundingClientRect().height };
        });
      const light = await read();
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      const dark = await read();
      expect(dark.shape).not.toBe(light.shape);
      expect(dark.text).not.toBe(light.text);
      expect(dark.height).toBeCloseTo(light.height, 1);
      // "Auto" follows the system setting.
      await page.locator('starlight-theme-select select').first().selectOption('auto');
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await read()).toEqual(light);
    } finally {
      await context.close();
    }
  });

  it('shows every diagram with JavaScript disabled, in the theme the page shows', async () => {
    for (const path of diagramPages) {
      const { context, page, log } = await openPage(browser(), { javaScriptEnabled: false });
      try {
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        for (const diagram of await observe(page)) {
          const where = `${path} ${diagram.key}`;
          expect(diagram.box.width, where).toBeGreaterThan(100);
          expect(diagram.box.height, where).toBeGreaterThan(50);
          expect(diagram.texts, where).toBeGreaterThan(0);
          expect(diagram.foreignColours, where).toEqual([]);
        }
        expect(log.errors, path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('keeps diagram text real text: the browser’s find lands inside the drawing', async () => {
    const { context, page } = await openPage(browser());
    try {
      await page.goto(siteUrl(diagramPages[0]!), { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const label = [...document.querySelectorAll('.kb-diagram svg text')].map((text) => text.textContent?.trim() ?? '').find((text) => text.length > 3)!;
        const find = (window as unknown as { find: (text: string, caseSensitive: boolean, backwards: boolean, wrapAround: boolean) => boolean }).find;
        getSelection()?.removeAllRanges();
        // The words may also occur in the prose before the drawing: find again until a hit is in it.
        let hit = false;
        let inDrawing = false;
        for (let tries = 0; tries < 20 && !inDrawing; tries++) {
          hit = find(label, false, false, false);
          if (!hit) break;
          inDrawing = Boolean(getSelection()?.anchorNode?.parentElement?.closest('.kb-diagram svg'));
        }
        return { label, hit, inDrawing, selected: getSelection()?.toString() };
      });
      expect(found.hit, found.label).toBe(true);
      expect(found.inDrawing, found.label).toBe(true);
      expect(found.selected).toBe(found.label);
    } finally {
      await context.close();
    }
  });

  it('keeps wide diagrams legible on a 390 px phone: they scroll inside their box, the page does not, and offer full size', async () => {
    for (const path of diagramPages) {
      const { context, page } = await openDiagramPage(browser(), path, 'light', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      try {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
        for (const diagram of await observe(page)) {
          const where = `${path} ${diagram.key}`;
          // 16 px labels stay at least 12 px.
          expect(diagram.box.width / diagram.natural.width, where).toBeGreaterThanOrEqual(0.74);
          const reduced = diagram.canvasWidth < diagram.natural.width - 0.5;
          expect(diagram.zoomVisible, where).toBe(reduced);
          // A frame that scrolls holds something a keyboard can reach (the zoom button).
          if (diagram.frameScrolls) expect(diagram.zoomVisible, where).toBe(true);
          expect(diagram.overflowingLabels, where).toEqual([]);
        }
      } finally {
        await context.close();
      }
    }
  }, 180_000);

  for (const javaScriptEnabled of [true, false]) {
    it(`opens a large diagram at full size and closes it again (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, javaScriptEnabled });
      try {
        await page.goto(siteUrl(widePage), { waitUntil: 'load' });
        const block = page.locator('.kb-diagram').first();
        const zoom = block.locator('.kb-diagram__zoom');
        await zoom.scrollIntoViewIfNeeded();
        const state = () =>
          block.evaluate((element) => {
            const popover = element.querySelector('[popover]')!;
            const svg = popover.querySelector('svg')!.getBoundingClientRect();
            const [, , width, height] = popover.querySelector('svg')!.getAttribute('viewBox')!.split(/[\s,]+/).map(Number);
            return { open: popover.matches(':popover-open'), size: [Math.round(svg.width), Math.round(svg.height)], natural: [Math.round(width!), Math.round(height!)], focus: document.activeElement?.className, pageWidth: document.documentElement.scrollWidth };
          });
        const before = await state();
        expect(before.open).toBe(false);
        expect(before.size[0]).toBeLessThan(before.natural[0]!);
        await zoom.click();
        const open = await state();
        expect(open).toMatchObject({ open: true, focus: 'kb-diagram__close', pageWidth: 390 });
        expect(open.size).toEqual(open.natural);
        await page.keyboard.press('Escape');
        expect(await state()).toMatchObject({ open: false, focus: 'kb-diagram__zoom', size: before.size });
        await zoom.click();
        await block.locator('.kb-diagram__close').click();
        expect((await state()).open).toBe(false);
      } finally {
        await context.close();
      }
    });
  }

  it('prints every diagram whole, within the page width, in light colours', async () => {
    for (const path of diagramPages) {
      const { context, page } = await openDiagramPage(browser(), path, 'dark');
      try {
        await page.emulateMedia({ media: 'print' });
        for (const diagram of await observe(page)) {
          const where = `${path} ${diagram.key}`;
          expect(diagram.box.width, where).toBeGreaterThan(100);
          expect(diagram.frameScrolls, where).toBe(false);
          expect(diagram.zoomVisible, where).toBe(false);
          expect(diagram.foreignColours, where).toEqual([]);
        }
        // Starlight prints in light colours; the diagrams follow (light text on white would vanish).
        const text = await page.locator('.kb-diagram svg text').first().evaluate((element) => getComputedStyle(element).fill);
        await page.emulateMedia({ media: 'screen' });
        await page.locator('starlight-theme-select select').first().selectOption('light');
        expect(await page.locator('.kb-diagram svg text').first().evaluate((element) => getComputedStyle(element).fill), path).toBe(text);
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('passes axe with the full-size view open, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      // axe is test tooling injected into the page: the site's Content-Security-Policy is bypassed for it.
      const { context, page } = await openDiagramPage(browser(), widePage, theme, { bypassCSP: true, viewport: { width: 390, height: 844 } });
      try {
        await page.locator('.kb-diagram__zoom').first().click();
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<AxeResults> } }).axe;
          const result = await axe.run({ include: [['.kb-diagram']] }, { resultTypes: ['violations'] });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        expect(violations, theme).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe('diagram page weight (bytes, not timings)', () => {
  const browser = useBrowser();
  let plain: FirstVisit[] = [];

  it('measures the pages without diagrams the diagram pages are compared with', async () => {
    const kinds = ['answer', 'code', 'table'];
    const pages = representativePages(DIST).filter((page) => kinds.includes(page.kind));
    plain = await Promise.all(pages.map((page) => measureFirstVisit(browser(), siteUrl(page.path))));
    expect(plain.length).toBe(kinds.length);
  });

  it.each(diagramPages)(`first visit of %s: at most ${PAGE_BUDGET / 1024} KB gzip, and only the script a page without diagrams runs`, async (path) => {
    const visit = await measureFirstVisit(browser(), siteUrl(path));
    expect(visit.weight.total).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(visit.weight.js).toBeLessThanOrEqual(SCRIPT_BUDGET);
    const plainScripts = new Set(plain.flatMap((page) => page.files.filter((file) => file.kind === 'js').map((file) => file.path)));
    expect(visit.files.filter((file) => file.kind === 'js' && !plainScripts.has(file.path)).map((file) => file.path)).toEqual([]);
  });
});
