import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { readRelatedAnswers } from '../lib/content-model/related-answers.ts';
import { readTopicMap } from '../lib/content-model/topic-map.ts';
import { relativeUrl } from '../lib/page-path.ts';
import { answerKey, topicOfPage, type QuestionEntry } from '../schemas/question-catalogue.ts';
import { catalogueByKey, pageOfFile } from './catalogue-pages.ts';

const HEADING = /^h([1-6])$/;

interface RelatedModel {
  byKey: Map<string, QuestionEntry>;
  related: Record<string, string[]>;
  topicLabels: Map<string, string>;
}

let model: RelatedModel | undefined;

function loadModel(): RelatedModel {
  model ??= {
    byKey: catalogueByKey(),
    related: readRelatedAnswers(),
    topicLabels: new Map(readTopicMap().topics.map((topic) => [topic.id, topic.label])),
  };
  return model;
}

/**
 * 相关问题: at the end of each answer, up to three answers on other pages that cover the same
 * thing (src/content/related-answers.json, computed by the importer from the notes' text).
 * Plain links, no script; left out of the search index, since they are navigation.
 */
export function rehypeRelatedQuestions() {
  return (tree: Root, file: VFile) => {
    const page = pageOfFile(file);
    if (!page) return;
    const { byKey, related, topicLabels } = loadModel();
    const anchors = new Set([...byKey.values()].filter((entry) => entry.page === page).map((entry) => entry.anchor));
    const insertions: { at: number; aside: Element }[] = [];
    for (const anchor of anchors) {
      const links = (related[answerKey({ page, anchor })] ?? []).map((key) => byKey.get(key)).filter((entry): entry is QuestionEntry => entry !== undefined);
      if (links.length === 0) continue;
      const at = sectionEnd(tree.children, anchor, anchors);
      if (at !== null) insertions.push({ at, aside: relatedAside(page, links, topicLabels) });
    }
    // From the end, so earlier positions stay valid.
    for (const { at, aside } of insertions.sort((a, b) => b.at - a.at)) tree.children.splice(at, 0, aside);
  };
}

function headingDepth(node: RootContent): number | null {
  if (node.type !== 'element') return null;
  const match = HEADING.exec(node.tagName);
  return match ? Number(match[1]) : null;
}

/** Where an answer ends: before the next heading at its level or above, or the next answer's heading. */
function sectionEnd(nodes: RootContent[], anchor: string, anchors: Set<string>): number | null {
  let start = 0;
  let depth = 1;
  if (anchor !== '_top') {
    start = nodes.findIndex((node) => headingDepth(node) !== null && (node as Element).properties.id === anchor);
    if (start < 0) return null;
    depth = headingDepth(nodes[start]!)!;
    start++;
  }
  for (let index = start; index < nodes.length; index++) {
    const level = headingDepth(nodes[index]!);
    if (level === null) continue;
    if (level <= depth || anchors.has(String((nodes[index] as Element).properties.id))) return index;
  }
  return nodes.length;
}

function relatedAside(page: string, entries: QuestionEntry[], topicLabels: Map<string, string>): Element {
  const items: ElementContent[] = entries.map((entry) => {
    const topic = topicOfPage(entry.page);
    const children: ElementContent[] = [element('a', { href: relativeUrl(page, entry.page, entry.anchor === '_top' ? null : entry.anchor) }, [{ type: 'text', value: entry.question }])];
    if (entry.wording === 'site') children.push(element('span', { className: ['kb-site-wording'], title: '这道题由本站根据笔记内容拟写，答案是笔记原文' }, [{ type: 'text', value: '本站拟题' }]));
    if (topic) children.push(element('span', { className: ['kb-related__where'] }, [{ type: 'text', value: topicLabels.get(topic) ?? topic }]));
    return element('li', {}, children);
  });
  return element('aside', { className: ['kb-related'], ariaLabel: '相关问题', dataPagefindIgnore: '' }, [
    element('p', { className: ['kb-related__title'] }, [{ type: 'text', value: '相关问题' }]),
    element('ul', {}, items),
  ]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
