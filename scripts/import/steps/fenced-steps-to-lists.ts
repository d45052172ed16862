import type { Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { StepContext } from '../types.ts';

const COMMENT_LABEL = /^\s*\/\/\s*(\S.*?)\s*$/u;
const NUMBERED = /^\s*(\d+)\s*[.、．]\s*(\S.*?)\s*$/u;
const BULLET = /^\s*[-*]\s+(\S.*?)\s*$/u;

interface Group {
  label: { line: number; text: string } | null;
  ordered: boolean;
  start: number;
  items: { line: number; text: string }[];
}

/**
 * Prose steps typed in a `text` fence become lists: a fence made only of numbered steps
 * (`1. 用户创建PVC` …), or of runs of them and `- ` points, each run optionally under a
 * `// 标题` comment line, is an ordered (or bulleted) list, the comment its bold label. The
 * `//` marker is the only thing left out (a reviewed drop). Fences with anything else in
 * them stay code.
 */
export function fencedStepsToLists(tree: Root, context: StepContext): void {
  visit(tree, 'code', (node: Code, index, parent) => {
    if (index === undefined || !parent || node.lang !== 'text') return;
    const groups = readGroups(node);
    if (!groups) return;
    const out: RootContent[] = [];
    for (const group of groups) {
      if (group.label) {
        context.drop(group.label.line, '//', 'code-comment-marker');
        out.push(at(group.label.line, group.label.line, { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: group.label.text }] }] }));
      }
      const list: List = {
        type: 'list',
        ordered: group.ordered,
        spread: false,
        children: group.items.map((item): ListItem => at(item.line, item.line, { type: 'listItem', spread: false, children: [at(item.line, item.line, { type: 'paragraph', children: [{ type: 'text', value: item.text }] } as Paragraph)] })),
      };
      if (group.ordered) list.start = group.start;
      out.push(at(group.items[0]!.line, group.items[group.items.length - 1]!.line, list));
    }
    parent.children.splice(index, 1, ...(out as typeof parent.children));
    return [SKIP, index + out.length];
  });
}

/** The fence as labelled runs of steps, or null when any line is something else. */
function readGroups(node: Code): Group[] | null {
  const firstLine = (node.position?.start.line ?? 0) + 1;
  const groups: Group[] = [];
  let current: Group | null = null;
  let pendingLabel: Group['label'] = null;
  const lines = node.value.split('\n');
  for (const [offset, raw] of lines.entries()) {
    const line = firstLine + offset;
    if (raw.trim() === '') continue;
    const label = COMMENT_LABEL.exec(raw);
    const numbered = NUMBERED.exec(raw);
    const bullet = BULLET.exec(raw);
    if (label && !pendingLabel) {
      pendingLabel = { line, text: label[1]! };
      current = null;
      continue;
    }
    const ordered = numbered !== null;
    const text = numbered?.[2] ?? bullet?.[1];
    if (text === undefined) return null;
    const number = numbered ? Number(numbered[1]) : 0;
    const continues = current !== null && current.ordered === ordered && (!ordered || number === current.start + current.items.length);
    if (!continues) {
      current = { label: pendingLabel, ordered, start: number, items: [] };
      groups.push(current);
      pendingLabel = null;
    }
    current!.items.push({ line, text });
  }
  if (pendingLabel || groups.length === 0 || groups.some((group) => group.items.length < 2)) return null;
  return groups;
}

function at<T extends RootContent | ListItem>(start: number, end: number, node: T): T {
  node.position = { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
  return node;
}
