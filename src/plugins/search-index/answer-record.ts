import type { Element, ElementContent, Root, Text } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { classesOf, type AnswerSection } from './answer-sections.ts';
import { ANSWER_TEXT_MARK, SEARCH_META, SHOWN_META, TOPIC_FILTER } from './browser/record-fields.js';
import { segmentChinese, spacedWords } from './segment-chinese.ts';
import { synonymsFor } from './synonyms.ts';

/**
 * Pagefind weights of the answer's text (its scale: 1 = body text; the record's heading is an
 * h1, weight 7). Code and its comments are indexed but count little, so a command that mentions
 * a term does not outrank the prose that explains it. What a reader does not see on the page
 * (question wordings, other names, location) is searchable metadata instead, weighted by
 * `metaWeights` in src/config/search.ts.
 */
export const WEIGHTS = { code: 0.3 } as const;

/**
 * Blocks that are page furniture rather than answer text. Figure captions stay: a diagram's
 * caption is its accessible title, words a reader may search for (its source is data-pagefind-ignore).
 */
const DROPPED_TAGS = new Set(['script', 'style', 'link', 'svg', 'button', 'template', 'img', 'picture']);
const DROPPED_CLASSES = ['sl-anchor-link', 'sr-only', 'copy', 'kb-empty-section', 'kb-missing-image'];

/**
 * Blocks of text. Pagefind ends every p, li, div, td… whose text ends in a letter with a full
 * stop of its own ("减少线程切换开销. 支持百万级Goroutine."), text the page does not have; a
 * preview must be the answer's own words. So blocks are indexed as spans followed by a line
 * break, which Pagefind reads as a space between them and nothing more.
 */
const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'aside', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'details', 'summary', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

export interface AnswerRecord {
  /** `/etcd/lease/` for a page's opening text, `/etcd/internals/#watch-ji-zhi` for an answer under a heading. */
  url: string;
  /** The HTML Pagefind indexes for this answer. */
  html: string;
  /** The topic the dialog filters it by. */
  topic?: string;
}

export interface RecordContext {
  pageUrl: string;
  lang: string;
  /** Where the answer sits, outermost first (topic, page, enclosing headings): shown with the result and searchable. */
  trail: string[];
  /** The topic the answer belongs to (the dialog's filter); none for pages outside every topic. */
  topic?: string;
  /** How readers ask for this answer (the question catalogue, question-wordings.ts): searched like the heading, never shown as its preview. */
  questions: string[];
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): Text => ({ type: 'text', value });

/** A list whose every item is only a link is navigation (a table of contents, a question index). */
function isLinkList(node: Element): boolean {
  if (node.tagName !== 'ul' && node.tagName !== 'ol') return false;
  const items = node.children.filter((child): child is Element => child.type === 'element');
  return (
    items.length > 0 &&
    items.every((item) => {
      const meaningful = item.children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
      const only = meaningful[0];
      return meaningful.length === 1 && only?.type === 'element' && only.tagName === 'a';
    })
  );
}

/** The text of a code block, one line per line (Expressive Code renders each line as a div). */
function codeText(node: Element): string {
  const lines: string[] = [];
  const visit = (child: ElementContent) => {
    if (child.type !== 'element') return;
    if (classesOf(child).includes('ec-line')) lines.push(toString(child));
    else child.children.forEach(visit);
  };
  visit(node);
  return lines.length > 0 ? lines.join('\n') : toString(select('pre', node) ?? node);
}

/** The answer's content as Pagefind should see it: furniture dropped, questions and code weighted, attributes cleared. */
function indexable(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [text(node.value)];
    if (node.type !== 'element') return [];
    const classes = classesOf(node);
    if (DROPPED_TAGS.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return [];
    if (DROPPED_CLASSES.some((name) => classes.includes(name)) || isLinkList(node)) return [];
    if (classes.includes('kb-question')) {
      // The callout's wording is answer text a reader sees (its "问题" label is not); the
      // catalogue also lists it as the author's question, ranked like the heading (question-wordings.ts).
      const wording = node.children.find((child): child is Element => child.type === 'element' && classesOf(child).includes('kb-question__text'));
      return wording ? [element('span', {}, indexable(wording.children)), text('\n')] : [];
    }
    if (classes.includes('expressive-code') || node.tagName === 'pre') return [element('pre', { dataPagefindWeight: WEIGHTS.code }, [text(codeText(node))])];
    if (BLOCK_TAGS.has(node.tagName)) return [element('span', {}, indexable(node.children)), text('\n')];
    return [element(node.tagName, {}, indexable(node.children))];
  });
}

/** Marks Chinese word boundaries in every text node (see segment-chinese.ts). */
function segmentTexts(node: Element): void {
  for (const child of node.children) {
    if (child.type === 'text') child.value = segmentChinese(child.value);
    else if (child.type === 'element') segmentTexts(child);
  }
}

/** Whether the section has text of its own under its heading (not only diagrams or nothing). */
export function hasText(section: AnswerSection): boolean {
  return toString(element('div', {}, indexable(section.content))).trim() !== '';
}

/** An answer's heading and text as indexed (without synonyms and location): what a search for its words should find. */
export function indexedText(section: AnswerSection): string {
  return `${section.heading}\n${toString(element('div', {}, indexable(section.content)))}`;
}

const metaField = (name: string, value: string): Element => element('span', { dataPagefindMeta: name }, [text(value)]);

/**
 * The HTML Pagefind indexes for one answer. Its searchable text is only what a reader sees in
 * the answer (heading and text), so previews are always the answer's own words. Everything else
 * that should find it is metadata, searched but not shown (browser/record-fields.js): the
 * heading and the question wordings (ranked like a heading), the other names of the concepts
 * it mentions (synonyms.ts, so "k8s" and "Kubernetes", or "幂等" and "idempotent", land on the
 * same answers) and where it sits (page and enclosing headings, also shown as `位置`).
 */
export function answerRecord(section: AnswerSection, context: RecordContext): AnswerRecord {
  // Every heading gets a record, even one over only a diagram or one that groups the answers
  // below it: a reader who types the heading must land on it. (A section the author left
  // empty is no heading but a notice, dropped above: it is no answer.)
  const body = indexable(section.content);
  // The question adds its words that are not the heading's: the heading's own field already
  // searches those, and counted twice they would lift every answer whose catalogue question
  // repeats its heading (etcd's "Raft 一致性算法", asked "etcd 如何用 Raft 算法保证数据一致？")
  // above the answer whose heading is what the reader asked ("Raft 如何选主" → Leader选举).
  const headingWords = new Set(spacedWords(section.heading).toLowerCase().split(' '));
  const questionWords = spacedWords(context.questions.join(' ')).split(' ').filter((word) => word !== '' && !headingWords.has(word.toLowerCase()));
  const questions = questionWords.length > 0 ? [questionWords.join(' ')] : [];
  const asked = [section.heading, ...context.questions].join('\n');
  const headingSynonyms = synonymsFor(asked);
  // The trail counts too: an answer in the Kubernetes topic is found by "k8s" as well.
  const bodySynonyms = synonymsFor(`${indexedText(section)}\n${context.trail.join('\n')}`).filter((name) => !headingSynonyms.includes(name));
  const main = element('main', { dataPagefindBody: '' }, [
    element('h1', {}, [text(section.heading)]),
    // Where the answer's own text starts: previews are cut from here on (browser/excerpt.js).
    element('span', { id: ANSWER_TEXT_MARK }, []),
    ...body,
  ]);
  segmentTexts(main);
  const searched: [string, string[]][] = [
    [SEARCH_META.heading, [section.heading]],
    [SEARCH_META.question, questions],
    [SEARCH_META.headingSynonyms, headingSynonyms],
    [SEARCH_META.synonyms, bodySynonyms],
    // "etcd 快照" finds the snapshot answer on the etcd page although it never repeats "etcd".
    [SEARCH_META.location, context.trail],
  ];
  const meta = [
    // What the dialog shows: the title, and where the answer sits.
    metaField(SHOWN_META.title, section.heading),
    ...(context.trail.length > 0 ? [metaField(SHOWN_META.location, context.trail.join(' › '))] : []),
    ...searched.filter(([, values]) => values.length > 0).map(([name, values]) => metaField(name, spacedWords(values.join(' ')))),
    ...(context.topic ? [element('span', { dataPagefindFilter: TOPIC_FILTER }, [text(context.topic)])] : []),
  ];
  const tree: Root = {
    type: 'root',
    children: [element('html', { lang: context.lang }, [element('head', {}, [element('meta', { charSet: 'utf-8' }, [])]), element('body', {}, [...meta, main])])],
  };
  return { url: section.anchor === null ? context.pageUrl : `${context.pageUrl}#${section.anchor}`, html: toHtml(tree), ...(context.topic ? { topic: context.topic } : {}) };
}
