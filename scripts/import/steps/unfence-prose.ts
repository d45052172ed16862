import type { Code, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { detectLanguage, isShellCommand, normalizeLanguageLabel } from '../code-language.ts';
import { hasCjk } from '../text.ts';
import { COPY_BUTTON_LABEL } from '../artifact-rules.ts';
import type { StepContext } from '../types.ts';

/** Share of a line that is Chinese (Han or CJK punctuation) for the line to read as prose. */
const PROSE_LINE_CJK_SHARE = 0.25;
/** Share of lines that must read as prose for a fence to be prose. */
const PROSE_BLOCK_SHARE = 0.6;
const CJK_OR_PUNCT = /[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]/gu;
/** A lone language name left behind by a chat window's code-block header. */
const CODE_LINE = /[{}()=;$\\]|^\s*(?:\w+\s+)?-{1,2}\w/;

/** Languages whose fences may hold a pasted explanation below or between the code. */
const SPLITTABLE = new Set(['go', 'bash', 'proto', 'sql', 'lua', 'dockerfile']);
/** An explanation line inside a code fence: unindented Chinese prose without code punctuation (numbered steps are left to the fence). */
const MIN_PROSE_HAN = 4;
const PROSE_HAN_SHARE = 0.25;
const NOT_PROSE = /^\s|^(?:#|\/\/|\/\*|\*|--|\$|-\s|\d+\s*[.、)）])|[{};|]|:=|\s=\s|==|&&|\s(?:#|\/\/)/;
const HAN = /\p{Script=Han}/gu;

/**
 * Prose is never fenced. Answers pasted inside unlabelled fences are prose, not code: they
 * become paragraphs again, one line per line, while the real code lines inside them stay
 * code. In a labelled fence (`go`, `bash` …), an explanation pasted below or between the
 * code (`三路合并引入了第三个关键的参考点…`) is split out as paragraphs; the code around it
 * stays one fence per run, with its language.
 */
export function unfenceProse(tree: Root, context: StepContext): void {
  visit(tree, 'code', (node, index, parent) => {
    if (index === undefined || !parent) return;
    const label = normalizeLanguageLabel(node.lang);
    let replacement: RootContent[] | null = null;
    if (!node.lang || label === 'text') replacement = isProse(node.value) ? proseBlocks(node, context) : splitExplanations(node);
    else if (label && SPLITTABLE.has(label)) replacement = splitExplanations(node);
    if (!replacement) return;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return [SKIP, index + replacement.length];
  });
}

export function isExplanationLine(line: string): boolean {
  if (line.trim() === '' || NOT_PROSE.test(line) || isShellCommand(line)) return false;
  const compact = line.replace(/\s+/g, '');
  const han = compact.match(HAN)?.length ?? 0;
  return han >= MIN_PROSE_HAN && (han / compact.length >= PROSE_HAN_SHARE || /[。！？]$/u.test(compact));
}

/** Code runs (blank lines kept inside them) and explanation paragraphs, in order; null when there is no explanation. */
function splitExplanations(node: Code): RootContent[] | null {
  const lines = node.value.split('\n');
  if (!lines.some(isExplanationLine)) return null;
  const firstLine = (node.position?.start.line ?? 0) + 1;
  const out: RootContent[] = [];
  let code: { line: number; text: string }[] = [];
  let prose: { line: number; text: string }[] = [];
  const flushProse = () => {
    if (prose.length > 0) out.push(linesToParagraph(prose));
    prose = [];
  };
  const flushCode = () => {
    while (code.length > 0 && code[code.length - 1]!.text.trim() === '') code.pop();
    while (code.length > 0 && code[0]!.text.trim() === '') code.shift();
    if (code.length > 0) {
      out.push({ type: 'code', lang: node.lang, meta: null, value: code.map((entry) => entry.text).join('\n'), position: { start: { line: code[0]!.line - 1, column: 1 }, end: { line: code[code.length - 1]!.line + 1, column: 1 } } });
    }
    code = [];
  };
  lines.forEach((text, offset) => {
    const line = firstLine + offset;
    if (isExplanationLine(text)) {
      flushCode();
      prose.push({ line, text: text.trim() });
    } else if (text.trim() === '' && prose.length > 0) {
      flushProse();
    } else {
      flushProse();
      code.push({ line, text });
    }
  });
  flushProse();
  flushCode();
  return out;
}

export function isProse(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  if (lines.filter((line) => /^\s*\|.*\|\s*$/.test(line)).length > 0) return false;
  return lines.filter(isProseLine).length / lines.length >= PROSE_BLOCK_SHARE;
}

function isProseLine(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  if (compact.length === 0) return false;
  return (compact.match(CJK_OR_PUNCT)?.length ?? 0) / compact.length >= PROSE_LINE_CJK_SHARE;
}

function isCodeLine(line: string): boolean {
  return !hasCjk(line) && !/^\s*https?:\/\/\S+\s*$/.test(line) && CODE_LINE.test(line);
}

/** Splits the fence into paragraphs (blank-line separated) and code runs. */
function proseBlocks(node: Code, context: StepContext): RootContent[] {
  const firstLine = (node.position?.start.line ?? 0) + 1;
  const lines = node.value.split('\n');
  const out: RootContent[] = [];
  let prose: { line: number; text: string }[] = [];
  let code: { line: number; text: string }[] = [];
  let codeLabel: string | null = null;

  const flushProse = () => {
    if (prose.length === 0) return;
    out.push(linesToParagraph(prose));
    prose = [];
  };
  const flushCode = () => {
    if (code.length === 0) return;
    const value = code.map((entry) => entry.text).join('\n');
    const lang = normalizeLanguageLabel(codeLabel) === 'sql' && /^\s*(?:SELECT|SHOW)\b/i.test(value) ? 'sql' : detectLanguage(value);
    out.push({
      type: 'code',
      lang,
      value,
      position: { start: { line: code[0]!.line, column: 1 }, end: { line: code[code.length - 1]!.line, column: 1 } },
    });
    code = [];
    codeLabel = null;
  };

  lines.forEach((raw, offset) => {
    const line = firstLine + offset;
    const next = lines[offset + 1];
    if (raw.trim() === '') {
      flushProse();
      flushCode();
      return;
    }
    if (COPY_BUTTON_LABEL.test(raw.trim()) && next !== undefined && isCodeLine(next)) {
      flushProse();
      flushCode();
      codeLabel = raw.trim();
      context.drop(line, raw.trim(), 'copy-button-artifact');
      return;
    }
    if (isCodeLine(raw)) {
      flushProse();
      code.push({ line, text: raw.trimEnd() });
      return;
    }
    flushCode();
    prose.push({ line, text: raw.trim() });
  });
  flushProse();
  flushCode();
  return out;
}

function linesToParagraph(lines: { line: number; text: string }[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((entry, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: entry.text });
  });
  return {
    type: 'paragraph',
    children,
    position: { start: { line: lines[0]!.line, column: 1 }, end: { line: lines[lines.length - 1]!.line, column: 1 } },
  };
}
