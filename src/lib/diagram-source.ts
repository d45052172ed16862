import { createHash } from 'node:crypto';

/** The drawn size of a diagram, in CSS pixels (the rendered SVG's viewBox). */
export interface DiagramSize {
  width: number;
  height: number;
}

/** Measured sizes keyed by `diagramKey(source)`, as written by `npm run diagrams:measure`. */
export type DiagramSizes = Record<string, DiagramSize>;

/**
 * A short, stable key for a diagram's source: sizes are measured per source text, so an edited
 * diagram no longer matches its old size and the tests ask for a new measurement.
 */
export function diagramKey(source: string): string {
  return createHash('sha256').update(source.trim()).digest('hex').slice(0, 16);
}

export interface DiagramLabels {
  title?: string;
  description?: string;
}

const ACC_TITLE = /^\s*accTitle\s*:\s*(.+?)\s*$/m;
const ACC_DESCR_LINE = /^\s*accDescr\s*:\s*(.+?)\s*$/m;
const ACC_DESCR_BLOCK = /^\s*accDescr\s*\{([^}]*)\}/m;

/** The accessible title and description a diagram declares with Mermaid's `accTitle:` / `accDescr:`. */
export function diagramLabels(source: string): DiagramLabels {
  const title = ACC_TITLE.exec(source)?.[1];
  const description = ACC_DESCR_LINE.exec(source)?.[1] ?? ACC_DESCR_BLOCK.exec(source)?.[1]?.trim().replace(/\s+/g, ' ');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
