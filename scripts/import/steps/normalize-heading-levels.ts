import type { Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { clampDepth } from '../mdast-helpers.ts';

/**
 * Gives a page a real heading hierarchy under its title (h1): the outermost headings become
 * h2 and no level is skipped, whatever levels the note used (`#`, `####`, headings in lists).
 */
export function normalizeHeadingLevels(blocks: RootContent[]): void {
  const open: number[] = [];
  visit({ type: 'root', children: blocks }, 'heading', (node: Heading) => {
    while (open.length > 0 && open[open.length - 1]! >= node.depth) open.pop();
    open.push(node.depth);
    node.depth = clampDepth(open.length + 1);
  });
}
