import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { questionAnchorIds } from '../../../scripts/import/anchor-ids.ts';
import { classesOf, type PageAnswers } from './answer-sections.ts';

/** How readers ask for the answer at `pagePath` + `#anchor` (null: the page's opening text). */
export type QuestionWordingsFor = (pagePath: string, anchor: string | null) => string[];

/** "1. Go的GMP调度模型" → "Go的GMP调度模型": the author's numbering is not part of a question. */
const withoutNumbering = (text: string) => text.replace(/^\s*\d+(?:\.\d+)*\.?\s*/u, '').trim();

/** The text of every 问题 callout (note 000's question wording, shown on the page) in an answer's content. */
function calloutWordings(nodes: ElementContent[]): string[] {
  const found: string[] = [];
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (classesOf(node).includes('kb-question__text')) found.push(toString(node as Element).replace(/\s+/gu, ' ').trim());
    else node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return found.filter((wording) => wording !== '');
}

/**
 * The one place the search index learns how an answer is asked for. Its wordings are searched
 * like the answer's heading (never shown as its preview), so a question typed the way an
 * interviewer asks it finds the answer.
 *
 * Today they come from what the site already has: the 问题 callouts of note 000 on the built
 * page, and the headings that scripts/import/anchor-ids.ts lists as interview questions. When
 * the question catalogue (src/content/, issue 11) lands, this function looks the answer up in
 * the catalogue instead (the author's wording and the site-written prompts); nothing else in
 * the index changes.
 */
export function questionWordings(pages: ReadonlyMap<string, PageAnswers>): QuestionWordingsFor {
  const curatedQuestionHeadings = new Map(Object.entries(questionAnchorIds).map(([heading, id]) => [id, withoutNumbering(heading)]));
  const byAnswer = new Map<string, string[]>();
  for (const [pagePath, page] of pages) {
    for (const section of page.sections) {
      const wordings = calloutWordings(section.content);
      const curated = section.anchor === null ? undefined : curatedQuestionHeadings.get(section.anchor);
      if (curated !== undefined && withoutNumbering(section.heading) === curated) wordings.push(curated);
      if (wordings.length > 0) byAnswer.set(`${pagePath}#${section.anchor ?? ''}`, [...new Set(wordings)]);
    }
  }
  return (pagePath, anchor) => byAnswer.get(`${pagePath}#${anchor ?? ''}`) ?? [];
}
