import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { answerKey } from '../schemas/question-catalogue.ts';
import { catalogueByKey, pageOfFile } from './catalogue-pages.ts';

const HEADING = /^h[1-6]$/;

/**
 * A heading the site wrote (where the note's "heading" was a sentence of the answer, now its
 * first paragraph) says so, like every question the site's editors wrote: `data-wording="site"`,
 * which the stylesheet marks 本站拟题.
 */
export function rehypeSiteWordedHeadings() {
  return (tree: Root, file: VFile) => {
    const page = pageOfFile(file);
    if (!page) return;
    const byKey = catalogueByKey();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || typeof node.properties.id !== 'string') return;
      const entry = byKey.get(answerKey({ page, anchor: node.properties.id }));
      if (entry?.wording !== 'site' || toString(node).trim() !== entry.question) return;
      // Drawn by CSS (src/styles/questions.css), so the heading's own text stays the question: search, links and the contents use it.
      node.properties.dataWording = 'site';
    });
  };
}
