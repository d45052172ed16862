import { createHash } from 'node:crypto';

/**
 * A short, stable key for a diagram's source: the page's figure carries it, and each rendered SVG
 * records the key of the source it was drawn from, so an edited diagram no longer matches its
 * drawing and the tests ask for a new render.
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

/** What a rendered `diagrams/<name>.svg` was made from, recorded in its first line. */
export interface RenderStamp {
  /** The `.mmd` file, relative to the repository (`diagrams/etcd-lock.mmd`). */
  source: string;
  /** `diagramKey` of the diagram source it was drawn from. */
  key: string;
  /** Hash of the renderer settings (Mermaid and SVGO versions, configuration, post-processing). */
  renderer: string;
}

const STAMP = /^<!-- (\S+) rendered by `npm run diagrams:render`: source ([0-9a-f]{16}), renderer ([0-9a-f]{16}) -->\n/;

export function formatRenderStamp(stamp: RenderStamp): string {
  return `<!-- ${stamp.source} rendered by \`npm run diagrams:render\`: source ${stamp.key}, renderer ${stamp.renderer} -->\n`;
}

/** The stamp and the SVG after it; undefined when the file has no stamp (not written by the renderer). */
export function parseRenderedSvg(text: string): { stamp: RenderStamp; svg: string } | undefined {
  const match = STAMP.exec(text);
  if (!match) return undefined;
  return { stamp: { source: match[1]!, key: match[2]!, renderer: match[3]! }, svg: text.slice(match[0].length).trim() };
}
