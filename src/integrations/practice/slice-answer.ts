import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';

/** The `_top` anchor of the catalogue: the page itself is the answer. */
export const WHOLE_PAGE = '_top';

const HEADING = /^h([2-6])$/;

export const hasClass = (node: Element, name: string): boolean => [node.properties.className].flat().map(String).includes(name);

/** The heading a block of the article is (Starlight wraps Markdown headings in a div), with its level. */
export function headingOf(node: ElementContent): { id: string; level: number; heading: Element } | null {
  if (node.type !== 'element') return null;
  const heading = hasClass(node, 'sl-heading-wrapper') ? node.children.find((child): child is Element => child.type === 'element' && HEADING.test(child.tagName)) : node;
  const level = heading ? HEADING.exec(heading.tagName)?.[1] : undefined;
  const id = heading?.properties.id;
  return heading && level && typeof id === 'string' && id !== '' ? { id, level: Number(level), heading } : null;
}

/** The shallowest heading level anywhere inside a block (a heading written in a list item), or Infinity. */
function highestHeadingInside(node: ElementContent): number {
  if (node.type !== 'element') return Infinity;
  const own = headingOf(node);
  if (own) return own.level;
  return Math.min(Infinity, ...node.children.map(highestHeadingInside));
}

export class SliceError extends Error {}

/** The Markdown content of a built page: Starlight's `.sl-markdown-content` inside <main>. */
export function articleOf(tree: Root): Element | null {
  return select('main .sl-markdown-content', tree) ?? null;
}

/**
 * The blocks of one answer on a built page: everything after its heading up to the next heading
 * of the same or a higher level (so the answer's own sub-headings come along), or the whole
 * article for `_top`. The heading must be a block of the article itself, as the importer
 * writes it; a heading nested in a list cannot be cut out without breaking the list.
 */
export function sliceAnswer(article: Element, anchor: string): ElementContent[] {
  if (anchor === WHOLE_PAGE) return article.children;
  const blocks = article.children;
  const start = blocks.findIndex((block) => headingOf(block)?.id === anchor);
  if (start < 0) {
    throw new SliceError(`#${anchor} is not a heading at the top level of the page's content${select(`[id="${anchor}"]`, article) ? ' (it is nested inside another block)' : ''}`);
  }
  const level = headingOf(blocks[start]!)!.level;
  const answer: ElementContent[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (highestHeadingInside(block) <= level) break;
    answer.push(block);
  }
  return answer;
}
