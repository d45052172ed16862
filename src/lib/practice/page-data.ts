import type { PracticeEntry } from './practice-catalogue.ts';
import type { PracticeQuestion } from './study-queue.ts';

/**
 * The catalogue as the practice page embeds it (a JSON data block in the page, so the first
 * visit needs no extra request): every practice question with its page, topic and tags,
 * written compactly (tables for pages, topics and tags; one short record per question).
 */
export interface PracticePageData {
  pages: { path: string; title: string }[];
  topics: { id: string; label: string }[];
  tags: string[];
  /** p: page, a: anchor, q: question, t: topic, g: tags (indexes into the tables). */
  questions: { p: number; a: string; q: string; t: number; g: number[] }[];
  /** Ids questions had before (anchors.lock.json), mapped to their ids now: old progress follows its question. */
  former: Record<string, string>;
}

/** A question as the practice page shows it. */
export interface PageQuestion extends PracticeQuestion {
  topicLabel: string;
  pageTitle: string;
  /** The answer on its page, below the base: `go/interview/#gmp-scheduler`, `etcd/lease/`. */
  answerPath: string;
}

const tableIndex = <T>(table: T[], item: T): number => {
  const at = table.indexOf(item);
  return at >= 0 ? at : table.push(item) - 1;
};

export function encodePageData(
  entries: readonly PracticeEntry[],
  topics: readonly { id: string; label: string }[],
  titleOf: (page: string) => string,
  former: Record<string, string>,
): PracticePageData {
  const data: PracticePageData = { pages: [], topics: [], tags: [], questions: [], former };
  const pagePaths: string[] = [];
  const topicIds: string[] = [];
  for (const entry of entries) {
    const p = tableIndex(pagePaths, entry.page);
    if (p === data.pages.length) data.pages.push({ path: entry.page, title: titleOf(entry.page) });
    const t = tableIndex(topicIds, entry.topic);
    if (t === data.topics.length) data.topics.push({ id: entry.topic, label: topics.find((topic) => topic.id === entry.topic)?.label ?? entry.topic });
    data.questions.push({ p, a: entry.anchor, q: entry.question, t, g: entry.tags.map((tag) => tableIndex(data.tags, tag)) });
  }
  return data;
}

export function decodePageData(data: PracticePageData): PageQuestion[] {
  return data.questions.map(({ p, a, q, t, g }) => {
    const page = data.pages[p]!;
    const topic = data.topics[t]!;
    return {
      key: `/${page.path}/#${a}`,
      question: q,
      topic: topic.id,
      topicLabel: topic.label,
      tags: g.map((index) => data.tags[index]!),
      pageTitle: page.title,
      answerPath: a === '_top' ? `${page.path}/` : `${page.path}/#${a}`,
    };
  });
}

/** JSON safe inside an HTML <script> element: no `</script>` or `<!--` can appear. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
