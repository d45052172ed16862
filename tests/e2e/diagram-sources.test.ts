import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { drawDiagrams } from '../../scripts/measure-diagrams.ts';
import type { DiagramSizes } from '../../src/lib/diagram-source.ts';
import { ROOT } from '../support/dist.ts';

/** Every diagram source goes through Mermaid itself, in Chromium, with the site's configuration. */
describe('diagrams/*.mmd under Mermaid', () => {
  it('parses and draws every diagram', async () => {
    const sizes = JSON.parse(readFileSync(join(ROOT, 'diagrams/sizes.json'), 'utf8')) as DiagramSizes;
    const results = await drawDiagrams(readDiagrams(join(ROOT, 'diagrams')));
    expect(results.filter((result) => result.error).map((result) => `${result.file}: ${result.error}`)).toEqual([]);
    // The reserved boxes come from diagrams/sizes.json: they must match what Mermaid draws here.
    const drifted = results.filter((result) => {
      const size = sizes[result.key];
      return !size || Math.abs(size.width - result.width!) > 1 || Math.abs(size.height - result.height!) > 1;
    });
    expect(drifted.map((result) => result.file), 'run `npm run diagrams:measure`').toEqual([]);
  });

  it('reports a broken diagram by file', async () => {
    const [result] = await drawDiagrams([{ file: 'diagrams/broken.mmd', source: 'sequenceDiagram\n  A->>: 没有接收方' }]);
    expect(result?.file).toBe('diagrams/broken.mmd');
    expect(result?.error).toBeTruthy();
  });
});
