/**
 * The book as one HTML document: a cover, a table of contents, then every part and chapter.
 * Chapters are the captured articles with their ids made unique in the book (`go-interview--gmp-scheduler`),
 * links between pages turned into links inside the book, and headings moved one level down
 * under the part (h1) and chapter (h2) titles, so Chromium's PDF bookmarks nest as topic ›
 * page › question. An answer whose heading is not worded as its question in the catalogue
 * (`src/content/questions/`) gets the question printed after its heading, so the bookmark
 * reads as the question too (Chromium titles a bookmark with the heading's visible text).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { BookPart } from './book-outline.ts';
import type { CapturedPage } from './capture-pages.ts';

export interface BookDocument {
  title: string;
  subtitle: string;
  /** Printed on the cover: what the book was made from and when. */
  colophon: string;
  parts: BookPart[];
  pages: Map<string, CapturedPage>;
  /** `<link>`/`<style>` tags of the site's CSS. */
  styles: string[];
  /** The book's own stylesheet. */
  bookCss: string;
  /** The site's base path (`/` or `/repo/`) and its public address, for links that leave the book. */
  base: string;
  siteUrl: string;
  /** Page number of each part and chapter anchor, once known (the first rendering finds them). */
  pageNumbers?: Map<string, number>;
  /** The catalogue's question for an answer: page path as in `parts` (`go/interview/`) and heading id (`_top` for the page). */
  questionOf?: QuestionLookup;
}

/** A catalogued question, as the book prints it. */
export interface BookQuestion {
  question: string;
  /** Worded by the site's editors, not the author: printed with the site's 本站拟题 mark. */
  siteWording: boolean;
}

export type QuestionLookup = (path: string, anchor: string) => BookQuestion | undefined;

/** The anchor a page-level answer is catalogued under. */
export const PAGE_ANSWER = '_top';

export const partAnchor = (id: string) => `part-${id}`;
export const chapterAnchor = (slug: string) => `page-${slug}`;
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * What follows a heading whose words are not its question: ` — 问：…`, inline so the bookmark
 * keeps a separator; the 本站拟题 mark is the site's CSS (`[data-wording='site']::after`), which
 * bookmarks leave out.
 */
export function questionAfterHeading(headingText: string, question: BookQuestion | undefined): Element | null {
  if (!question || squeeze(headingText) === squeeze(question.question)) return null;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['kb-book-question'], ...(question.siteWording ? { dataWording: 'site' } : {}) },
    children: [{ type: 'text', value: ` — 问：${question.question}` }],
  };
}

/** Rewrites one chapter's article for its place in the book. */
export function chapterTree(article: string, slug: string, document: Pick<BookDocument, 'parts' | 'base' | 'siteUrl'>, headingShift: number, questionOf?: (anchor: string) => BookQuestion | undefined): Root {
  const tree = fromHtml(article, { fragment: true });
  const slugByPath = new Map(document.parts.flatMap((part) => part.pages.map((page) => [page.path, page.slug] as const)));
  const rewriteHref = (href: string): string => {
    if (href.startsWith('#')) return `#${slug}--${href.slice(1)}`;
    const url = new URL(href, `http://book.invalid${document.base}`);
    if (url.host !== 'book.invalid') return href;
    const path = url.pathname.startsWith(document.base) ? decodeURIComponent(url.pathname.slice(document.base.length)) : null;
    const target = path === null ? undefined : slugByPath.get(path);
    if (target !== undefined) return url.hash ? `#${target}--${url.hash.slice(1)}` : `#${chapterAnchor(target)}`;
    // A page the book leaves out (an index): the site has it.
    return new URL(`${url.pathname}${url.hash}`, new URL(document.siteUrl).origin).href;
  };
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      // SVG keeps its own ids: its styles and markers refer to them.
      if (node.tagName === 'svg') continue;
      rewrite(node);
      walk(node.children);
    }
  };
  const rewrite = (element: Element) => {
    const { properties } = element;
    const level = /^h([1-6])$/.exec(element.tagName)?.[1];
    if (level && typeof properties.id === 'string' && questionOf) {
      const after = questionAfterHeading(toString(element), questionOf(properties.id));
      if (after) element.children.push(after);
    }
    if (typeof properties.id === 'string' && properties.id !== '') properties.id = `${slug}--${properties.id}`;
    if (element.tagName === 'a' && typeof properties.href === 'string') properties.href = rewriteHref(properties.href);
    if (typeof properties.ariaDescribedBy === 'string') delete properties.ariaDescribedBy;
    if (level) element.tagName = `h${Math.min(6, Number(level) + headingShift)}`;
    if (element.tagName === 'img') {
      // Every image is needed before printing, not when scrolled to.
      delete properties.loading;
      properties.decoding = 'sync';
    }
    if (element.tagName === 'details') properties.open = true;
  };
  walk(tree.children);
  return tree;
}

function pageNumber(document: BookDocument, anchor: string): string {
  const number = document.pageNumbers?.get(anchor);
  // Before the numbers are known, a placeholder of the same width keeps the pages where they will be.
  return number === undefined ? '000' : String(number);
}

function tableOfContents(document: BookDocument): string {
  const entry = (anchor: string, title: string, className: string) =>
    `<a class="${className}" href="#${anchor}"><span class="kb-toc__title">${escapeHtml(title)}</span><span class="kb-toc__page">${pageNumber(document, anchor)}</span></a>`;
  const items = document.parts.map((part) => {
    const chapters = part.standalone ? '' : `<ol>${part.pages.map((page) => `<li>${entry(chapterAnchor(page.slug), page.title, 'kb-toc__chapter')}</li>`).join('')}</ol>`;
    return `<li>${entry(partAnchor(part.id), part.title, 'kb-toc__part')}${chapters}</li>`;
  });
  return `<nav class="kb-toc" aria-label="目录"><p class="kb-toc__heading">目录</p><ol>${items.join('')}</ol></nav>`;
}

function chapterHtml(document: BookDocument, part: BookPart, slug: string, path: string, title: string): string {
  const page = document.pages.get(path);
  if (!page) throw new Error(`${path}: not captured`);
  const questionOf = document.questionOf ? (anchor: string) => document.questionOf!(path, anchor) : undefined;
  const heading = part.standalone ? '' : `<h2 class="kb-book-chapter" id="${chapterAnchor(slug)}">${escapeHtml(title)}${pageQuestion(title, path, document)}</h2>`;
  // A standalone page's headings sit right under the part title; a chapter's under its own.
  const article = toHtml(chapterTree(page.article, slug, document, part.standalone ? 0 : 1, questionOf));
  return `<section class="kb-book-section">${heading}<div class="sl-markdown-content">${article}</div>${page.sources ?? ''}</section>`;
}

/** The question of a page that is one answer as a whole, after the chapter's (or standalone part's) title. */
function pageQuestion(title: string, path: string, document: BookDocument): string {
  const after = questionAfterHeading(title, document.questionOf?.(path, PAGE_ANSWER));
  return after ? toHtml(after) : '';
}

/** The whole document, ready for Chromium to print. */
export function bookHtml(document: BookDocument): string {
  const parts = document.parts.map((part) => {
    const intro = part.intro ? `<p class="kb-book-part__intro">${escapeHtml(part.intro)}</p>` : '';
    const chapters = part.pages.map((page) => chapterHtml(document, part, page.slug, page.path, page.title)).join('');
    const standaloneQuestion = part.standalone ? pageQuestion(part.title, part.pages[0]!.path, document) : '';
    return `<article class="kb-book-part${part.standalone ? ' kb-book-part--standalone' : ''}"><h1 id="${partAnchor(part.id)}">${escapeHtml(part.title)}${standaloneQuestion}</h1>${intro}${chapters}</article>`;
  });
  return `<!doctype html>
<html lang="zh-CN" dir="ltr" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(document.title)}</title>
${document.styles.join('\n')}
<style>${document.bookCss}</style>
</head>
<body class="kb-book">
<section class="kb-book-cover"><p class="kb-book-cover__title">${escapeHtml(document.title)}</p><p class="kb-book-cover__subtitle">${escapeHtml(document.subtitle)}</p><p class="kb-book-cover__colophon">${escapeHtml(document.colophon)}</p></section>
${tableOfContents(document)}
${parts.join('\n')}
</body>
</html>
`;
}
