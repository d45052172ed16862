import type { Root, RootContent } from 'mdast';
import { heading, paragraph, splitFirstLine, startLine, text } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

const UNSPACED_ATX = /^(#{1,6})([^\s#].*)$/u;

/**
 * `###RabbitMQ` is a heading its author forgot the space in; CommonMark reads it as
 * text. Only top-level paragraphs are inspected: `#` lines inside code stay code.
 */
export function fixUnspacedAtxHeadings(tree: Root, _context: StepContext): void {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    const first = node.type === 'paragraph' ? node.children[0] : undefined;
    if (node.type !== 'paragraph' || first?.type !== 'text') {
      out.push(node);
      continue;
    }
    const [firstLine, rest] = splitFirstLine(node.children);
    const only = firstLine.length === 1 && firstLine[0]?.type === 'text' ? firstLine[0].value : null;
    const match = only === null ? null : UNSPACED_ATX.exec(only);
    if (!match) {
      out.push(node);
      continue;
    }
    const line = startLine(node) ?? 0;
    const title = heading(match[1]!.length, [text(match[2]!.trim())], line);
    out.push(title);
    if (rest.length > 0) {
      const remainder = paragraph(rest);
      remainder.position = { start: { line: line + 1, column: 1 }, end: node.position?.end ?? { line: line + 1, column: 1 } };
      out.push(remainder);
    }
  }
  tree.children = out;
}
