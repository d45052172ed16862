import { getCollection, render, type CollectionEntry } from 'astro:content';
import { countQuestions, outlineQuestions, type QuestionLink } from './question-outline.ts';

export type { QuestionLink };

export interface PageSummary {
  id: string;
  title: string;
  description: string | undefined;
  href: string;
  questions: QuestionLink[];
}

export interface TopicSummary {
  id: string;
  label: string;
  summary: string;
  href: string;
  pages: PageSummary[];
  questionCount: number;
}

type DocsEntry = CollectionEntry<'docs'>;

/** A page URL under the configured base (`/` locally, `/<repo>/` on GitHub Pages). */
export function pageHref(id: string, anchor?: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = id === 'index' ? '/' : `/${id}/`;
  return `${base}${path}${anchor ? `#${anchor}` : ''}`;
}

async function summarize(entry: DocsEntry, catalogued: Set<string>): Promise<PageSummary> {
  const { headings } = await render(entry);
  return {
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    href: pageHref(entry.id),
    questions: outlineQuestions(headings, (id) => pageHref(entry.id, id), (id) => catalogued.has(`${entry.id}#${id}`)),
  };
}

let cache: Promise<TopicSummary[]> | undefined;

/** Every topic with its pages (in sidebar order) and each page's questions (its h2 headings). */
export function loadTopics(): Promise<TopicSummary[]> {
  cache ??= (async () => {
    const entries = await getCollection('docs');
    const catalogued = new Set((await getCollection('questions')).map(({ data }) => `${data.page}#${data.anchor}`));
    const overviews = entries
      .filter((entry) => entry.data.topicOrder !== undefined && entry.data.topic === entry.id)
      .sort((a, b) => a.data.topicOrder! - b.data.topicOrder!);
    return Promise.all(
      overviews.map(async (overview) => {
        const pages = await Promise.all(
          entries
            .filter((entry) => entry.data.topic === overview.id && entry.id !== overview.id)
            .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0))
            .map((entry) => summarize(entry, catalogued)),
        );
        return {
          id: overview.id,
          label: overview.data.title,
          summary: overview.data.description ?? '',
          href: pageHref(overview.id),
          pages,
          questionCount: pages.reduce((sum, page) => sum + countQuestions(page.questions), 0),
        };
      }),
    );
  })();
  return cache;
}
