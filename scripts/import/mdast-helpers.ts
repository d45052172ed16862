import type { Heading, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: number, children: PhrasingContent[], line?: number): Heading {
  const node: Heading = { type: 'heading', depth: clampDepth(depth), children };
  if (line !== undefined) node.position = { start: { line, column: 1 }, end: { line, column: 1 } };
  return node;
}

export function clampDepth(depth: number): Heading['depth'] {
  return Math.min(6, Math.max(1, depth)) as Heading['depth'];
}

/** Plain text of a node, as a reader sees it. */
export function plainText(node: RootContent | RootContent[] | PhrasingContent[]): string {
  return Array.isArray(node) ? node.map((child) => toString(child)).join('') : toString(node);
}

export function startLine(node: { position?: { start: { line: number } } | undefined }): number | undefined {
  return node.position?.start.line;
}

export function endLine(node: { position?: { end: { line: number } } | undefined }): number | undefined {
  return node.position?.end.line;
}

/** Splits inline content at the first hard or soft line break. */
export function splitFirstLine(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  const first: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'break') return [first, children.slice(index + 1)];
    if (child.type === 'text' && child.value.includes('\n')) {
      const at = child.value.indexOf('\n');
      const before = child.value.slice(0, at);
      const after = child.value.slice(at + 1);
      if (before) first.push({ ...child, value: before });
      const rest = children.slice(index + 1);
      return [first, after ? [{ ...child, value: after }, ...rest] : rest];
    }
    first.push(child);
  }
  return [first, []];
}

/** Removes leading/trailing whitespace from the edges of inline content. */
export function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.map((child) => ({ ...child })) as PhrasingContent[];
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((child) => !(child.type === 'text' && child.value === ''));
}
