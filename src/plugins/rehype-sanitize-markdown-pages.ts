import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Declares the `raw` node (HTML embedded in the tree) that remark-rehype leaves for rehype-raw.
import type {} from 'mdast-util-to-hast';

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * What a Markdown page may contain once rendered: GitHub's schema (no script, style, iframe,
 * form or embed; no event handlers; links only http(s)/mailto or relative, images only
 * http(s) or relative), plus the site's own blocks.
 */
export const markdownPageSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure'],
  attributes: {
    ...defaultAttributes,
    // Class names and ARIA of the site's own blocks (remark-site-directives), and Pagefind's data
    // attributes. None can run anything. (Diagrams are added after this sanitizer.)
    '*': [...(defaultAttributes['*'] ?? []), 'className', 'role', 'ariaLabel', 'ariaHidden', 'dataPagefindIgnore', 'dataPagefindWeight'],
    // The heading ids the importer writes (`{#gmp-scheduler}`) are the answers' links.
    h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    img: [...(defaultAttributes.img ?? []), 'loading', 'decoding'],
    code: [['className', /^language-[a-z0-9+#-]+$/]],
  },
  // Ids come from the importer, ASCII and unique per page: no `user-content-` prefix, or links break.
  clobber: [],
  clobberPrefix: '',
  // `data:` and `javascript:` never pass: only these protocols (and relative URLs) do.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
};

/**
 * Defence in depth for pages written as Markdown (every generated note page): the importer
 * already writes no HTML and no unsafe URL, and this makes sure a future escaping mistake
 * still cannot put a script, an event handler or a `javascript:`/`data:` URL on a page. Raw
 * HTML is shown as the text it is (nothing silently vanishes). Runs first among the rehype
 * plugins; what the site itself adds afterwards (heading links, code blocks, copy buttons) is
 * the site's trusted markup.
 */
export function rehypeSanitizeMarkdownPages() {
  return (tree: Root, file: VFile) => {
    if (!isMarkdownPage(file)) return;
    visit(tree, 'raw', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value };
    });
    const clean = sanitize(tree, markdownPageSchema) as Root;
    tree.children = clean.children;
  };
}

function isMarkdownPage(file: VFile): boolean {
  return /\.md$/i.test(file.path ?? '');
}
