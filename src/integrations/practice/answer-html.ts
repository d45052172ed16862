import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './slice-answer.ts';

/**
 * Page furniture inside an answer that makes no sense away from its page: the 复制链接 button
 * (it copies the current page's address), the question callout (the card shows the question
 * above the answer), and the practice bar this integration adds to pages.
 */
const FURNITURE_CLASSES = ['kb-copy-link', 'kb-question', 'kb-practice-bar'];
/** Elements the practice page loads once for all answers (page-assets.ts) or that never belong in a fragment. */
const DROPPED_TAGS = new Set(['script', 'link', 'style', 'template', 'noscript']);

const URL_PROPERTIES = ['href', 'src'] as const;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A URL of an answer on `pageUrl` (a path below the site's origin, base included), as seen from any other page. */
export function resolveFromPage(value: string, pageUrl: string): string {
  if (HAS_SCHEME.test(value) || value.startsWith('//') || value.startsWith('/')) return value;
  const resolved = new URL(value, `http://site.invalid${pageUrl}`);
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** A deep copy without source positions (structuredClone of parse trees was the slowest step). */
function copy(node: ElementContent): ElementContent {
  if (node.type === 'element') return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(copy) };
  return { ...node, position: undefined } as ElementContent;
}

function clone(nodes: readonly ElementContent[]): Root {
  return { type: 'root', children: nodes.map(copy) as RootContent[] };
}

/** Removes nodes for which `drop` says so; returns SKIP-aware visitor results. */
function removeWhere(tree: Root, drop: (node: Element) => boolean): void {
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && drop(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

/** The answer's blocks without page furniture, every link and image address valid from any page. */
function portable(nodes: readonly ElementContent[], pageUrl: string): Root {
  const tree = clone(nodes);
  removeWhere(tree, (node) => DROPPED_TAGS.has(node.tagName) || FURNITURE_CLASSES.some((name) => hasClass(node, name)));
  visit(tree, 'element', (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolveFromPage(value, pageUrl);
    }
  });
  return tree;
}

/** Properties that name other elements by id (hast's names), one id or a list. */
const ID_REFERENCES: readonly string[] = ['htmlFor', 'popoverTarget', 'ariaActiveDescendant', 'ariaControls', 'ariaDescribedBy', 'ariaDetails', 'ariaErrorMessage', 'ariaFlowTo', 'ariaLabelledBy', 'ariaOwns'];

/**
 * Gives every id of the answer `prefix`, and every reference to one of them (a diagram's 查看原尺寸
 * button and its popover, its caption): ids are unique on their page, not among the answers the
 * practice page shows at once (the 模拟面试 summary opens several, each page numbering its
 * diagrams from 1).
 */
function scopeIds(tree: Root, prefix: string): void {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const scoped = (value: string | number) => (ids.has(String(value)) ? `${prefix}${value}` : String(value));
  visit(tree, 'element', (node) => {
    const { properties } = node;
    if (typeof properties.id === 'string') properties.id = `${prefix}${properties.id}`;
    for (const name of ID_REFERENCES) {
      const value = properties[name];
      if (typeof value === 'string') properties[name] = scoped(value);
      else if (Array.isArray(value)) properties[name] = value.map(scoped);
    }
  });
}

/**
 * The answer as the practice page shows it: the page's own markup (code highlighting, tables,
 * diagrams), its ids prefixed with `idPrefix` (unique to the answer).
 */
export function practiceAnswerHtml(nodes: readonly ElementContent[], pageUrl: string, idPrefix: string): string {
  const tree = portable(nodes, pageUrl);
  scopeIds(tree, idPrefix);
  return toHtml(tree);
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Attributes an Anki card keeps: what the content means, not how the site styles or scripts it. */
const ANKI_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'colSpan', 'rowSpan', 'start', 'lang', 'width', 'height']);

/** An Expressive Code block's source, one line per `.ec-line`. */
function codeLines(block: Element): string[] {
  const lines: string[] = [];
  visit(block, 'element', (node) => {
    if (hasClass(node, 'ec-line')) {
      lines.push(toString(node));
      return SKIP;
    }
    return undefined;
  });
  return lines;
}

function languageOf(block: Element): string | undefined {
  let language: string | undefined;
  visit(block, 'element', (node) => {
    if (node.tagName === 'pre' && typeof node.properties.dataLanguage === 'string') language = node.properties.dataLanguage;
  });
  return language;
}

export interface AnkiAnswerContext {
  pageUrl: string;
  /** An absolute URL (site + base) for a path below the origin. */
  absolute: (path: string) => string;
  /** The answer on its page, absolute: where diagrams are shown. */
  answerUrl: string;
}

/**
 * The answer as an Anki card's back: plain HTML that needs none of the site's CSS or scripts.
 * Code stays code (`<pre><code>`, its text unchanged, line breaks as `<br>` so a note stays on
 * one line of the file); a diagram becomes a link to the answer on the site; every address is
 * absolute; classes, styles and data attributes go.
 */
export function ankiAnswerHtml(nodes: readonly ElementContent[], context: AnkiAnswerContext): string {
  const tree = portable(nodes, context.pageUrl);
  // A diagram (its SVG, full-size view and Mermaid source) is a link: its colours are the site's CSS custom properties, which Anki lacks.
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (hasClass(node, 'kb-diagram')) {
      let caption: Element | undefined;
      visit(node, 'element', (inside) => {
        if (inside.tagName === 'figcaption') caption ??= inside;
      });
      const title = caption ? toString(caption).trim() : '图示';
      parent.children.splice(index, 1, element('p', {}, [text('图示：'), element('a', { href: context.answerUrl }, [text(title)]), text('（在网站上查看）')]));
      return [SKIP, index + 1];
    }
    if (hasClass(node, 'expressive-code')) {
      const language = languageOf(node);
      const code = codeLines(node).join('\n');
      parent.children.splice(index, 1, element('pre', {}, [element('code', language ? { className: [`language-${language}`] } : {}, [text(code)])]));
      return [SKIP, index + 1];
    }
    return undefined;
  });
  removeWhere(tree, (node) => hasClass(node, 'sl-anchor-link') || hasClass(node, 'sr-only') || node.tagName === 'button' || node.tagName === 'svg');
  visit(tree, 'element', (node) => {
    const language = node.tagName === 'code' ? [node.properties.className].flat().find((name) => String(name).startsWith('language-')) : undefined;
    node.properties = Object.fromEntries(Object.entries(node.properties).filter(([name]) => ANKI_ATTRIBUTES.has(name)));
    if (language) node.properties.className = [String(language)];
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = context.absolute(value);
    }
  });
  unwrapHeadingWrappers(tree);
  oneLine(tree);
  return toHtml(tree).trim().replaceAll('\t', '&#x9;');
}

/** Starlight's heading wrapper divs (their classes are gone by now) give way to the heading itself. */
function unwrapHeadingWrappers(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || node.tagName !== 'div') return undefined;
    const children = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const only = children[0];
    if (children.length === 1 && only?.type === 'element' && /^h[2-6]$/.test(only.tagName)) {
      parent.children.splice(index, 1, only);
      return [SKIP, index + 1];
    }
    return undefined;
  });
}

/** Line breaks in code become `<br>`; elsewhere they are white space HTML collapses, so a space. */
function oneLine(tree: Root): void {
  const walk = (node: Root | Element, inCode: boolean) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'text') {
        if (!child.value.includes('\n') && !child.value.includes('\r')) return [child];
        if (!inCode) return [text(child.value.replace(/\s*[\r\n]+\s*/g, ' '))];
        return child.value.split(/\r?\n/).flatMap((line, at): ElementContent[] => (at === 0 ? [text(line)] : [element('br', {}, []), text(line)])).filter((part) => part.type !== 'text' || part.value !== '');
      }
      if (child.type === 'element') walk(child, inCode || child.tagName === 'pre');
      return child.type === 'comment' ? [] : [child as ElementContent];
    }) as typeof node.children;
  };
  walk(tree, false);
}
