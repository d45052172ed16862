import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staleDiagrams, svgFileOf } from '../../scripts/diagrams/freshness.ts';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { diagramLabels } from '../../src/lib/diagram-source.ts';
import { readRenderedDiagrams } from '../../src/lib/rendered-diagrams.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIAGRAMS = join(ROOT, 'diagrams');
const diagrams = readDiagrams(DIAGRAMS);
const rendered = new Map(readRenderedDiagrams(DIAGRAMS).map((diagram) => [diagram.file, diagram]));

function generatedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return generatedPages(path);
    return /\.mdx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The text of a rendered SVG with its allowed colours (theme variables with their fallback) taken out. */
const withoutThemeColours = (svg: string) => svg.replace(/var\(--sl-color-[a-z0-9-]+, #[0-9a-f]{6}\)/g, 'THEMED');

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

  it('is placed on exactly one generated page (the import is up to date)', () => {
    const pages = generatedPages(join(ROOT, 'src/content/docs'));
    const placements = diagrams.map((diagram) => ({
      file: diagram.file,
      count: pages.filter((page) => page.includes(`\`\`\`mermaid\n${diagram.source}\n\`\`\``)).length,
    }));
    expect(placements.filter((placement) => placement.count !== 1)).toEqual([]);
  });
});

describe('diagrams/*.svg (npm run diagrams:render)', () => {
  it('has an up-to-date SVG for every source: drawn from this source with today’s renderer settings', () => {
    const stale = staleDiagrams(DIAGRAMS).map((diagram) => `${diagram.file}: ${diagram.reason}`);
    expect(stale, 'run `npm run diagrams:render`').toEqual([]);
  });

  it('notices an edited source, a missing SVG and an SVG left without its source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-diagrams-'));
    try {
      cpSync(DIAGRAMS, dir, { recursive: true });
      const [edited, removed] = diagrams;
      writeFileSync(join(dir, edited!.file.replace('diagrams/', '')), `${readFileSync(join(ROOT, edited!.file), 'utf8')}\n  %% one more line\n  accDescr: 改过的描述\n`);
      rmSync(join(dir, svgFileOf(removed!.file).replace('diagrams/', '')));
      writeFileSync(join(dir, 'gone.svg'), readFileSync(join(ROOT, svgFileOf(removed!.file)), 'utf8').replace(removed!.file, 'diagrams/gone.mmd'));
      expect(staleDiagrams(dir).map((diagram) => diagram.file).sort()).toEqual([edited!.file, removed!.file, 'diagrams/gone.svg'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names and describes each drawing with its accTitle and accDescr, as one image', () => {
    const wrong = diagrams.filter((diagram) => {
      const { svg } = rendered.get(svgFileOf(diagram.file))!;
      const { title, description } = diagramLabels(diagram.source);
      const root = /<svg\b[^>]*>/.exec(svg)![0];
      const titleId = /aria-labelledby="([^"]+)"/.exec(root)?.[1];
      const descId = /aria-describedby="([^"]+)"/.exec(root)?.[1];
      return !(
        root.includes('role="img"') &&
        svg.includes(`<title id="${titleId}">${title}</title>`) &&
        svg.includes(`<desc id="${descId}">${description}</desc>`)
      );
    });
    expect(wrong.map((diagram) => diagram.file)).toEqual([]);
  });

  it('takes every colour from the site’s theme variables', () => {
    const unthemed = [...rendered.values()].flatMap((diagram) =>
      (withoutThemeColours(diagram.svg).match(/#[0-9a-f]{3,8}\b|(?:rgb|hsl)a?\(|\b(?:black|white)\b/gi) ?? []).map((colour) => `${diagram.file}: ${colour}`),
    );
    expect(unthemed).toEqual([]);
    // The themed colours are there at all (the check above would pass on an SVG without colours).
    for (const diagram of rendered.values()) expect(diagram.svg, diagram.file).toMatch(/var\(--sl-color-(?:text|white), /);
  });

  it('holds drawing only: no stylesheet, script, foreign content, event handler or outside link', () => {
    const unsafe = [...rendered.values()].flatMap((diagram) =>
      (diagram.svg.match(/<(?:style|script|foreignObject|iframe|image|a)\b|\son[a-z]+=|href="(?!#)[^"]*"/gi) ?? []).map((found) => `${diagram.file}: ${found}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('scopes every id to its own drawing, so diagrams sharing a page never share an id', () => {
    const rootIds = new Set<string>();
    for (const diagram of rendered.values()) {
      const ids = [...diagram.svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
      const root = ids[0]!;
      expect(rootIds.has(root), diagram.file).toBe(false);
      rootIds.add(root);
      expect(ids.filter((id) => !id.includes(root)), diagram.file).toEqual([]);
      expect(new Set(ids).size, diagram.file).toBe(ids.length);
    }
  });
});
