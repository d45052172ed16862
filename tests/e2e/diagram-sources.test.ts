import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgFileOf } from '../../scripts/diagrams/freshness.ts';
import { renderDiagrams } from '../../scripts/diagrams/render.ts';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { readRenderedDiagrams } from '../../src/lib/rendered-diagrams.ts';
import { useBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';

const DIAGRAMS = join(ROOT, 'diagrams');

/**
 * Every diagram source goes through the whole renderer again (Mermaid in this machine's Chromium,
 * theming, optimization, the pixel and colour checks). The freshness test compares hashes without
 * a browser; this one notices when this Chromium and its fonts no longer draw what is stored.
 */
describe('diagrams/*.mmd under Mermaid in Chromium', () => {
  const browser = useBrowser();

  it('draws every diagram again, with no error, at the size stored in its SVG', async () => {
    const stored = new Map(readRenderedDiagrams(DIAGRAMS).map((diagram) => [diagram.file, diagram]));
    const results = await renderDiagrams(readDiagrams(DIAGRAMS), browser());
    expect(results.flatMap((result) => result.errors.map((error) => `${result.file}: ${error}`))).toEqual([]);
    const drifted = results.filter((result) => {
      const svg = stored.get(svgFileOf(result.file));
      return !svg || Math.abs(svg.width - result.width!) > 1 || Math.abs(svg.height - result.height!) > 1;
    });
    expect(drifted.map((result) => `${result.file}: ${result.width} × ${result.height}`), 'run `npm run diagrams:render`').toEqual([]);
  }, 300_000);

  it('reports a broken diagram by file', async () => {
    const [result] = await renderDiagrams([{ file: 'diagrams/broken.mmd', source: 'sequenceDiagram\n  A->>: 没有接收方' }], browser());
    expect(result?.file).toBe('diagrams/broken.mmd');
    expect(result?.errors.join('\n')).toMatch(/Mermaid cannot draw it/);
    expect(result?.svg).toBeUndefined();
  });
});
