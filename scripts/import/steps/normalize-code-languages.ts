import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { COPY_BUTTON_HEADER } from '../artifact-rules.ts';
import { resolveLanguage } from '../code-language.ts';
import type { StepContext } from '../types.ts';


/**
 * Every fence gets a real, lower-case language. A pasted `bashCopy code` header line is
 * removed and its language kept.
 */
export function normalizeCodeLanguages(tree: Root, context: StepContext): void {
  visit(tree, 'code', (node) => {
    let label = node.lang;
    const [first, ...rest] = node.value.split('\n');
    const header = first === undefined ? null : COPY_BUTTON_HEADER.exec(first.trim());
    if (header) {
      context.drop((node.position?.start.line ?? 0) + 1, first!.trim(), 'copy-button-artifact');
      node.value = rest.join('\n');
      label = header[1]!;
    }
    node.lang = resolveLanguage(label, node.value);
    node.meta = null;
  });
}
