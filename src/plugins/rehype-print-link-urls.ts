import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const normalize = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * Marks links to other sites whose text is not already their address (`data-print-href`), so
 * the print stylesheet (src/styles/print.css) prints the address after the text; a bare URL is
 * not printed twice.
 */
export function rehypePrintLinkUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      if (normalize(toString(node)) === normalize(href)) return;
      node.properties.dataPrintHref = '';
    });
  };
}
