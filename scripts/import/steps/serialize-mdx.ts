import type { Heading, Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { stringify as stringifyYaml } from 'yaml';
import { headingId } from './assign-anchor-ids.ts';

const serializer = unified()
  .use(remarkMdx)
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

/** Components a generated page may use, and where they live relative to `src/`. */
const COMPONENTS: Record<string, string> = {
  Question: 'components/content/Question.astro',
  MissingImage: 'components/content/MissingImage.astro',
  EmptySection: 'components/content/EmptySection.astro',
  TopicOverview: 'components/content/TopicOverview.astro',
  TopicGrid: 'components/content/TopicGrid.astro',
  QuestionIndex: 'components/content/QuestionIndex.astro',
};

export interface MdxDocument {
  frontmatter: Record<string, unknown>;
  blocks: RootContent[];
  /** Depth of the file below src/content/docs (0 for `index.mdx`, 1 for `go/interview.mdx`). */
  depth: number;
}

/**
 * Writes a page as MDX. Text that MDX would read as JSX or an expression (`<key=value>`,
 * braces) is escaped by the MDX serializer, and each heading carries its id as `{#id}`.
 */
export function serializeMdx(document: MdxDocument): string {
  const { body, components } = serializeBody(document.blocks);
  const prefix = '../'.repeat(document.depth + 2);
  const imports = components.map((name) => `import ${name} from '${prefix}${COMPONENTS[name]}';`);
  const yaml = stringifyYaml(document.frontmatter, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${imports.length ? `${imports.join('\n')}\n\n` : ''}${body}`;
}

/** The MDX body of some blocks, and the site components it uses (sorted). */
export function serializeBody(blocks: RootContent[]): { body: string; components: string[] } {
  const tree: Root = { type: 'root', children: structuredClone(blocks) };
  visit(tree, 'heading', (heading: Heading) => {
    const id = headingId(heading);
    if (id) heading.children.push({ type: 'text', value: ` {#${id}}` });
  });
  const used = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node && typeof node.name === 'string' && COMPONENTS[node.name]) used.add(node.name);
  });
  return { body: serializer.stringify(tree), components: [...used].sort() };
}
