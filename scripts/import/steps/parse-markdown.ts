import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses note text as CommonMark + GFM (not MDX: notes are plain Markdown written by hand). */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}
