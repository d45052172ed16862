import { topicOfPage, type QuestionEntry } from '../schemas/question-catalogue.ts';

/** A catalogue entry as the index shows it: with the link to its answer. */
export interface IndexEntry extends QuestionEntry {
  href: string;
}

export interface IndexedPage {
  /** Page path: `go/interview`. */
  id: string;
  title: string;
  description: string | undefined;
  href: string;
  questions: IndexEntry[];
  /** Command lists, installation steps, code walk-throughs: listed apart, not counted as questions. */
  references: IndexEntry[];
}

export interface IndexedGroup {
  /** Topic id, or the standalone page's path for a page outside the topics. */
  id: string;
  label: string;
  summary: string;
  href: string;
  pages: IndexedPage[];
  questionCount: number;
  referenceCount: number;
}

export interface GroupInput {
  id: string;
  label: string;
  summary: string;
  href: string;
  /** Its pages, in sidebar order. */
  pages: { id: string; title: string; description: string | undefined; href: string }[];
}

/**
 * The question index: every catalogued answer under its page and group (topic), in page
 * order and, within a page, in catalogue order (the order of the page). Counts are of the
 * entries themselves, so the home page, the topic overviews and the index agree.
 */
export function buildQuestionIndex(groups: GroupInput[], entries: QuestionEntry[], answerHref: (page: string, anchor: string) => string): IndexedGroup[] {
  const byPage = new Map<string, QuestionEntry[]>();
  for (const entry of entries) byPage.set(entry.page, [...(byPage.get(entry.page) ?? []), entry]);
  return groups.map((group) => {
    const pages = group.pages.map((page): IndexedPage => {
      const listed = (byPage.get(page.id) ?? []).map((entry) => ({ ...entry, href: answerHref(entry.page, entry.anchor) }));
      return { ...page, questions: listed.filter((entry) => entry.kind === 'question'), references: listed.filter((entry) => entry.kind === 'reference') };
    });
    return {
      ...group,
      pages,
      questionCount: pages.reduce((sum, page) => sum + page.questions.length, 0),
      referenceCount: pages.reduce((sum, page) => sum + page.references.length, 0),
    };
  });
}

/** Every tag used, most used first (ties in first-seen order), for the index's tag filter. */
export function tagsByUse(entries: QuestionEntry[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count);
}

/** The group an entry belongs to: its topic, or its standalone page. */
export function groupOf(entry: Pick<QuestionEntry, 'page'>): string {
  return topicOfPage(entry.page) ?? entry.page;
}
