import type { Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { curatedAnchorIds } from './anchor-ids.ts';
import { plainText } from './mdast-helpers.ts';
import type { RoutedPage } from './route-sections.ts';
import { assignAnchorIds } from './steps/assign-anchor-ids.ts';
import { describeImages } from './steps/describe-images.ts';
import { insertDiagrams, type DiagramSpec } from './steps/insert-diagrams.ts';
import { resolveInternalLinks } from './steps/resolve-internal-links.ts';
import { serializeMarkdown } from './steps/serialize-markdown.ts';
import { collapseWhitespace } from './text.ts';
import type { TopicSpec } from './topic-map.ts';
import type { SiteView } from '../../src/lib/site-directives.ts';

export interface GeneratedFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export const DOCS_DIR = 'src/content/docs';
const MAX_DESCRIPTION = 120;

/** Finishes routed pages (hierarchy, ids, links) and renders every generated file. */
export function buildPages(
  pages: RoutedPage[],
  anchorsByNote: Map<string, { file: string; index: Map<string, Heading> }>,
  diagrams: DiagramSpec[],
  topics: TopicSpec[],
): GeneratedFile[] {
  const curated = new Map(Object.entries(curatedAnchorIds));
  for (const page of pages) {
    assignAnchorIds(page.blocks, curated);
    describeImages(page.blocks, page.title);
  }
  resolveInternalLinks(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks, titleHeading: page.titleHeading })), anchorsByNote);
  insertDiagrams(pages.map((page) => ({ path: page.plan.path, blocks: page.blocks })), diagrams);

  const files: GeneratedFile[] = pages.map((page) => contentPage(page));
  for (const [order, topic] of topics.entries()) files.push(topicOverview(topic.id, topic.label, topic.summary, order));
  files.push(homePage(topics.length));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function contentPage(page: RoutedPage): GeneratedFile {
  const { plan } = page;
  const order = plan.topic ? plan.topic.pages.indexOf(plan.spec) + 1 : undefined;
  const frontmatter: Record<string, unknown> = {
    title: page.title,
    description: plan.spec.description ?? describe(page.blocks) ?? plan.topic?.summary ?? page.title,
    ...(order === undefined ? {} : { sidebar: { order } }),
    ...(plan.topic ? { topic: plan.topic.id } : {}),
    sources: page.sources.map((source) => ({ note: `notes/${source.note}`, lines: source.lines, heading: source.heading })),
    ...(page.originalHeading ? { originalHeading: page.originalHeading } : {}),
    ...(plan.spec.siteView ? { siteView: plan.spec.siteView } : {}),
    generated: true,
  };
  return { path: `${DOCS_DIR}/${plan.path}.md`, content: serializeMarkdown({ frontmatter, blocks: page.blocks }) };
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
    description: `Go、Kubernetes、分布式系统、微服务、中间件、Kafka、etcd、云原生、可观测性与项目经验：${topicCount} 个主题的面试题与学习笔记，可全文搜索，每个答案都有可分享的固定链接。`,
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

/** The page's first sentences, for search results and link previews. */
function describe(blocks: RootContent[]): string | null {
  let found: string | null = null;
  visit({ type: 'root', children: blocks }, 'paragraph', (node) => {
    if (found !== null) return;
    const value = collapseWhitespace(plainText(node));
    if (value.length >= 12 && !value.startsWith('来源：')) found = value;
  });
  if (found === null) return null;
  const value: string = found;
  if (value.length <= MAX_DESCRIPTION) return value;
  const cut = value.slice(0, MAX_DESCRIPTION);
  const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return sentenceEnd >= 40 ? cut.slice(0, sentenceEnd + 1) : `${cut.replace(/[，、,：:\s]+$/u, '')}…`;
}
