import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { answerKey, type QuestionEntry } from '../../src/schemas/question-catalogue.ts';
import { headingId } from './steps/assign-anchor-ids.ts';

/** At most this many 相关问题 per answer. */
export const MAX_RELATED = 3;
/**
 * Cosine similarity of two answers' keyword vectors from which they cover the same thing.
 * Chosen by reading every pair from 0.2 up: from 0.25, pairs like Raft under etcd and under
 * 分布式, etcd's lease or watch twice, Distro under Nacos and on its own page; below it,
 * mostly answers that only share the vocabulary of their field.
 */
export const RELATED_THRESHOLD = 0.25;
/** Two answers that are each other's best match are related from this similarity on. */
const MUTUAL_THRESHOLD = 0.15;
/** The heading's words (and the author's own question) count this many times as much as one occurrence in the answer. */
const TITLE_WEIGHT = 2;
const LATIN_WEIGHT = 2;
/** How many of an answer's words, by TF-IDF weight, describe it. */
const KEYWORDS = 20;
/** Words that carry no topic: question words and connectives jieba keeps as words. */
const STOP_WORDS = new Set(
  '什么 如何 怎么 怎样 为什么 哪些 哪几 是否 可以 需要 进行 通过 使用 以及 或者 因为 所以 如果 那么 这个 那个 这些 那些 一个 一些 我们 你们 他们 它们 自己 之间 其中 以下 如下 例如 比如 还是 就是 没有 不是 实现 支持 提供 机制 方式 问题 原理 作用 有什么 区别 总结 概述 介绍 简介 定义 应用 场景 优点 缺点 特点 其他 主要 不同 相关 当前 同时 然后 可能 能够 the and for with that this from are is to of in on by as be or'.split(' '),
);

let segmenter: Jieba | undefined;

/** Words of a text as a reader would search them: jieba's segmentation, lower-cased, stop words and one-character words left out. */
export function wordsOf(text: string): string[] {
  segmenter ??= Jieba.withDict(dict);
  return segmenter
    .cut(text.toLowerCase(), true)
    .map((word) => word.trim())
    .filter((word) => word.length >= 2 && /[\p{Script=Han}a-z]/u.test(word) && !STOP_WORDS.has(word));
}

/**
 * A block's text with a space between its text nodes, so table cells (`Flannel | VXLAN`) do
 * not run together into one word; image alt text is the site's (`架构 示意图`), so left out.
 */
function wordsText(block: RootContent): string {
  const parts: string[] = [];
  visit(block, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
  });
  return parts.join(' ');
}

export interface AnswerText {
  entry: QuestionEntry;
  /** The note's heading of the answer ('' for a page that is itself the answer). */
  title: string;
  /** The answer's own text (its section, code left out: code shares keywords, not topics). */
  text: string;
}

/** The text of each catalogued question on a page: its heading's section up to the next catalogued heading. */
export function answerTexts(path: string, blocks: RootContent[], entries: QuestionEntry[]): AnswerText[] {
  const mine = entries.filter((entry) => entry.page === path && entry.kind === 'question');
  const anchors = new Set(entries.filter((entry) => entry.page === path).map((entry) => entry.anchor));
  return mine.map((entry) => {
    let start = entry.anchor === '_top' ? 0 : blocks.findIndex((block) => block.type === 'heading' && headingId(block) === entry.anchor);
    if (start < 0) return { entry, title: '', text: '' };
    const title = entry.anchor === '_top' ? '' : wordsText(blocks[start]!);
    const depth = entry.anchor === '_top' ? 1 : (blocks[start] as { depth: number }).depth;
    if (entry.anchor !== '_top') start++;
    const parts: string[] = [];
    for (let index = start; index < blocks.length; index++) {
      const block = blocks[index]!;
      if (block.type === 'heading' && (block.depth <= depth || anchors.has(headingId(block) ?? ''))) break;
      if (block.type !== 'code') parts.push(wordsText(block));
    }
    return { entry, title, text: parts.join('\n') };
  });
}

/**
 * For each question, up to three questions on other pages that cover the same thing: TF-IDF
 * vectors over the segmented words of the note's text (its heading weighted up), cosine similarity,
 * above a threshold, best first. Computed when the site is imported; the pages show them
 * as links, with no script.
 */
export function relatedAnswers(answers: AnswerText[], threshold = RELATED_THRESHOLD, max = MAX_RELATED): Map<string, { key: string; score: number }[]> {
  const documents = answers.map(({ entry, title, text }) => {
    const counts = new Map<string, number>();
    const add = (word: string, weight: number) => counts.set(word, (counts.get(word) ?? 0) + weight);
    // The note's words only: a prompt the site wrote would make answers alike by its phrasing.
    for (const word of wordsOf(entry.wording === 'author' ? `${title}\n${entry.question}` : title)) add(word, TITLE_WEIGHT);
    // Product and protocol names (Flannel, Raft, etcd) say what an answer is about more than its Chinese prose does.
    for (const word of wordsOf(text)) add(word, /^[a-z]/.test(word) ? LATIN_WEIGHT : 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of documents) for (const word of counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const vectors = documents.map((counts) => {
    // An answer is its strongest keywords: a long answer's many passing words would otherwise drown them.
    const weighted = [...counts]
      .map(([word, count]) => [word, (1 + Math.log(count)) * Math.log(answers.length / documentFrequency.get(word)!)] as const)
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, KEYWORDS);
    const norm = Math.sqrt(weighted.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return new Map(weighted.map(([word, weight]) => [word, weight / norm]));
  });
  const scores = answers.map(({ entry }, index) => answers.map((other, otherIndex) => (otherIndex === index || other.entry.page === entry.page ? 0 : cosine(vectors[index]!, vectors[otherIndex]!))));
  const best = scores.map((row) => row.indexOf(Math.max(...row)));
  // Two answers that are each other's closest match cover the same thing even when one of them says much more.
  const mutualBest = (index: number, otherIndex: number) => best[index] === otherIndex && best[otherIndex] === index && scores[index]![otherIndex]! >= MUTUAL_THRESHOLD;
  const related = new Map<string, { key: string; score: number }[]>();
  answers.forEach(({ entry }, index) => {
    const scored = answers
      .map((other, otherIndex) => ({ other, otherIndex, score: scores[index]![otherIndex]! }))
      .filter(({ score, otherIndex }) => score >= threshold || (threshold === RELATED_THRESHOLD && mutualBest(index, otherIndex)))
      .sort((a, b) => b.score - a.score)
      .slice(0, max)
      .map(({ other, score }) => ({ key: answerKey(other.entry), score }));
    if (scored.length > 0) related.set(answerKey(entry), scored);
  });
  return related;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}
