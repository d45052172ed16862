import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Content images load lazily and decode off the main thread: most sit far below the fold. */
export function rehypeLazyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
    });
  };
}
