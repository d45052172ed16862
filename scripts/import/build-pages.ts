import type { Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { plainText } from './mdast-helpers.ts';
import type { RoutedPage } from './route-sections.ts';
import { assignAnchorIds } from './steps/assign-anchor-ids.ts';
import { describeImages } from './steps/describe-images.ts';
import { insertDiagrams, type DiagramSpec } from './steps/insert-diagrams.ts';
import { resolveInternalLinks } from './steps/resolve-internal-links.ts';
import { serializeMdx } from './steps/serialize-mdx.ts';
import { titleSentenceHeadings } from './steps/title-sentence-headings.ts';
import { collapseWhitespace } from './text.ts';
import type { QuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { throwAll, type LocatedError } from '../../src/lib/located-error.ts';
import { answerKey } from '../../src/schemas/question-catalogue.ts';
import type { SiteView, TopicSpec } from '../../src/schemas/topic-map.ts';
import { RELATED_ANSWERS_FILE } from '../../src/lib/content-model/related-answers.ts';
import { checkCatalogue } from './check-catalogue.ts';
import { answerTexts, relatedAnswers } from './related-answers.ts';

export interface GeneratedFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export const DOCS_DIR = 'src/content/docs';
/** The site component that renders each site view after a page's content. */
const SITE_VIEW_COMPONENTS: Record<SiteView, string> = { 'question-index': 'QuestionIndex' };

export interface SiteModel {
  topics: TopicSpec[];
  /** The question catalogue: titles sentence headings, and must cover every answer. */
  catalogue: QuestionCatalogue;
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
    errors.push(...titleSentenceHeadings({ path: page.plan.path, blocks: page.blocks }, (anchor) => catalogue.byKey.get(answerKey({ page: page.plan.path, anchor }))));
  }
  errors.push(...checkCatalogue(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks, isIndex: page.plan.spec.siteView !== undefined })), catalogue));
  throwAll(errors);
  resolveInternalLinks(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks, titleHeading: page.titleHeading })), anchorsByNote);
  insertDiagrams(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks })), diagrams);

  const files: GeneratedFile[] = pages.map((page) => contentPage(page));
  files.push(relatedAnswersFile(pages, catalogue));
  for (const [order, topic] of topics.entries()) files.push(topicOverview(topic.id, topic.label, topic.summary, order));
  files.push(homePage(topics.length));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function contentPage(page: RoutedPage): GeneratedFile {
  const { plan } = page;
  const order = plan.topic ? plan.topic.pages.indexOf(plan.spec) + 1 : undefined;
  const frontmatter: Record<string, unknown> = {
    title: page.title,
    description: plan.spec.description,
    ...(order === undefined ? {} : { sidebar: { order } }),
    ...(plan.topic ? { topic: plan.topic.id } : {}),
    sources: page.sources.map((source) => ({ note: `notes/${source.note}`, lines: source.lines, heading: source.heading })),
    ...(page.originalHeading ? { originalHeading: page.originalHeading } : {}),
    generated: true,
  };
  const depth = plan.path.split('/').length - 1;
  const blocks = plan.spec.siteView ? [...page.blocks, jsx(SITE_VIEW_COMPONENTS[plan.spec.siteView])] : page.blocks;
  return { path: `${DOCS_DIR}/${plan.path}.mdx`, content: serializeMdx({ frontmatter, blocks, depth }) };
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
    generated: true,
  };
  const blocks: RootContent[] = [
    { type: 'paragraph', children: [{ type: 'text', value: summary }] },
    jsx('TopicOverview', { topic }),
  ];
  return { path: `${DOCS_DIR}/${topic}/index.mdx`, content: serializeMdx({ frontmatter, blocks, depth: 1 }) };
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
    generated: true,
  };
  const blocks: RootContent[] = [jsx('TopicGrid')];
  return { path: `${DOCS_DIR}/index.mdx`, content: serializeMdx({ frontmatter, blocks, depth: 0 }) };
}

function jsx(name: string, attributes: Record<string, string> = {}): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  };
}
