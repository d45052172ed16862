import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRenderedSvg, type RenderStamp } from './diagram-source.ts';

/** A diagram as `npm run diagrams:render` stored it: `diagrams/<name>.svg` beside its `.mmd`. */
export interface RenderedDiagram {
  /** `diagrams/<name>.svg`. */
  file: string;
  stamp: RenderStamp;
  /** The SVG markup, stamp removed. */
  svg: string;
  /** Natural size in CSS pixels (the viewBox). */
  width: number;
  height: number;
}

/** Every rendered diagram in `dir`; a file without a stamp or a viewBox is an error naming it. */
export function readRenderedDiagrams(dir: string): RenderedDiagram[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.svg')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = `diagrams/${name}`;
    const parsed = parseRenderedSvg(readFileSync(join(dir, name), 'utf8'));
    if (!parsed) throw new Error(`${file}: no render stamp on its first line; run \`npm run diagrams:render\``);
    const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(parsed.svg)?.[1]?.split(/[\s,]+/).map(Number) ?? [];
    const [, , width = 0, height = 0] = viewBox;
    if (!(width > 0 && height > 0)) throw new Error(`${file}: the <svg> has no viewBox size`);
    return { file, stamp: parsed.stamp, svg: parsed.svg, width, height };
  });
}
