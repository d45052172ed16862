import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { diagramKey, diagramLabels, type DiagramSizes } from '../../src/lib/diagram-source.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const diagrams = readDiagrams(join(ROOT, 'diagrams'));
const sizes = JSON.parse(readFileSync(join(ROOT, 'diagrams/sizes.json'), 'utf8')) as DiagramSizes;

function generatedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return generatedPages(path);
    return /\.mdx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('diagrams/*.mmd', () => {
  it('draws at least 12 of the flows the notes describe', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(12);
  });

  it('gives every diagram an accessible title and description', () => {
    const missing = diagrams.filter((diagram) => {
      const labels = diagramLabels(diagram.source);
      return !labels.title || !labels.description;
    });
    expect(missing.map((diagram) => diagram.file)).toEqual([]);
  });

  it('has a measured size for every diagram, and none for diagrams that no longer exist', () => {
    const keys = diagrams.map((diagram) => diagramKey(diagram.source));
    const unmeasured = diagrams.filter((diagram) => !sizes[diagramKey(diagram.source)]).map((diagram) => diagram.file);
    expect(unmeasured, 'run `npm run diagrams:measure`').toEqual([]);
    expect(Object.keys(sizes).filter((key) => !keys.includes(key)), 'stale entries: run `npm run diagrams:measure`').toEqual([]);
  });

  it('is placed on exactly one generated page (the import is up to date)', () => {
    const pages = generatedPages(join(ROOT, 'src/content/docs'));
    const placements = diagrams.map((diagram) => ({
      file: diagram.file,
      count: pages.filter((page) => page.includes(`\`\`\`mermaid\n${diagram.source}\n\`\`\``)).length,
    }));
    expect(placements.filter((placement) => placement.count !== 1)).toEqual([]);
  });
});
