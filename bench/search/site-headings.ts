import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** One linkable heading of a built page, with the ids of the headings that enclose it. */
export interface SiteHeading {
  id: string;
  text: string;
  level: number;
  /** Ids of the enclosing headings, outermost first (an h4's h3 and h2). */
  ancestors: string[];
}

/** The headings (h2–h6 with an id) of a built page's article, in document order. */
export function readHeadings(html: string): SiteHeading[] {
  const tree: Root = fromHtml(html);
  const article = selectAll('main .sl-markdown-content', tree);
  const headings: SiteHeading[] = [];
  const open: SiteHeading[] = [];
  for (const container of article) {
    for (const node of selectAll('h2[id], h3[id], h4[id], h5[id], h6[id]', container)) {
      const level = Number(node.tagName.slice(1));
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      const heading: SiteHeading = {
        id: String(node.properties.id),
        text: toString(node as Element).trim(),
        level,
        ancestors: open.map((outer) => outer.id),
      };
      headings.push(heading);
      open.push(heading);
    }
  }
  return headings;
}
