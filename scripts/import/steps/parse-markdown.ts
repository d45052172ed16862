import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// CJK-friendly emphasis: `**分区（Partition）**的方式` is bold, as its author meant, though CommonMark alone
// refuses to close `**` between CJK punctuation and a Han character.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

/**
 * About how much text one parse takes. micromark's cost grows with the square of a document's
 * size (its EditMap copies the whole event list on every edit: micromark/micromark#169,
 * wooorm/markdown-rs#218), so a large note is parsed in pieces of about this size.
 */
const CHUNK_BYTES = 64 * 1024;

/** `KB_PARSE_CHUNK_BYTES=Infinity` parses every note whole, as before: bench/import.ts's baseline. */
const chunkBytes = Number(process.env.KB_PARSE_CHUNK_BYTES ?? CHUNK_BYTES);

/**
 * Parses note text as CommonMark + GFM with CJK-friendly emphasis (not MDX: notes are plain
 * Markdown written by hand). A long note is cut at headings that no construct can span (see
 * `chunkStarts`) and the pieces are parsed one by one: the same tree, in linear time.
 */
export function parseMarkdown(text: string): Root {
  const starts = chunkStarts(text, chunkBytes);
  if (starts.length === 1) return parseOne(text);
  const root: Root = { type: 'root', children: [] };
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.offset ?? text.length;
    const piece = parseOne(text.slice(start.offset, end));
    shiftPositions(piece, start.offset, start.line - 1);
    root.children.push(...piece.children);
  });
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) };
  return root;
}

function parseOne(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
// HTML blocks that only end at their own end marker, not at a blank line (CommonMark types 1–5).
const LONG_HTML_BLOCK: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Where a note may be cut: an ATX heading at the start of a line, after a blank line, outside
 * any code fence or long HTML block. Nothing open before such a line (list, quote, paragraph,
 * table, HTML block) continues past it, so each piece parses as it would in the whole.
 * Pieces are at least `size` characters long.
 */
export function chunkStarts(text: string, size: number): { offset: number; line: number }[] {
  const starts = [{ offset: 0, line: 1 }];
  if (text.length <= size) return starts;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = true;
  let offset = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const content = raw.replace(/\r$/, '');
    if (fence) {
      const closing = FENCE.exec(content)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length && content.trim() === closing) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else if (ATX_HEADING.test(content) && previousBlank && offset - starts[starts.length - 1]!.offset >= size) {
      starts.push({ offset, line });
    } else {
      const opening = FENCE.exec(content)?.[1];
      if (opening) fence = opening;
      const html = LONG_HTML_BLOCK.find(([start]) => start.test(content));
      if (html && !html[1].test(content.replace(html[0], ''))) htmlEnd = html[1];
    }
    previousBlank = content.trim() === '';
    offset += raw.length + 1;
    line++;
  }
  return starts;
}

function shiftPositions(tree: Root, offset: number, lines: number): void {
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  });
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: text.length };
}
