import type { Element, Nodes as HastNodes } from 'hast';
import type { Link, Nodes as MdastNodes, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { htmlTagNames } from 'html-tag-names';
import { htmlVoidElements } from 'html-void-elements';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/** One line of a note that a reader should find on the site. */
export interface ContentLine {
  line: number;
  text: string;
  /**
   * A code line that reads as a list item (`1. 用户创建PVC`, `- kube-system: 系统组件`) may be
   * published as that list item: the marker is then the list's numbering or bullet, which the
   * browser draws, not text. Its words alone then count as found.
   */
  asListItem?: string;
}

const LIST_MARKER = /^\s*(?:\d+[.)]|[-*+])\s+(?=\S)/;

/** The words of a code line that reads as a list item, without its marker. */
function listItemWords(value: string): string | undefined {
  return LIST_MARKER.test(value) ? value.replace(LIST_MARKER, '').trim() : undefined;
}

/** Whether a note line is in the site's text (as written, or as the list item it became). */
export function lineFound(site: string, line: ContentLine): boolean {
  return site.includes(canon(line.text)) || (line.asListItem !== undefined && site.includes(canon(line.asListItem)));
}

const KNOWN_ELEMENTS = new Set(htmlTagNames);
const VOID_ELEMENTS = new Set(htmlVoidElements);

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);
const parse = (text: string): Root => parser.runSync(parser.parse(text)) as Root;

/** Text as compared: no whitespace, no label colons, no bullet glyphs (list syntax). */
export function canon(text: string): string {
  return text.normalize('NFC').replace(/[\s\u3000]+/gu, '').replace(/[:：]/gu, '').replace(/^[•·▪●◦]+/u, '');
}

/**
 * What a reader sees of raw HTML on one line: the tags of real elements (a known HTML element,
 * either without content like `<img>` or closed again on the same line) are markup and vanish,
 * comments vanish; anything else in angle brackets (`<pod-name>`, `List<String>`, a lone `<b>`)
 * is text the page must show.
 */
function withoutMarkupTags(line: string): string {
  const withoutComments = line.replace(/<!--[\s\S]*?-->/g, '');
  return withoutComments.replace(/<(\/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?\/?>/g, (tag, slash: string, name: string) => {
    const element = name.toLowerCase();
    if (!KNOWN_ELEMENTS.has(element)) return tag;
    if (VOID_ELEMENTS.has(element)) return '';
    const other = slash ? new RegExp(`<${element}[\\s>]`, 'i') : new RegExp(`</${element}\\s*>`, 'i');
    return other.test(withoutComments) ? '' : tag;
  });
}

/** Markdown syntax set aside: the plain text of one line, as a reader sees it. */
function plainLine(line: string): string {
  const tree = parse(line.trim());
  visit(tree, 'link', (link: Link, index, parent) => {
    // A blog permalink `[#](url)` is markup, not words.
    if (parent && index !== undefined && toString(link).trim() === '#') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return withoutMarkupTags(toString(tree, { includeImageAlt: false, includeHtml: true }))
    // Emphasis opened on one line and closed on another leaves its markers on the edges.
    .replace(/^[*_]+|[*_]+$/g, '')
    // `###RabbitMQ`: a heading written without the space CommonMark needs.
    .replace(/^#{1,6}(?=[^\s#])/, '');
}

/**
 * Method A: the note parsed as Markdown; every line of every paragraph, heading, table row
 * and code block, with its Markdown syntax set aside.
 */
export function contentLines(text: string): ContentLine[] {
  const tree = parse(text);
  const out: ContentLine[] = [];
  const push = (line: number, value: string, asListItem?: string) => {
    if (canon(value) !== '') out.push({ line, text: value.trim(), ...(asListItem ? { asListItem } : {}) });
  };
  visit(tree, (node: MdastNodes) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end) return;
    if (node.type === 'code') {
      node.value.split('\n').forEach((value, offset) => push(start.line + 1 + offset, value, listItemWords(value)));
      return SKIP;
    }
    if (node.type === 'tableRow') {
      push(start.line, node.children.map((cell) => toString(cell, { includeImageAlt: false })).join(' '));
      return SKIP;
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      const source = text.slice(start.offset, end.offset).split('\n');
      source.forEach((value, offset) => push(start.line + offset, plainLine(node.type === 'heading' && offset === 0 ? value.replace(/^#+\s*/, '') : value)));
      return SKIP;
    }
    return undefined;
  });
  return out;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Method B, written independently of Markdown parsing: each raw line with common Markdown
 * punctuation stripped by patterns, the way a quick external check would do it.
 */
export function naiveContentLines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  let inFence = false;
  text.split('\n').forEach((raw, index) => {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      return;
    }
    let value = raw;
    if (!inFence) {
      value = value
        .replace(/^\s*(?:#{1,6}\s*|>\s*)+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[#\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<!--.*?-->/g, '')
        .replace(/<(\/?)(img|br|p|div|span|a|b|i|strong|em|code|pre|sup|sub)(\s[^>]*)?\/?>/gi, (tag, slash: string, name: string, _attributes, _offset, line: string) =>
          name.toLowerCase() === 'img' || name.toLowerCase() === 'br' || line.toLowerCase().includes(slash ? `<${name.toLowerCase()}` : `</${name.toLowerCase()}>`) ? '' : tag,
        )
        .replace(/\*\*|__|\*|`|\|/g, '')
        .replace(/^\s*:?-{3,}:?\s*$/, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
    }
    const asListItem = inFence ? listItemWords(raw) : undefined;
    if (canon(value) !== '' && !/^[-=_*\s|:]+$/.test(value)) out.push({ line: index + 1, text: value.trim(), ...(asListItem ? { asListItem } : {}) });
  });
  return out;
}

const SKIPPED_CLASSES = new Set(['sr-only']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'button', 'svg', 'noscript']);

/** The text a reader sees in a built page's <main>: title, content, and the page's source note. */
export function mainText(html: string): string {
  const tree = fromHtml(html);
  let main: Element | undefined;
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'main') {
      main = element;
      return false;
    }
  });
  const parts: string[] = [];
  const walk = (node: HastNodes) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED_TAGS.has(node.tagName)) return;
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.some((name) => SKIPPED_CLASSES.has(String(name)))) return;
    }
    for (const child of node.children) walk(child as HastNodes);
    if (node.type === 'element') parts.push('\n');
  };
  if (main) walk(main);
  return parts.join('');
}
