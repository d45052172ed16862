import type { BlockContent, DefinitionContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { heading, paragraph, plainText, splitFirstLine, startLine, text, trimPhrasing } from '../mdast-helpers.ts';
import { SENTENCE_PUNCTUATION } from '../text.ts';
import type { StepContext } from '../types.ts';

/** How many `* question` + answer-fence pairs make a note a bulleted Q&A note. */
const MIN_ANSWERED_BULLETS = 3;
const QUESTION_MARK = /[？?]/u;
const MAX_LABEL_LENGTH = 10;

type Block = BlockContent | DefinitionContent;

/**
 * In a bulleted Q&A note every top-level `* question` becomes a heading, its nested
 * points become sub-headings when they carry their own answer fence, and the answer
 * fences that follow stay next to their question.
 */
export function bulletQuestionsToHeadings(tree: Root, _context: StepContext): void {
  if (countAnsweredBullets(tree) < MIN_ANSWERED_BULLETS) return;
  const out: RootContent[] = [];
  let lastHeadingDepth = 0;
  let lastHeadingAnswered = false;
  let questionDepth: number | null = null;

  tree.children.forEach((node, index) => {
    const next = tree.children[index + 1];
    if (node.type === 'heading') {
      lastHeadingDepth = node.depth;
      lastHeadingAnswered = isAnswerFence(next);
      if (questionDepth !== null && node.depth < questionDepth) questionDepth = null;
      out.push(node);
      return;
    }
    if (node.type === 'paragraph' && isLabel(node) && isAnswerFence(next)) {
      out.push(paragraph([{ type: 'strong', children: node.children }]));
      out[out.length - 1]!.position = node.position;
      return;
    }
    if (node.type !== 'list' || node.ordered) {
      out.push(node);
      return;
    }
    const label = labelIntroducingList(node);
    if (label && !isAnswerFence(next)) {
      out.push(...label);
      return;
    }
    const firstText = plainText(node.children[0] ?? []);
    const questionLike = QUESTION_MARK.test(firstLineOf(firstText));
    let depth = lastHeadingAnswered ? lastHeadingDepth : lastHeadingDepth + 1;
    if (questionLike && questionDepth !== null) depth = questionDepth;
    if (questionLike) questionDepth = depth;
    const indent = (node.position?.start.column ?? 1) > 1 ? 1 : 0;
    const followedByFence = isAnswerFence(next);
    node.children.forEach((item, itemIndex) => {
      const isLast = itemIndex === node.children.length - 1;
      out.push(...itemToSection(item, depth + indent, isLast && followedByFence));
    });
  });
  tree.children = out;
}

/**
 * `* 运维高级工程师需要具备以下一些技能：` with its points nested below is a label line that
 * introduces a list, not a question: it stays a paragraph, followed by the list.
 */
function labelIntroducingList(list: List): RootContent[] | null {
  const [item] = list.children;
  if (list.children.length !== 1 || !item) return null;
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph' || !/[：:]\s*$/u.test(plainText(lead)) || plainText(lead).includes('\n')) return null;
  if (!rest.some((child) => child.type === 'list') || rest.some((child) => child.type === 'code')) return null;
  return [lead, ...rest];
}

function countAnsweredBullets(tree: Root): number {
  let count = 0;
  tree.children.forEach((node, index) => {
    if (node.type === 'list' && isAnswerFence(tree.children[index + 1])) count++;
  });
  return count;
}

function isAnswerFence(node: RootContent | undefined): boolean {
  return node?.type === 'code' && !node.lang;
}

function isLabel(node: Paragraph): boolean {
  const value = plainText(node).trim();
  return value.length > 0 && value.length <= MAX_LABEL_LENGTH && !value.includes('\n') && !SENTENCE_PUNCTUATION.test(value);
}

function firstLineOf(value: string): string {
  return value.split('\n')[0] ?? '';
}

/** Turns one list item into a heading followed by the item's own content. */
function itemToSection(item: ListItem, depth: number, answeredByNextFence: boolean): RootContent[] {
  const [lead, ...rest] = item.children;
  const out: RootContent[] = [];
  const trailingLabel = answeredByNextFence ? popTrailingLabel(item) : null;
  // When a lazy label line was popped, the fence answers that label, not the last nested point.
  const fenceAnswersLastPoint = answeredByNextFence && trailingLabel === null;
  if (lead?.type !== 'paragraph') {
    out.push(...flattenChildren(item.children, depth, fenceAnswersLastPoint));
  } else {
    const line = startLine(lead);
    const [firstLine, continuation] = splitFirstLine(lead.children);
    const [title, remainder] = splitAtQuestionMark(trimPhrasing(firstLine));
    out.push(withPosition(heading(depth, title), lead));
    const body = [...remainder, ...(remainder.length && continuation.length ? [text('\n')] : []), ...continuation];
    if (trimPhrasing(body).length > 0) {
      const para = paragraph(trimPhrasing(body));
      if (line !== undefined) para.position = { start: { line, column: 1 }, end: lead.position?.end ?? { line, column: 1 } };
      out.push(para);
    }
    out.push(...flattenChildren(rest, depth, fenceAnswersLastPoint));
  }
  if (trailingLabel) out.push(trailingLabel);
  return out;
}

/** `如何保证消息的顺序性？1.rabbitmq：…` keeps the question as heading and the rest as text. */
function splitAtQuestionMark(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  const last = children[children.length - 1];
  if (children.length !== 1 || last?.type !== 'text') return [children, []];
  const match = QUESTION_MARK.exec(last.value);
  if (!match || match.index === last.value.length - 1) return [children, []];
  const cut = match.index + 1;
  const after = last.value.slice(cut).trim();
  if (!after) return [children, []];
  return [[{ ...last, value: last.value.slice(0, cut) }], [text(after)]];
}

/**
 * Nested points that carry their own answer fence become sub-headings; so does a closing
 * nested list when the fence after the whole list answers its last point. Plain points stay a list.
 */
function flattenChildren(children: Block[], depth: number, answeredByNextFence: boolean): RootContent[] {
  const out: RootContent[] = [];
  for (const [index, child] of children.entries()) {
    const answersLastPoint = answeredByNextFence && index === children.length - 1;
    if (child.type === 'list' && !child.ordered && (answersLastPoint || child.children.some(hasOwnFence))) {
      child.children.forEach((nested, nestedIndex) => {
        out.push(...itemToSection(nested, depth + 1, answersLastPoint && nestedIndex === child.children.length - 1));
      });
    } else {
      out.push(child);
    }
  }
  return out;
}

function hasOwnFence(item: ListItem): boolean {
  return item.children.some((child) => child.type === 'code' && !child.lang);
}

/**
 * `* redis的持久化（RDB 和 AOF）\n  RDB` then a fence: the lazy last line `RDB` is the label
 * of the fence below, not part of the question. Returns it as a bold label paragraph.
 */
function popTrailingLabel(item: ListItem): Paragraph | null {
  const last = item.children[item.children.length - 1];
  if (last?.type === 'list') {
    const lastItem = last.children[last.children.length - 1];
    return lastItem ? popTrailingLabel(lastItem) : null;
  }
  if (last?.type !== 'paragraph' || (item.children.length === 1 && !plainText(last).includes('\n'))) return null;
  const tail = last.children[last.children.length - 1];
  if (tail?.type !== 'text') return null;
  const at = tail.value.lastIndexOf('\n');
  if (at < 0) return null;
  const label = tail.value.slice(at + 1).trim();
  if (!label || label.length > MAX_LABEL_LENGTH || SENTENCE_PUNCTUATION.test(label)) return null;
  tail.value = tail.value.slice(0, at);
  const line = last.position?.end.line;
  const labelParagraph = paragraph([{ type: 'strong', children: [text(label)] }]);
  if (line !== undefined) labelParagraph.position = { start: { line, column: 1 }, end: { line, column: 1 } };
  return labelParagraph;
}

function withPosition(node: Heading, from: Paragraph): Heading {
  const line = startLine(from);
  if (line !== undefined) node.position = { start: { line, column: 1 }, end: { line, column: 1 } };
  return node;
}
