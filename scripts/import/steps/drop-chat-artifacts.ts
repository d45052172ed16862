import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITATION_TOKEN, PRIVATE_USE } from '../artifact-rules.ts';
import type { StepContext } from '../types.ts';

/**
 * Removes, by rule, what the programs a note was pasted from leave in its text: a chat
 * assistant's citation markers (`citeturn0search1`) and private-use characters (a Word bullet
 * glyph, chat markup). Each removal is reported with its line. Code is left as it is.
 */
export function dropChatArtifacts(tree: Root, context: StepContext): void {
  visit(tree, 'text', (node: Text) => {
    let value = node.value;
    // A citation goes with the space before it, a bullet glyph with the space after it.
    for (const pattern of [new RegExp(`[ \\t]*(?:${CITATION_TOKEN.source})`, 'gu'), new RegExp(`(?:${PRIVATE_USE.source})[ \\t]?`, 'gu')]) {
      value = value.replace(pattern, (match: string, offset: number) => {
        context.drop(lineOf(node, value, offset), match.trim(), 'chat-artifact');
        return '';
      });
    }
    node.value = value;
  });
  // A paragraph that held nothing else is gone too.
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.children.every((child) => child.type === 'text' && child.value.trim() === '')) {
      parent.children.splice(index, 1);
      return index;
    }
  });
}

function lineOf(node: Text, value: string, offset: number): number {
  return (node.position?.start.line ?? 1) + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
}
