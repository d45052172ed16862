import type { Heading, Parent, Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { stringify as stringifyYaml } from 'yaml';
import { headingId } from './assign-anchor-ids.ts';

// Plain Markdown (CommonMark + GFM + directives), never MDX: a note's text is escaped as
// Markdown text and no construct in this dialect can run code. The directive extension
// escapes a note's `:` wherever it would open a directive, so only the importer writes them.
const serializer = unified()
  .use(remarkDirective)
  .use(remarkGfm)
  // The site parses emphasis CJK-friendly too, so `**…**的` needs no character-reference escapes.
  .use(remarkCjkFriendly)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    fence: '`',
    fences: true,
    incrementListMarker: true,
    listItemIndent: 'one',
    rule: '-',
    strong: '*',
  });

export interface MarkdownDocument {
  frontmatter: Record<string, unknown>;
  blocks: RootContent[];
}

/** Writes a page as Markdown with YAML frontmatter; each heading carries its id as `{#id}`. */
export function serializeMarkdown(document: MarkdownDocument): string {
  const yaml = stringifyYaml(document.frontmatter, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${serializeBody(document.blocks)}`;
}

/** The Markdown body of some blocks. */
export function serializeBody(blocks: RootContent[]): string {
  const tree: Root = { type: 'root', children: structuredClone(blocks) };
  // Two code spans side by side would print as "``", which opens a longer code span instead.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    parent.children = parent.children.reduce<RootContent[]>((out, child) => {
      const last = out[out.length - 1];
      if (child.type === 'inlineCode' && last?.type === 'inlineCode') last.value += child.value;
      else out.push(child);
      return out;
    }, []) as Parent['children'];
  });
  visit(tree, 'heading', (heading: Heading) => {
    const id = headingId(heading);
    if (id) heading.children.push({ type: 'text', value: ` {#${id}}` });
  });
  return serializer.stringify(tree);
}
