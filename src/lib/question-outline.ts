export interface QuestionLink {
  id: string;
  text: string;
  href: string;
  /** Questions nested under this heading (a catalogued question below an h2). */
  questions: QuestionLink[];
}

export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A page's questions as 题目索引 lists them: every h2 (the page's answers and sections), and
 * under it any deeper heading that is a catalogued answer, so no question is left out because
 * the notes put it one level down.
 */
export function outlineQuestions(headings: PageHeading[], href: (id: string) => string, isQuestion: (id: string) => boolean): QuestionLink[] {
  const outline: QuestionLink[] = [];
  for (const heading of headings) {
    if (heading.depth < 2) continue;
    if (heading.depth > 2 && !isQuestion(heading.slug)) continue;
    const link: QuestionLink = { id: heading.slug, text: heading.text, href: href(heading.slug), questions: [] };
    const parent = heading.depth > 2 ? outline[outline.length - 1] : undefined;
    (parent ? parent.questions : outline).push(link);
  }
  return outline;
}

export function countQuestions(questions: QuestionLink[]): number {
  return questions.reduce((sum, question) => sum + 1 + countQuestions(question.questions), 0);
}
