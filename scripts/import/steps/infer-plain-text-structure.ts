import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { heading, paragraph, plainText, startLine, text } from '../mdast-helpers.ts';
import { SENTENCE_PUNCTUATION } from '../text.ts';
import type { StepContext } from '../types.ts';

const MAX_TITLE_LENGTH = 24;
const BULLET_LINE = /^\s*[•·▪●◦]\s+/u;

/**
 * Gives structure to a note written without Markdown (a scraped index of excerpts):
 * a short standalone line followed by a longer paragraph is a title, and lines
 * starting with a bullet character form a list.
 */
export function inferPlainTextStructure(tree: Root, _context: StepContext): void {
  if (tree.children.some((node) => node.type === 'heading')) return;
  const out: RootContent[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'paragraph') {
      out.push(node);
      return;
    }
    const bullets = asBulletList(node);
    if (bullets) {
      out.push(bullets);
      return;
    }
    const next = tree.children[index + 1];
    if (isTitleLine(node) && next?.type === 'paragraph' && plainText(next).length > plainText(node).length) {
      const title = heading(2, node.children, startLine(node));
      title.position = node.position;
      out.push(title);
      return;
    }
    out.push(node);
  });
  tree.children = out;
}

function isTitleLine(node: Paragraph): boolean {
  const value = plainText(node).trim();
  return (
    value.length > 0 &&
    value.length <= MAX_TITLE_LENGTH &&
    !value.includes('\n') &&
    !SENTENCE_PUNCTUATION.test(value) &&
    !/https?:\/\//.test(value)
  );
}

function asBulletList(node: Paragraph): List | null {
  const value = plainText(node);
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0 || !lines.every((line) => BULLET_LINE.test(line))) return null;
  const first = startLine(node) ?? 0;
  const items: ListItem[] = lines.map((line, offset) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph([text(line.replace(BULLET_LINE, '').trim())])],
    position: { start: { line: first + offset, column: 1 }, end: { line: first + offset, column: line.length + 1 } },
  }));
  return { type: 'list', ordered: false, spread: false, children: items, position: node.position };
}
