/**
 * Draws every diagram in diagrams/*.mmd with Mermaid in Chromium and records its size in
 * diagrams/sizes.json (keyed by a hash of its source), so each page reserves the exact box before
 * the browser draws it. Fails, naming the file, on a diagram Mermaid cannot parse.
 *
 *   node scripts/measure-diagrams.ts           write diagrams/sizes.json
 *   node scripts/measure-diagrams.ts --check   only verify it is up to date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { MermaidConfig } from 'mermaid';
import { readDiagrams } from './import/steps/insert-diagrams.ts';
import { diagramKey, type DiagramSizes } from '../src/lib/diagram-source.ts';
import { mermaidConfig, MEASURING_PALETTE } from '../src/components/diagrams/mermaid-config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIAGRAMS = join(ROOT, 'diagrams');
const SIZES_FILE = join(DIAGRAMS, 'sizes.json');
const MERMAID_BUNDLE = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

export interface DrawResult {
  file: string;
  key: string;
  width?: number;
  height?: number;
  error?: string;
}

/** Draws each source in one Chromium page with the site's Mermaid configuration. */
export async function drawDiagrams(diagrams: { file: string; source: string }[]): Promise<DrawResult[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    const config = mermaidConfig(MEASURING_PALETTE);
    const results: DrawResult[] = [];
    for (const [index, diagram] of diagrams.entries()) {
      const drawn = await page.evaluate(drawInPage, { source: diagram.source, config, id: `measure-${index}` });
      results.push({ file: diagram.file, key: diagramKey(diagram.source), ...drawn });
    }
    return results;
  } finally {
    await browser.close();
  }
}

interface MermaidGlobal {
  initialize(config: MermaidConfig): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/** Runs in the page: Mermaid's UMD bundle is on `window.mermaid`. */
async function drawInPage({ source, config, id }: { source: string; config: MermaidConfig; id: string }): Promise<Omit<DrawResult, 'file' | 'key'>> {
  const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
  mermaid.initialize(config);
  try {
    const { svg } = await mermaid.render(id, source);
    const [, , width = 0, height = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
    if (!(width > 0 && height > 0)) return { error: 'the drawing has no viewBox size' };
    return { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const results = await drawDiagrams(readDiagrams(DIAGRAMS));
  const failed = results.filter((result) => result.error);
  for (const result of failed) console.error(`${result.file}: Mermaid cannot draw it: ${result.error}`);
  if (failed.length > 0) process.exit(1);
  const sizes: DiagramSizes = {};
  for (const result of [...results].sort((a, b) => a.key.localeCompare(b.key))) sizes[result.key] = { width: result.width!, height: result.height! };
  const text = `${JSON.stringify(sizes, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(SIZES_FILE, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('diagrams/sizes.json is out of date: run `npm run diagrams:measure`');
      process.exit(1);
    }
    console.log(`${results.length} diagrams, sizes up to date`);
    return;
  }
  writeFileSync(SIZES_FILE, text);
  for (const result of results) console.log(`${result.file}: ${result.width} × ${result.height}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
