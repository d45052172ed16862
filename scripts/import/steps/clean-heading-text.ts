import type { Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { paragraph, text, trimPhrasing } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

const TRAILING_COLON = /\s*[:：]\s*$/u;

/**
 * Headings read as plain titles: `**bold**` wrappers are unwrapped (the heading is already
 * emphasised), a trailing colon (`### 列出镜像：`, a label's punctuation) leaves the title, and
 * a trailing `[#](blog-url)` permalink copied from a blog is taken out of the title and kept
 * below it as a 来源 link.
 */
export function cleanHeadingText(tree: Root, _context: StepContext): void {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      out.push(node);
      continue;
    }
    const permalink = takeTrailingPermalink(node);
    node.children = withoutTrailingColon(trimPhrasing(unwrapEmphasis(node.children)));
    out.push(node);
    if (permalink) out.push(sourceLink(permalink, node));
  }
  tree.children = out;
}

function unwrapEmphasis(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) =>
    child.type === 'strong' || child.type === 'emphasis' ? unwrapEmphasis(child.children) : [child],
  );
}

function withoutTrailingColon(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text' || !TRAILING_COLON.test(last.value)) return children;
  return trimPhrasing([...children.slice(0, -1), { ...last, value: last.value.replace(TRAILING_COLON, '') }]);
}

function takeTrailingPermalink(node: Heading): Link | null {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'link') return null;
  const label = last.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
  if (label !== '#') return null;
  node.children = node.children.slice(0, -1);
  return last;
}

function sourceLink(permalink: Link, node: Heading): Paragraph {
  const link: Link = { type: 'link', url: permalink.url, title: null, children: [text('原文')] };
  const out = paragraph([text('来源：'), link]);
  if (node.position) out.position = node.position;
  return out;
}
