import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildQuestionIndex, type GroupInput, type IndexedGroup } from './question-outline.ts';

export type { IndexedGroup, IndexedPage, IndexEntry } from './question-outline.ts';

type DocsEntry = CollectionEntry<'docs'>;

/** A page URL under the configured base (`/` locally, `/<repo>/` on GitHub Pages). */
export function pageHref(id: string, anchor?: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = id === 'index' ? '/' : `/${id}/`;
  return `${base}${path}${anchor && anchor !== '_top' ? `#${anchor}` : ''}`;
}

function pageInput(entry: DocsEntry): GroupInput['pages'][number] {
  return { id: entry.id, title: entry.data.title, description: entry.data.description, href: pageHref(entry.id) };
}

let cache: Promise<IndexedGroup[]> | undefined;

/**
 * The knowledge base as the home page, the topic overviews and the question index show it:
 * every topic (in the topic map's order) with its pages (in sidebar order) and each page's
 * catalogued questions and references, then any standalone page that has catalogued answers.
 */
export function loadIndex(): Promise<IndexedGroup[]> {
  cache ??= (async () => {
    const [docs, topics, questions] = await Promise.all([getCollection('docs'), getCollection('topics'), getCollection('questions')]);
    // A collection has no order; the index lists a page's answers in the order of its headings.
    const headingOrder = new Map<string, number>();
    await Promise.all(
      docs.map(async (doc) => {
        const { headings } = await render(doc);
        headings.forEach((heading, index) => headingOrder.set(`${doc.id}#${heading.slug}`, index + 1));
      }),
    );
    const position = (page: string, anchor: string) => (anchor === '_top' ? 0 : (headingOrder.get(`${page}#${anchor}`) ?? Number.MAX_SAFE_INTEGER));
    const entries = questions.map(({ data }) => data).sort((a, b) => position(a.page, a.anchor) - position(b.page, b.anchor));
    const catalogued = new Set(entries.map((entry) => entry.page));
    const groups: GroupInput[] = topics
      .sort((a, b) => a.data.order - b.data.order)
      .map((topic) => ({
        id: topic.id,
        label: topic.data.label,
        summary: topic.data.summary,
        href: pageHref(topic.id),
        pages: docs
          .filter((entry) => entry.data.topic === topic.id && entry.id !== topic.id)
          .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0))
          .map(pageInput),
      }));
    const standalone = docs.filter((entry) => !entry.data.topic && catalogued.has(entry.id));
    for (const page of standalone) groups.push({ id: page.id, label: page.data.title, summary: page.data.description ?? '', href: pageHref(page.id), pages: [pageInput(page)] });
    return buildQuestionIndex(groups, entries, (page, anchor) => pageHref(page, anchor));
  })();
  return cache;
}

/** The topics only (the home page's grid and the overviews). */
export async function loadTopics(): Promise<IndexedGroup[]> {
  const topicIds = new Set((await getCollection('topics')).map((topic) => topic.id));
  return (await loadIndex()).filter((group) => topicIds.has(group.id));
}
