import type { BlockContent, DefinitionContent, Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { clampDepth, paragraph } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

type Block = BlockContent | DefinitionContent;

/**
 * Headings written inside list items leave the list, so they are part of the outline and
 * never outrank the section the list is in:
 *
 * - a heading that opens a list item (`5. ### **Containerd 和 RunC**`) is that item's bold
 *   lead, like its neighbours (`1. **Namespaces**：`), and the list stays whole;
 * - a heading further down an item (`- 三阶段提交协议…` then `  ### 1. CanCommit 阶段`) starts
 *   a sub-section: the list is cut there, the heading and what follows it in the item move to
 *   the top level, one level below the section the list is in, and the list's remaining
 *   items continue after them.
 */
export function liftListHeadings(tree: Root, _context: StepContext): void {
  const out: RootContent[] = [];
  let sectionDepth = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') sectionDepth = node.depth;
    if (node.type !== 'list') {
      out.push(node);
      continue;
    }
    leadHeadingsToBold(node);
    if (!containsHeading(node)) {
      out.push(node);
      continue;
    }
    const pieces = splitList(node);
    const lifted = pieces.filter((piece): piece is Heading => piece.type === 'heading');
    const shallowest = Math.min(...lifted.map((heading) => heading.depth));
    for (const heading of lifted) heading.depth = clampDepth(sectionDepth + 1 + heading.depth - shallowest);
    out.push(...pieces);
  }
  tree.children = out;
}

function containsHeading(node: RootContent | Block | ListItem): boolean {
  if (node.type === 'heading') return true;
  return 'children' in node && (node.children as (Block | ListItem)[]).some((child) => typeof child === 'object' && 'type' in child && containsHeading(child));
}

/** A list item that starts with a heading: the heading becomes the item's bold first line. */
function leadHeadingsToBold(list: List): void {
  for (const item of list.children) {
    const [first] = item.children;
    if (first?.type === 'heading') {
      const lead = paragraph([{ type: 'strong', children: withoutEmphasis(first.children) }]);
      lead.position = first.position;
      item.children[0] = lead;
    }
    for (const child of item.children) if (child.type === 'list') leadHeadingsToBold(child);
  }
}

function withoutEmphasis(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) => (child.type === 'strong' || child.type === 'emphasis' ? withoutEmphasis(child.children) : [child]));
}

/** Cuts a list at every heading inside it: [the list up to the heading, the heading and what follows, the rest of the list …]. */
function splitList(list: List): RootContent[] {
  const out: RootContent[] = [];
  let current = emptyLike(list, list.start ?? 1);
  list.children.forEach((item, index) => {
    if (!containsHeading(item)) {
      current.children.push(item);
      return;
    }
    const [kept, lifted] = splitItem(item);
    if (kept.children.length > 0) current.children.push(kept);
    if (current.children.length > 0) out.push(current);
    out.push(...lifted);
    current = emptyLike(list, (list.start ?? 1) + index + 1);
  });
  if (current.children.length > 0) out.push(current);
  return out;
}

/** The item's blocks before its first heading stay in it; the heading and everything after it leave. */
function splitItem(item: ListItem): [ListItem, RootContent[]] {
  const kept: ListItem = { ...item, children: [] };
  const lifted: RootContent[] = [];
  for (const child of item.children) {
    if (lifted.length > 0) {
      lifted.push(...(child.type === 'list' && containsHeading(child) ? splitList(child) : [child]));
    } else if (child.type === 'heading') {
      lifted.push(child);
    } else if (child.type === 'list' && containsHeading(child)) {
      const [first, ...rest] = splitList(child);
      if (first?.type === 'list') kept.children.push(first);
      else if (first) lifted.push(first);
      lifted.push(...rest);
    } else {
      kept.children.push(child);
    }
  }
  return [kept, lifted];
}

function emptyLike(list: List, start: number): List {
  const copy: List = { ...list, children: [] };
  if (list.ordered) copy.start = start;
  return copy;
}
