import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// CJK-friendly emphasis: `**分区（Partition）**的方式` is bold, as its author meant, though CommonMark alone
// refuses to close `**` between CJK punctuation and a Han character.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

/** Parses note text as CommonMark + GFM with CJK-friendly emphasis (not MDX: notes are plain Markdown written by hand). */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}
