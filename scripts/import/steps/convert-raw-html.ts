import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Html, Image, InlineCode, Paragraph, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { phrasing } from 'mdast-util-phrasing';
import { visit, SKIP } from 'unist-util-visit';
import { startLine } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

const EXECUTABLE_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'template']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * Raw HTML in a note is untrusted. Safe markup is turned into Markdown (an `<img>` becomes a
 * real image); anything executable (scripts, event handlers, `javascript:` URLs) is shown
 * as literal text instead of being run, so nothing is lost and nothing runs.
 */
export function convertRawHtml(tree: Root, context: StepContext): void {
  visit(tree, 'html', (node, index, parent) => {
    if (index === undefined || !parent) return;
    const line = startLine(node);
    const fragment = fromHtml(node.value, { fragment: true });
    const danger = findExecutable(fragment);
    const inline = parent.type !== 'root' && parent.type !== 'listItem' && parent.type !== 'blockquote';
    if (danger) {
      context.warn(line, `unsafe HTML (${danger}) kept as literal text`);
      const literal: InlineCode = { type: 'inlineCode', value: node.value.trim() };
      const replacement = inline ? literal : ({ type: 'paragraph', children: [literal], position: node.position } satisfies Paragraph);
      parent.children.splice(index, 1, replacement as never);
      return [SKIP, index + 1];
    }
    const converted = htmlToMarkdown(fragment, node, inline);
    parent.children.splice(index, 1, ...(converted as never[]));
    return [SKIP, index + converted.length];
  });
}

function findExecutable(tree: HastRoot): string | null {
  let found: string | null = null;
  visit(tree, 'element', (element: Element) => {
    if (EXECUTABLE_TAGS.has(element.tagName)) found = `<${element.tagName}>`;
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found = `${name} handler`;
      if (typeof value === 'string' && SCRIPT_URL.test(value) && ['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name)) found = `${name}="${value}"`;
    }
  });
  return found;
}

function htmlToMarkdown(fragment: HastRoot, node: Html, inline: boolean): RootContent[] {
  const clean = sanitize(fragment) as HastNodes;
  const mdast = toMdast(clean) as Root;
  const out = inline ? mdast.children.flatMap((child) => (child.type === 'paragraph' ? child.children : [child])) : wrapPhrasing(mdast.children);
  for (const child of out) child.position = node.position;
  visit({ type: 'root', children: out } as Root, 'image', (image: Image) => {
    image.position = node.position;
  });
  return out as RootContent[];
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
