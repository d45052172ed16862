import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { StepContext } from '../types.ts';

/** A line that ends with a comma is in the middle of its sentence. */
const ENDS_MID_SENTENCE = /[，、,]$/u;
const HAN = /\p{Script=Han}/u;
/** A line that starts like an item of a list the author typed by hand. */
const LIST_LIKE = /^\s*(?:\d+(?:\.\d+)*\s*[.、．)）:：]|[（(]\s*\d+\s*[)）]|[-*+•·●▪◦]\s|[a-zA-Z][.)）]\s|第[一二三四五六七八九十百\d]+[步章节点条]|[一二三四五六七八九十]+[、.．]|[①-⑳])/u;
/** `开发：开发人员编写代码…`: a line that opens with a short label and a colon is one of a run of items. */
const LABELLED = /^[^，。：:]{1,16}[：:]/u;
/** A short line is a label (`区别`, `RDB`, `2.网关层`), and stays on its own line. */
const MAX_LABEL_LENGTH = 12;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * A source line break inside a sentence joins the two lines: `…接收到，⏎那么生产者…` reads
 * `…接收到，那么生产者…` (no space after Chinese text; one space between Latin words).
 * Breaks after a sentence end or an unpunctuated line, before a hand-typed or labelled list
 * item and after a short label line stay where the author put them.
 */
export function joinBrokenSentences(tree: Root, _context: StepContext): void {
  visit(tree, 'paragraph', (node: Paragraph) => {
    node.children = joinLines(node.children);
  });
}

/** The paragraph's content as lines: each line is the inline nodes between two breaks. */
function joinLines(children: PhrasingContent[]): PhrasingContent[] {
  const lines: PhrasingContent[][] = [[]];
  const breaks: ('hard' | 'soft')[] = [];
  for (const child of children) {
    if (child.type === 'break') {
      breaks.push('hard');
      lines.push([]);
      continue;
    }
    if (child.type === 'text' && child.value.includes('\n')) {
      const parts = child.value.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) {
          breaks.push('soft');
          lines.push([]);
        }
        if (part !== '') lines[lines.length - 1]!.push({ ...child, value: part });
      });
      continue;
    }
    lines[lines.length - 1]!.push(child);
  }
  if (breaks.length === 0) return children;

  const out: PhrasingContent[] = [...lines[0]!];
  breaks.forEach((kind, index) => {
    const before = lineText(lines[index]!);
    const after = lineText(lines[index + 1]!);
    if (keepsBreak(before, after)) {
      out.push(kind === 'hard' ? { type: 'break' } : { type: 'text', value: '\n' });
    } else {
      trimEnd(out);
      const next = [...lines[index + 1]!];
      trimStart(next);
      const separator = WIDE.test(before.trimEnd().slice(-1)) || WIDE.test(after.trimStart().charAt(0)) ? '' : ' ';
      if (separator) out.push({ type: 'text', value: separator });
      out.push(...next);
      return;
    }
    out.push(...lines[index + 1]!);
  });
  return mergeTexts(out);
}

/**
 * Whether the break between two lines is the author's. Only a break in the middle of a
 * Chinese sentence is not: the line before ends with a comma. (A line that simply ends
 * without punctuation is often the author's own sentence or item end — `…最小资源量⏎limits
 * 定义了…` — so it keeps its break.)
 */
export function keepsBreak(before: string, after: string): boolean {
  const previous = before.trim();
  const next = after.trim();
  if (previous === '' || next === '' || !HAN.test(previous)) return true;
  if (LIST_LIKE.test(next) || LABELLED.test(next)) return true;
  if (previous.length <= MAX_LABEL_LENGTH) return true;
  return !ENDS_MID_SENTENCE.test(previous);
}

function lineText(line: PhrasingContent[]): string {
  return line.map((node) => toString(node)).join('');
}

function trimEnd(nodes: PhrasingContent[]): void {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
}

function trimStart(nodes: PhrasingContent[]): void {
  const first = nodes[0];
  if (first?.type === 'text') nodes[0] = { ...first, value: first.value.replace(/^[ \t]+/, '') };
}

/** Adjacent text nodes become one, as a parser would have produced them. */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + node.value };
    else if (!(node.type === 'text' && node.value === '')) out.push(node);
  }
  return out;
}
