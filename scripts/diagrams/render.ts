/**
 * Renders every `diagrams/*.mmd` to `diagrams/<name>.svg` with Mermaid in Debian's Chromium, so a
 * build needs no browser and a reader's page no Mermaid. Each SVG follows the site's theme through
 * Starlight's custom properties and is stamped with the hash of its source and of the renderer
 * settings (the tests fail on a stale one). Fails, naming the file, on a diagram Mermaid cannot
 * draw or one whose colours the renderer cannot map.
 *
 *   npm run diagrams:render                              render every diagram
 *   npm run diagrams:render -- diagrams/etcd-lock.mmd    render only these
 *   npm run diagrams:render -- --check                   only verify the SVGs are up to date (no browser)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/lib/chromium.ts';
import { diagramKey, formatRenderStamp } from '../../src/lib/diagram-source.ts';
import { readDiagrams, type DiagramSpec } from '../import/steps/insert-diagrams.ts';
import { comparePixels } from './compare-pixels.ts';
import { staleDiagrams, svgFileOf } from './freshness.ts';
import { labelsOutsideTheirBoxesInPage, unthemedColoursInPage } from './checks-in-page.ts';
import { drawInPage, showInPage, stagePage, themeInPage } from './in-page.ts';
import { mermaidConfig } from './mermaid-config.ts';
import { optimizeSvg } from './optimize-svg.ts';
import { rendererHash } from './renderer-settings.ts';
import { THEME_COLOURS, themedColourTable } from './theme-colours.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIAGRAMS = join(ROOT, 'diagrams');
const MERMAID_BUNDLE = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

/** SVG elements a diagram may contain: drawing, text, definitions; never scripts, links or foreign content. */
const ALLOWED_ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'style', 'defs', 'marker', 'filter', 'feDropShadow', 'feGaussianBlur', 'feOffset', 'feFlood', 'feComposite', 'feMerge', 'feMergeNode', 'feBlend', 'symbol', 'use', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop', 'pattern'];

/** Share of pixels that may differ from Mermaid's own drawing after optimization (edges of rounded coordinates). */
const PIXEL_TOLERANCE = 0.002;

export interface RenderResult {
  file: string;
  key: string;
  /** The finished SVG (without its stamp). */
  svg?: string;
  width?: number;
  height?: number;
  /** Why the diagram cannot be used, one line each. */
  errors: string[];
}

/** The SVG's root id: it scopes Mermaid's stylesheet, so it must be unique on a page (each diagram is on one page). */
export function svgIdOf(file: string): string {
  return `kb-svg-${basename(file, '.mmd')}`;
}

/** Distinct colours for the theme variables, unlike any placeholder: a colour that stays is not themed. */
function probePalette(): Record<string, string> {
  return Object.fromEntries(Object.values(THEME_COLOURS).map(({ variable }, index) => [variable, `rgb(7, ${10 + index * 20}, 201)`]));
}

/**
 * Draws, themes, optimizes and checks each diagram, all in one page: the output does not depend
 * on what was drawn before (unreferenced ids go, rough.js is seeded), so one diagram or all give
 * the same files.
 */
export async function renderDiagrams(diagrams: Pick<DiagramSpec, 'file' | 'source'>[], browser?: Browser): Promise<RenderResult[]> {
  const ownBrowser = browser ? undefined : await launchChromium();
  const context = await (browser ?? ownBrowser!).newContext({ viewport: { width: 1600, height: 1200 } });
  const placeholders = Object.fromEntries(Object.values(THEME_COLOURS).map(({ variable, placeholder }) => [variable, placeholder]));
  const mermaidSource = readFileSync(MERMAID_BUNDLE, 'utf8');
  try {
    const results: RenderResult[] = [];
    const page = await context.newPage();
    await page.setContent(stagePage(placeholders));
    await page.addScriptTag({ content: mermaidSource });
    for (const diagram of diagrams) results.push(await renderOne(page, diagram));
    return results;
  } finally {
    await context.close();
    await ownBrowser?.close();
  }
}

async function renderOne(page: Page, diagram: Pick<DiagramSpec, 'file' | 'source'>): Promise<RenderResult> {
  const base = { file: diagram.file, key: diagramKey(diagram.source) };
  const drawn = await page.evaluate(drawInPage, { source: diagram.source, config: mermaidConfig(), id: svgIdOf(diagram.file) });
  if ('error' in drawn) return { ...base, errors: [`Mermaid cannot draw it: ${drawn.error}`] };
  const stage = page.locator('#stage');
  const mermaidDrawing = await stage.screenshot();
  const themed = await page.evaluate(themeInPage, { colours: themedColourTable(), allowedElements: ALLOWED_ELEMENTS });
  const svg = optimizeSvg(themed.svg);
  await page.evaluate(showInPage, svg);
  const errors = [...themed.problems];
  const leftover = /<style[^>]*>([\s\S]*?)<\/style>/.exec(svg)?.[1];
  if (leftover) errors.push(`SVGO could not move these style rules into attributes (pages get no <style>): ${leftover.slice(0, 300)}`);
  const difference = await comparePixels(mermaidDrawing, await stage.screenshot());
  if (!difference.sameSize || difference.differing > difference.total * PIXEL_TOLERANCE) {
    errors.push(`the finished SVG does not look like Mermaid's drawing (${difference.sameSize ? `${difference.differing} of ${difference.total} pixels differ` : 'size differs'})`);
  }
  for (const colour of await page.evaluate(unthemedColoursInPage, probePalette())) errors.push(`does not follow the theme: ${colour}`);
  const [outside = []] = await page.evaluate(labelsOutsideTheirBoxesInPage, '#stage > svg');
  for (const label of outside) errors.push(`label sticks out of its box (break the line with <br/>): ${label}`);
  return { ...base, svg, width: drawn.width, height: drawn.height, errors };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--check')) {
    const stale = staleDiagrams(DIAGRAMS);
    for (const diagram of stale) console.error(`${diagram.file}: ${diagram.reason}`);
    if (stale.length > 0) {
      console.error('run `npm run diagrams:render`');
      process.exit(1);
    }
    console.log('every diagram SVG is up to date');
    return;
  }
  const all = readDiagrams(DIAGRAMS);
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((file) => !all.some((diagram) => diagram.file === file));
  if (unknown.length > 0) {
    console.error(`no such diagram: ${unknown.join(', ')} (give paths like diagrams/etcd-lock.mmd)`);
    process.exit(2);
  }
  const chosen = wanted.length > 0 ? all.filter((diagram) => wanted.includes(diagram.file)) : all;
  const renderer = rendererHash();
  const results = await renderDiagrams(chosen);
  for (const result of results) {
    if (result.errors.length > 0) {
      for (const error of result.errors) console.error(`${result.file}: ${error}`);
      continue;
    }
    const target = join(ROOT, svgFileOf(result.file));
    writeFileSync(target, `${formatRenderStamp({ source: result.file, key: result.key, renderer })}${result.svg}\n`);
    console.log(`${svgFileOf(result.file)}: ${result.width} × ${result.height}, ${Buffer.byteLength(result.svg!)} bytes`);
  }
  // A drawing whose source is gone would otherwise linger in the repository.
  if (wanted.length === 0) {
    for (const orphan of staleDiagrams(DIAGRAMS).filter((diagram) => diagram.reason === 'has no .mmd source any more')) {
      rmSync(join(ROOT, orphan.file));
      console.log(`${orphan.file}: removed (no source)`);
    }
  }
  if (results.some((result) => result.errors.length > 0)) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
