import { basename } from 'node:path';
import { diagramKey } from '../../src/lib/diagram-source.ts';
import { readRenderedDiagrams } from '../../src/lib/rendered-diagrams.ts';
import { readDiagrams } from '../import/steps/insert-diagrams.ts';
import { rendererHash } from './renderer-settings.ts';

/** A diagram whose stored SVG does not match its source or today's renderer settings, and why. */
export interface StaleDiagram {
  file: string;
  reason: string;
}

/** `diagrams/<name>.mmd` → `diagrams/<name>.svg`. */
export function svgFileOf(mmdFile: string): string {
  return mmdFile.replace(/\.mmd$/, '.svg');
}

/**
 * Compares `diagrams/*.svg` with `diagrams/*.mmd` without a browser: each source has an SVG stamped
 * with its source's key and the current renderer settings, and no SVG is left without a source.
 */
export function staleDiagrams(dir: string): StaleDiagram[] {
  const renderer = rendererHash();
  const rendered = new Map(readRenderedDiagrams(dir).map((diagram) => [diagram.file, diagram]));
  const stale: StaleDiagram[] = [];
  const sources = readDiagrams(dir);
  for (const diagram of sources) {
    const svg = rendered.get(svgFileOf(diagram.file));
    if (!svg) stale.push({ file: diagram.file, reason: `has no ${basename(svgFileOf(diagram.file))}` });
    else if (svg.stamp.source !== diagram.file) stale.push({ file: diagram.file, reason: `${svg.file} says it was drawn from ${svg.stamp.source}` });
    else if (svg.stamp.key !== diagramKey(diagram.source)) stale.push({ file: diagram.file, reason: `${svg.file} was drawn from an older version of it` });
    else if (svg.stamp.renderer !== renderer) stale.push({ file: diagram.file, reason: `${svg.file} was drawn with other renderer settings` });
  }
  const sourceFiles = new Set(sources.map((diagram) => svgFileOf(diagram.file)));
  for (const file of rendered.keys()) if (!sourceFiles.has(file)) stale.push({ file, reason: 'has no .mmd source any more' });
  return stale;
}
