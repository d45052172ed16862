import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** One answer on a page: the text under a heading, up to the next heading. */
export interface AnswerSection {
  /** The heading's id, or null for the page's opening text (before its first heading). */
  anchor: string | null;
  heading: string;
  /** Texts of the enclosing headings, outermost first. */
  ancestors: string[];
  content: ElementContent[];
}

export interface PageAnswers {
  title: string;
  lang: string;
  sections: AnswerSection[];
}

const HEADING = /^h[2-6]$/;

/** An element's classes (hast keeps them as a list). */
export const classesOf = (node: Element): string[] => [node.properties.className].flat().filter((name) => name !== undefined && name !== null).map(String);

/** The heading a top-level block of the article is, if it is one (Starlight wraps headings in a div). */
function headingOf(node: ElementContent): Element | null {
  if (node.type !== 'element') return null;
  if (HEADING.test(node.tagName) && node.properties.id) return node;
  if (classesOf(node).includes('sl-heading-wrapper')) {
    const inner = node.children.find((child): child is Element => child.type === 'element' && HEADING.test(child.tagName));
    return inner?.properties.id ? inner : null;
  }
  return null;
}

function containsHeading(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && child.properties.dataPagefindIgnore === undefined && (headingOf(child) !== null || containsHeading(child)));
}

/**
 * Splits a built page's article into its answers, so each can be found and linked on its own.
 * Only the article is read (`.sl-markdown-content`): the sidebar, table of contents, source
 * notes and previous/next links are navigation, not answers. Blocks marked
 * `data-pagefind-ignore` (the topic and question indexes) are left out here too.
 */
export function splitAnswers(html: string): PageAnswers | null {
  const tree: Root = fromHtml(html);
  const article = select('main .sl-markdown-content', tree);
  const h1 = select('main h1', tree);
  if (!article || !h1) return null;
  const lang = String(select('html', tree)?.properties.lang ?? 'zh-CN');
  const title = toString(h1).trim();
  const sections: AnswerSection[] = [{ anchor: null, heading: title, ancestors: [], content: [] }];
  const open: { level: number; section: AnswerSection }[] = [];
  const startSection = (heading: Element) => {
    const level = Number(heading.tagName.slice(1));
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    const section: AnswerSection = { anchor: String(heading.properties.id), heading: toString(heading).trim(), ancestors: open.map((outer) => outer.section.heading), content: [] };
    sections.push(section);
    open.push({ level, section });
  };
  // Headings are usually top-level blocks, but notes also put them inside list items; a block
  // holding a heading is opened up so the text before and after it lands in the right answer.
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && node.properties.dataPagefindIgnore !== undefined) continue;
      const heading = headingOf(node);
      if (heading) startSection(heading);
      else if (node.type === 'element' && containsHeading(node)) walk(node.children);
      else sections[sections.length - 1]!.content.push(node);
    }
  };
  walk(article.children);
  return { title, lang, sections };
}
