import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { headingOf, WHOLE_PAGE } from './slice-answer.ts';

/**
 * The practice marks, written into the built pages so they take their place before any script
 * runs (nothing moves when src/client/practice/practice-marks.ts fills them in). They say 新
 * until then, which is right for a first visit; the buttons stay invisible until the script
 * makes them work.
 */

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Below an answer's heading: the reader's state and the 加入练习 / 标记已掌握 switches, a group
 * named by the heading (`_top`: the page title). The question is that heading on this page, so
 * the script reads it from there. Every byte here is repeated for each question of a page.
 */
export function practiceBarHtml(headingId: string): string {
  const button = (mark: string, label: string) => `<button data-practice-mark="${mark}" aria-pressed="false">${label}</button>`;
  return (
    `<div class="kb-practice-bar" role="group" aria-labelledby="${escapeAttribute(headingId)}" data-pagefind-ignore>` +
    `<span class="kb-practice-bar__status"><span class="sr-only">练习状态：</span><span data-practice-status>新</span></span>` +
    button('added', '加入练习') +
    button('mastered', '标记已掌握') +
    `</div>`
  );
}

/**
 * After a question's link in the question index: the reader's state. The question is the link's
 * (the script reads it from the href), so a mark costs the index a few bytes for each of its
 * hundreds of questions.
 */
export const PRACTICE_MARK_HTML = '<span class="kb-practice-mark">新</span>';

export interface Insertion {
  at: number;
  html: string;
}

/** Applies insertions (offsets into `html`) from the last to the first, so earlier offsets stay valid. */
export function applyInsertions(html: string, insertions: Insertion[]): string {
  let result = html;
  for (const { at, html: inserted } of [...insertions].sort((a, b) => b.at - a.at)) result = result.slice(0, at) + inserted + result.slice(at);
  return result;
}

const endOf = (node: Element): number => {
  const offset = node.position?.end.offset;
  if (offset === undefined) throw new Error(`<${node.tagName}> has no source position`);
  return offset;
};

/** Where the content's first block starts (a `_top` answer's bar goes first), from the article's start tag. */
function contentStart(html: string, article: Element): number {
  const start = article.position?.start.offset;
  if (start === undefined) throw new Error('the article has no source position');
  return html.indexOf('>', start) + 1;
}

/** A bar after each question's heading (or at the top of the content for `_top`), by the anchors of the page's questions. */
export function answerBarInsertions(html: string, article: Element, questionAnchors: ReadonlySet<string>): Insertion[] {
  const insertions: Insertion[] = [];
  if (questionAnchors.has(WHOLE_PAGE)) insertions.push({ at: contentStart(html, article), html: practiceBarHtml(WHOLE_PAGE) });
  for (const block of article.children) {
    const heading = headingOf(block);
    if (heading && questionAnchors.has(heading.id) && block.type === 'element') insertions.push({ at: endOf(block), html: practiceBarHtml(heading.id) });
  }
  return insertions;
}

/** A mark after each link of the content that leads to a question (`keyOfHref` says which). */
export function indexMarkInsertions(article: Element, isQuestion: (href: string) => boolean): Insertion[] {
  return selectAll('a[href]', article).flatMap((link) => (isQuestion(String(link.properties.href)) ? [{ at: endOf(link), html: PRACTICE_MARK_HTML }] : []));
}
