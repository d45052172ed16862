import type { Root } from 'mdast';
import { heading, plainText, startLine } from '../mdast-helpers.ts';
import { SENTENCE_PUNCTUATION } from '../text.ts';
import type { StepContext } from '../types.ts';

/**
 * A note that opens with a single bold line (`***先定一个短期目标***`) before any heading
 * uses that line as its first title.
 */
export function leadingBoldLineHeading(tree: Root, _context: StepContext): void {
  const first = tree.children[0];
  if (first?.type !== 'paragraph' || first.children.length !== 1) return;
  const only = first.children[0]!;
  if (only.type !== 'strong' && only.type !== 'emphasis') return;
  const value = plainText(first).trim();
  if (value.includes('\n') || value.length > 24 || SENTENCE_PUNCTUATION.test(value)) return;
  const title = heading(1, [{ type: 'text', value }], startLine(first));
  title.position = first.position;
  tree.children[0] = title;
}
