import type { Nodes as HastNodes } from 'hast';
import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { phrasing } from 'mdast-util-phrasing';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { decodeEntities, isSafeUrl, isUnclosedComment, tagKind, tokenizeHtml, unsafeAttribute, type HtmlToken } from '../html/html-tokens.ts';
import type { StepContext } from '../types.ts';

/** Parents whose children are blocks: an `html` child of theirs is an HTML block. */
const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

/** GitHub's allowlist without form controls: what real markup from a note may become. */
const SCHEMA = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input') };

/**
 * Raw HTML in a note is untrusted, and most of what the parser calls HTML is not: only real
 * markup is HTML. Balanced tags of allowed elements become Markdown (their text always stays;
 * an `<img>` becomes a real image); words in angle brackets (`<pod-name>`, `List<String>`,
 * `<Enter>`, an unclosed `<b>`) are literal text; elements that could run or load anything
 * (script, style, iframe, handlers, script URLs) are shown whole as literal text, with a
 * warning. Comments are removed and reported; an unclosed `<!--` is an error at its line.
 */
export function convertRawHtml(tree: Root, context: StepContext): void {
  visit(tree, (node) => {
    if (!('children' in node) || !node.children.some((child) => child.type === 'html')) return;
    const parent = node as Parent;
    if (FLOW_PARENTS.has(parent.type)) {
      const closedElsewhere = tagsClosedAcrossBlocks(parent.children.filter((child): child is Html => child.type === 'html'));
      parent.children = parent.children.flatMap((child) => (child.type === 'html' ? convertBlock(child, context, closedElsewhere) : [child])) as Parent['children'];
    } else {
      parent.children = new InlineRun(parent.children as PhrasingContent[], context).convert(0, parent.children.length);
    }
  });
}

function lineAt(node: Html, value: string, offset: number): number {
  return (node.position?.start.line ?? 1) + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/**
 * `<details>` in one HTML block and `</details>` in a later one, with Markdown between them:
 * the tags that pair up across the blocks of one parent (each counted as its block's start).
 */
function tagsClosedAcrossBlocks(blocks: Html[]): Map<Html, Set<number>> {
  const owners = blocks.flatMap((block) => tokenizeHtml(block.value).map((token, index) => ({ block, token, index })));
  const pairs = matchPairs(owners.map((owner) => owner.token));
  const paired = new Map<Html, Set<number>>(blocks.map((block) => [block, new Set<number>()]));
  owners.forEach((owner, at) => {
    if (pairs.has(at)) paired.get(owner.block)!.add(owner.index);
  });
  return paired;
}

/** An HTML block: markup becomes Markdown blocks, anything unsafe makes the block literal. */
function convertBlock(node: Html, context: StepContext, closedElsewhere: Map<Html, Set<number>>): RootContent[] {
  const tokens = tokenizeHtml(node.value);
  const unclosed = tokens.find(isUnclosedComment);
  if (unclosed) {
    context.fail(lineAt(node, node.value, unclosed.start), 'unclosed HTML comment `<!--` would hide the rest of the note; close it with `-->` or delete it');
    return [literalBlock(node)];
  }
  const pairs = matchPairs(tokens);
  const danger = tokens.map((token) => unsafeReason(token)).find((reason) => reason !== null);
  if (danger) {
    context.warn(node.position?.start.line, `unsafe HTML (${danger}) kept as literal text`);
    return [literalBlock(node)];
  }
  let html = '';
  const pairedAcross = closedElsewhere.get(node) ?? new Set<number>();
  tokens.forEach((token, index) => {
    if (token.kind === 'comment') dropComment(node, token, context);
    else if (token.kind === 'text' || isMarkup(token, index, pairs) || (tagKind(token.name) === 'markup' && pairedAcross.has(index))) html += token.raw;
    else html += literalTag(token.raw);
  });
  if (html.trim() === '') return [];
  const mdast = toMdast(sanitize(fromHtml(html, { fragment: true }), SCHEMA) as HastNodes) as Root;
  const blocks = wrapPhrasing(mdast.children);
  visit({ type: 'root', children: blocks } as Root, (child) => {
    child.position = node.position;
  });
  return blocks;
}

function literalBlock(node: Html): RootContent {
  return { type: 'code', lang: 'html', meta: null, value: node.value, position: node.position };
}

function dropComment(node: Html, token: HtmlToken, context: StepContext): void {
  context.drop(lineAt(node, node.value, token.start), token.raw, 'html-comment');
}

/** Raw HTML among inline content: one tag per `html` node, paired across the siblings. */
class InlineRun {
  private readonly children: PhrasingContent[];
  private readonly context: StepContext;
  private readonly tokens: (HtmlToken | null)[];
  private readonly pairs: Map<number, number>;

  constructor(children: PhrasingContent[], context: StepContext) {
    this.children = children;
    this.context = context;
    this.tokens = children.map((child) => (child.type === 'html' ? singleToken(child.value) : null));
    this.pairs = matchPairs(this.tokens);
  }

  /** The converted children in [from, to). */
  convert(from: number, to: number): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    for (let index = from; index < to; index++) {
      const child = this.children[index]!;
      const token = this.tokens[index];
      if (child.type !== 'html' || !token) {
        out.push(child);
        continue;
      }
      const close = this.pairs.get(index);
      const danger = unsafeReason(token);
      if (token.kind === 'comment') {
        dropComment(child, token, this.context);
      } else if (danger) {
        this.context.warn(child.position?.start.line, `unsafe HTML (${danger}) kept as literal text`);
        const last = close ?? index;
        out.push({ type: 'inlineCode', value: this.source(index, last), position: child.position });
        index = last;
      } else if (isMarkup(token, index, this.pairs) && close !== undefined) {
        out.push(...wrap(token, this.convert(index + 1, close)));
        index = close;
      } else if (isMarkup(token, index, this.pairs)) {
        out.push(...voidElement(child));
      } else {
        out.push({ type: 'text', value: child.value, position: child.position });
      }
    }
    return out;
  }

  /** The note's own text from child `first` to child `last`, tags and all. */
  private source(first: number, last: number): string {
    const start = this.children[first]!.position?.start.offset;
    const end = this.children[last]!.position?.end.offset;
    if (start === undefined || end === undefined) return this.children.slice(first, last + 1).map((child) => ('value' in child ? child.value : toString(child))).join('');
    return this.context.note.text.slice(start, end);
  }
}

function singleToken(value: string): HtmlToken {
  const tokens = tokenizeHtml(value);
  return tokens.length === 1 ? tokens[0]! : { kind: 'text', name: '', raw: value, start: 0, end: value.length, selfClosing: false };
}

/** Pairs each opening tag with its closing tag (same name, nesting respected). */
function matchPairs(tokens: (HtmlToken | null)[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (!token || tagKind(token.name) === 'text') return;
    if (token.kind === 'open' && !token.selfClosing) open.push(index);
    if (token.kind !== 'close') return;
    const at = open.findLastIndex((candidate) => tokens[candidate]!.name === token.name);
    if (at < 0) return;
    pairs.set(open[at]!, index);
    pairs.set(index, open[at]!);
    open.length = at;
  });
  return pairs;
}

/** Real markup: an allowed element whose tags are balanced, or one that never closes (`<br>`). */
function isMarkup(token: HtmlToken, index: number, pairs: Map<number, number>): boolean {
  if (token.kind !== 'open' && token.kind !== 'close') return false;
  if (tagKind(token.name) !== 'markup') return false;
  return token.selfClosing || pairs.has(index);
}

function unsafeReason(token: HtmlToken): string | null {
  if (token.kind !== 'open' && token.kind !== 'close') return null;
  if (tagKind(token.name) === 'unsafe') return `<${token.name}>`;
  return tagKind(token.name) === 'markup' ? unsafeAttribute(token) : null;
}

/** A balanced inline element as Markdown; elements Markdown has no syntax for keep their text. */
function wrap(token: HtmlToken, inner: PhrasingContent[]): PhrasingContent[] {
  switch (token.name) {
    case 'b':
    case 'strong':
      return [{ type: 'strong', children: inner }];
    case 'i':
    case 'em':
      return [{ type: 'emphasis', children: inner }];
    case 'del':
    case 's':
    case 'strike':
      return [{ type: 'delete', children: inner }];
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      return [{ type: 'inlineCode', value: inner.map((node) => toString(node)).join('') }];
    case 'a': {
      const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(token.raw);
      const url = href ? decodeEntities(href[1] ?? href[2] ?? href[3] ?? '') : '';
      return url && isSafeUrl(url) ? [{ type: 'link', url, children: inner }] : inner;
    }
    default:
      return inner;
  }
}

/** `<br>`, `<img …>` and other elements without content, through the same sanitizer as blocks. */
function voidElement(node: Html): PhrasingContent[] {
  const mdast = toMdast(sanitize(fromHtml(node.value, { fragment: true }), SCHEMA) as HastNodes) as Root;
  const out = mdast.children.flatMap((child) => (child.type === 'paragraph' ? child.children : phrasing(child) ? [child] : []));
  for (const child of out) child.position = node.position;
  return out as PhrasingContent[];
}

/** A tag that is not markup, written so the HTML parser reads it as the text it is. */
function literalTag(raw: string): string {
  return raw.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/** Block-level HTML that held only inline elements (`<img>`) becomes a paragraph. */
function wrapPhrasing(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (!phrasing(child)) out.push(child);
    else if (last?.type === 'paragraph') last.children.push(child);
    else out.push({ type: 'paragraph', children: [child] });
  }
  return out;
}
