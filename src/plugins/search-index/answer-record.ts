import type { Element, ElementContent, Root, Text } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { classesOf, type AnswerSection } from './answer-sections.ts';
import { FILLER_WORDS } from './filler-words.ts';
import { segmentChinese } from './segment-chinese.ts';
import { synonymsFor } from './synonyms.ts';

/**
 * Pagefind weights (its scale: 1 = body text; the record's heading is an h1, weight 7).
 * The wording of an interview question says what its answer is about, so it counts almost like
 * a heading; code and its comments are indexed but count little, so a command that mentions a
 * term does not outrank the prose that explains it.
 */
export const WEIGHTS = { question: 5, headingSynonyms: 5, code: 0.3, bodySynonyms: 1, trail: 1, filler: 0 } as const;

/**
 * Blocks that are page furniture rather than answer text. Figure captions stay: a diagram's
 * caption is its accessible title, words a reader may search for (its source is data-pagefind-ignore).
 */
const DROPPED_TAGS = new Set(['script', 'style', 'link', 'svg', 'button', 'template', 'img', 'picture']);
const DROPPED_CLASSES = ['sl-anchor-link', 'sr-only', 'copy', 'kb-empty-section', 'kb-missing-image'];

export interface AnswerRecord {
  /** `/etcd/lease/` for a page's opening text, `/etcd/internals/#watch-ji-zhi` for an answer under a heading. */
  url: string;
  /** The HTML Pagefind indexes for this answer. */
  html: string;
}

export interface RecordContext {
  pageUrl: string;
  lang: string;
  /** Where the answer sits, outermost first (topic, page, enclosing headings): shown with the result and searchable. */
  trail: string[];
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
      const wording = node.children.find((child): child is Element => child.type === 'element' && classesOf(child).includes('kb-question__text'));
      return wording ? [element('div', { dataPagefindWeight: WEIGHTS.question }, indexable(wording.children))] : [];
    }
    if (classes.includes('expressive-code') || node.tagName === 'pre') return [element('pre', { dataPagefindWeight: WEIGHTS.code }, [text(codeText(node))])];
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

/**
 * The HTML Pagefind indexes for one answer: its heading as the title, its text, where it sits
 * (page and enclosing headings, as the `位置` metadata the search dialog shows under the
 * result), and the other names of the concepts it mentions (synonyms.ts), so "k8s" and
 * "Kubernetes", or "幂等" and "idempotent", land on the same answers.
 */
export function answerRecord(section: AnswerSection, context: RecordContext): AnswerRecord {
  // Every heading gets a record, even one over only a diagram or an empty note section: a
  // reader who types the heading must land on it.
  const body = indexable(section.content);
  const headingSynonyms = synonymsFor(section.heading);
  // The trail counts too: an answer in the Kubernetes topic is found by "k8s" as well.
  const bodySynonyms = synonymsFor(`${indexedText(section)}\n${context.trail.join('\n')}`).filter((name) => !headingSynonyms.includes(name));
  const main = element('main', { dataPagefindBody: '' }, [
    element('h1', {}, [text(section.heading)]),
    ...body,
    ...(headingSynonyms.length > 0 ? [element('p', { dataPagefindWeight: WEIGHTS.headingSynonyms }, [text(headingSynonyms.join(' · '))])] : []),
    ...(bodySynonyms.length > 0 ? [element('p', { dataPagefindWeight: WEIGHTS.bodySynonyms }, [text(bodySynonyms.join(' · '))])] : []),
    // Where the answer sits, as text: "etcd 快照" finds the snapshot answer on the etcd page
    // although that answer never repeats "etcd".
    ...(context.trail.length > 0 ? [element('p', { dataPagefindWeight: WEIGHTS.trail }, [text(context.trail.join(' '))])] : []),
    element('p', { dataPagefindWeight: WEIGHTS.filler }, [text(FILLER_WORDS.join(' '))]),
  ]);
  // Metadata is what the dialog shows: the title, and where the answer sits.
  const meta = [
    element('span', { dataPagefindMeta: 'title' }, [text(section.heading)]),
    ...(context.trail.length > 0 ? [element('span', { dataPagefindMeta: '位置' }, [text(context.trail.join(' › '))])] : []),
  ];
  segmentTexts(main);
  const tree: Root = {
    type: 'root',
    children: [element('html', { lang: context.lang }, [element('head', {}, [element('meta', { charSet: 'utf-8' }, [])]), element('body', {}, [...meta, main])])],
  };
  return { url: section.anchor === null ? context.pageUrl : `${context.pageUrl}#${section.anchor}`, html: toHtml(tree) };
}
