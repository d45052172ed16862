import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { heading, paragraph, plainText, splitFirstLine, text, trimPhrasing } from '../mdast-helpers.ts';
import { questionBlock } from '../site-blocks.ts';
import type { StepContext } from '../types.ts';

const QUESTION_LABEL = /^问题$/;
const ANSWER_LABEL = /^(?:标准答案|参考答案|答案)$/;
const LABEL_COLON = /^\s*[:：]\s*/;

/** `16. Raft算法原理`: the number the question has in the note's own list of questions. */
const LIST_NUMBER = /^(\d+)\s*[.、．]\s*/u;

/**
 * The "问题 / 标准答案" layout becomes the site's question/answer structure: the heading is
 * the question's title, the full question sits in a `:::question` callout, the answer follows
 * under a 标准答案 label, and bold `**小标题**:` lines inside the answer become sub-headings.
 * The question's number in the note's own list (`16.` of 21) leaves its title: the questions
 * are spread over topic pages, where that number means nothing (a reviewed drop); the
 * question index lists them with their category.
 */
export function questionAnswerLayout(tree: Root, context: StepContext): void {
  const out: RootContent[] = [];
  let answerDepth: number | null = null;
  const nodes = tree.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading') {
      if (answerDepth !== null && node.depth <= answerDepth - 1) answerDepth = null;
      const question = nodes[index + 1];
      const answer = nodes[index + 2];
      if (question && answer && labelOf(question, QUESTION_LABEL) && labelOf(answer, ANSWER_LABEL)) {
        dropListNumber(node, context);
        out.push(node, questionCallout(question as Paragraph), ...answerLabel(answer as Paragraph));
        answerDepth = node.depth + 1;
        index += 2;
        continue;
      }
      out.push(node);
      continue;
    }
    if (answerDepth !== null && node.type === 'paragraph') {
      const subheading = boldLineToHeading(node, answerDepth);
      if (subheading) {
        out.push(...subheading);
        continue;
      }
    }
    out.push(node);
  }
  tree.children = out;
}

function dropListNumber(heading: Heading, context: StepContext): void {
  const first = heading.children[0];
  if (first?.type !== 'text') return;
  const match = LIST_NUMBER.exec(first.value);
  if (!match) return;
  context.drop(heading.position?.start.line ?? 0, `${match[1]}.`, 'global-question-number');
  first.value = first.value.slice(match[0].length);
}

/** `**问题**: …` → the label text when the paragraph opens with a bold label and a colon. */
function labelOf(node: RootContent, label: RegExp): string | null {
  if (node.type !== 'paragraph') return null;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return null;
  const value = plainText(first.children).trim();
  if (!label.test(value)) return null;
  if (second && !(second.type === 'text' && LABEL_COLON.test(second.value))) return null;
  return value;
}

function afterLabel(node: Paragraph): PhrasingContent[] {
  const [, second, ...rest] = node.children;
  if (second?.type === 'text') return trimPhrasing([text(second.value.replace(LABEL_COLON, '')), ...rest]);
  return trimPhrasing(rest);
}

function questionCallout(node: Paragraph): ContainerDirective {
  const body = paragraph(afterLabel(node));
  body.position = node.position;
  return { ...questionBlock([body]), position: node.position };
}

/** `**标准答案**:\n正文…` → a 标准答案 label paragraph, then the text that shared its paragraph. */
function answerLabel(node: Paragraph): RootContent[] {
  const label = node.children[0]!;
  const rest = afterLabel(node);
  const labelParagraph = paragraph([label, text('：')]);
  labelParagraph.position = node.position;
  if (rest.length === 0) return [labelParagraph];
  const body = paragraph(rest);
  body.position = node.position;
  return [labelParagraph, body];
}

/** `**调度流程**:` (bold, colon, nothing else on its line) → a sub-heading of the answer. */
function boldLineToHeading(node: Paragraph, depth: number): RootContent[] | null {
  const [firstLine, rest] = splitFirstLine(node.children);
  const [strong, colon, ...extra] = firstLine;
  if (strong?.type !== 'strong' || extra.length > 0) return null;
  if (colon && !(colon.type === 'text' && /^\s*[:：]\s*$/.test(colon.value))) return null;
  if (!colon && rest.length > 0) return null;
  const title: Heading = heading(depth, trimPhrasing(strong.children));
  if (node.position) title.position = { start: node.position.start, end: node.position.start };
  if (rest.length === 0) return [title];
  const body = paragraph(trimPhrasing(rest));
  if (node.position) body.position = { start: { line: node.position.start.line + 1, column: 1 }, end: node.position.end };
  return [title, body];
}
