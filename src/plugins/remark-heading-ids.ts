import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
// Declares `data.hProperties` on mdast nodes (how remark passes attributes to HTML).
import type {} from 'mdast-util-to-hast';

/** `## 标题 {#gmp-scheduler}`: the id the importer wrote into the page source. */
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/**
 * Uses the explicit ASCII id written after a heading as its anchor, so an answer's URL is
 * readable and survives edits to the heading text (Astro keeps ids that are already set).
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children[node.children.length - 1];
      if (last?.type !== 'text') return;
      const match = EXPLICIT_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      if (last.value === '') node.children.pop();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1]! } };
    });
  };
}
