import type { Heading, RootContent } from 'mdast';
import type { QuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { RELATED_ANSWERS_FILE } from '../../src/lib/content-model/related-answers.ts';
import { throwAll, type LocatedError } from '../../src/lib/located-error.ts';
import type { SiteView } from '../../src/lib/site-directives.ts';
import { answerKey } from '../../src/schemas/question-catalogue.ts';
import type { TopicSpec } from '../../src/schemas/topic-map.ts';
import { checkCatalogue } from './check-catalogue.ts';
import { answerTexts, relatedAnswers } from './related-answers.ts';
import type { RoutedPage } from './route-sections.ts';
import { assignAnchorIds } from './steps/assign-anchor-ids.ts';
import { describeImages } from './steps/describe-images.ts';
import { insertDiagrams, type DiagramSpec } from './steps/insert-diagrams.ts';
import { resolveInternalLinks } from './steps/resolve-internal-links.ts';
import { serializeMarkdown } from './steps/serialize-markdown.ts';
import { titleSentenceHeadings } from './steps/title-sentence-headings.ts';

export interface GeneratedFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export const DOCS_DIR = 'src/content/docs';

export interface SiteModel {
  topics: TopicSpec[];
  /**
   * The question catalogue: titles sentence headings, must cover every answer, and gives the
   * answers 相关问题 is computed over. Null for a corpus without one (tests of the importer).
   */
  catalogue: QuestionCatalogue | null;
  /** Curated heading ids, heading text → id (src/content/anchor-ids.yaml). */
  curatedAnchorIds: ReadonlyMap<string, string>;
  anchorsByNote: Map<string, { file: string; index: Map<string, Heading> }>;
  diagrams: DiagramSpec[];
}

/** Finishes routed pages (hierarchy, ids, links) and renders every generated file. */
export function buildPages(pages: RoutedPage[], { topics, catalogue, curatedAnchorIds, anchorsByNote, diagrams }: SiteModel): GeneratedFile[] {
  const errors: LocatedError[] = [];
  for (const page of pages) {
    assignAnchorIds(page.blocks, curatedAnchorIds);
    describeImages(page.blocks, page.title);
    if (catalogue) errors.push(...titleSentenceHeadings({ path: page.plan.path, blocks: page.blocks }, (anchor) => catalogue.byKey.get(answerKey({ page: page.plan.path, anchor }))));
  }
  if (catalogue) errors.push(...checkCatalogue(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks, isIndex: page.plan.spec.siteView !== undefined })), catalogue));
  throwAll(errors);
  resolveInternalLinks(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks, titleHeading: page.titleHeading })), anchorsByNote);
  insertDiagrams(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks })), diagrams);

  const files: GeneratedFile[] = pages.map((page) => contentPage(page));
  if (catalogue) files.push(relatedAnswersFile(pages, catalogue));
  for (const [order, topic] of topics.entries()) files.push(topicOverview(topic.id, topic.label, topic.summary, order));
  files.push(homePage(topics.length));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function contentPage(page: RoutedPage): GeneratedFile {
  const { plan } = page;
  const order = plan.topic ? plan.topic.pages.indexOf(plan.spec) + 1 : undefined;
  const frontmatter: Record<string, unknown> = {
    title: page.title,
    // Written in the topic map (one sentence, at most 80 characters): never cut from the page's text.
    description: plan.spec.description,
    ...(order === undefined ? {} : { sidebar: { order } }),
    ...(plan.topic ? { topic: plan.topic.id } : {}),
    sources: page.sources.map((source) => ({ note: `notes/${source.note}`, lines: source.lines, heading: source.heading })),
    ...(page.originalHeading ? { originalHeading: page.originalHeading } : {}),
    ...(plan.spec.siteView ? { siteView: plan.spec.siteView } : {}),
    generated: true,
  };
  return { path: `${DOCS_DIR}/${plan.path}.md`, content: serializeMarkdown({ frontmatter, blocks: page.blocks }) };
}

/** 相关问题: for each question, up to three on other pages that cover the same thing (rendered by src/plugins/rehype-related-questions.ts). */
function relatedAnswersFile(pages: RoutedPage[], catalogue: QuestionCatalogue): GeneratedFile {
  const answers = pages.flatMap((page) => answerTexts(page.plan.path, page.blocks, catalogue.entries));
  const related = Object.fromEntries([...relatedAnswers(answers)].map(([key, list]) => [key, list.map((item) => item.key)]));
  return { path: RELATED_ANSWERS_FILE, content: `${JSON.stringify(related, null, 2)}\n` };
}

function topicOverview(topic: string, label: string, summary: string, order: number): GeneratedFile {
  const frontmatter = {
    title: label,
    description: summary,
    sidebar: { order: 0, label: '概览' },
    // The overview's page cards are its table of contents.
    tableOfContents: false,
    topic,
    topicOrder: order,
    siteView: 'topic-overview' satisfies SiteView,
    generated: true,
  };
  const blocks: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: summary }] }];
  return { path: `${DOCS_DIR}/${topic}/index.md`, content: serializeMarkdown({ frontmatter, blocks }) };
}

function homePage(topicCount: number): GeneratedFile {
  const frontmatter = {
    title: '后端面试知识库',
    description: `后端面试知识库：${topicCount} 个主题的面试题与学习笔记，可按题目浏览、全文搜索，每个答案都有固定链接。`,
    template: 'splash',
    hero: {
      title: '后端面试知识库',
      tagline: '把一位后端工程师的面试笔记整理成按主题浏览、可全文搜索、能把链接直接发给同事的知识库。',
      actions: [
        { text: '浏览题目索引', link: 'questions/', icon: 'right-arrow', variant: 'primary' },
        { text: '从 Go 语言开始', link: 'go/', variant: 'minimal' },
      ],
    },
    siteView: 'topic-grid' satisfies SiteView,
    generated: true,
  };
  return { path: `${DOCS_DIR}/index.md`, content: serializeMarkdown({ frontmatter, blocks: [] }) };
}
