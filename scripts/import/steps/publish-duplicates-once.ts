import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plainText, startLine } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

/**
 * A section pasted twice is published once: when a section repeats an earlier section of
 * the note word for word (same heading, same text, whitespace and line breaks aside), the
 * repeat is left out as a reviewed drop. Sections that differ in any word are both kept.
 */
export function publishDuplicatesOnce(tree: Root, context: StepContext): void {
  const seen = new Set<string>();
  const out: RootContent[] = [];
  const nodes = tree.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'heading') {
      out.push(node);
      continue;
    }
    const end = sectionEnd(nodes, index);
    const section = nodes.slice(index, end);
    const key = section.map((part) => toString(part)).join('').replace(/\s+/gu, '');
    if (end > index + 1 && seen.has(key)) {
      context.drop(startLine(node) ?? 0, plainText(node).trim(), 'duplicate-section');
      index = end - 1;
      continue;
    }
    seen.add(key);
    out.push(node);
  }
  tree.children = out;
}

/** Index after the last node of the section that starts at `start` (a heading). */
function sectionEnd(nodes: RootContent[], start: number): number {
  const depth = (nodes[start] as Heading).depth;
  let end = start + 1;
  while (end < nodes.length) {
    const node = nodes[end]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    end++;
  }
  return end;
}
