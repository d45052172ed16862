import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagramKey } from '../../src/lib/diagram-source.ts';
import { remarkMermaidDiagrams } from '../../src/plugins/remark-mermaid-diagrams.ts';

const SOURCE = ['stateDiagram-v2', '  accTitle: Raft 选举', '  accDescr: 超时未收到心跳转为 Candidate', '  Follower --> Candidate'].join('\n');
const RUNTIME = '/site/src/components/diagrams/DiagramRuntime.astro';

function transform(markdown: string, path: string, sizes = { [diagramKey(SOURCE)]: { width: 300, height: 150 } }) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMermaidDiagrams, { sizes, runtime: RUNTIME });
  const file = new VFile({ path, value: markdown });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  // The HTML of the Markdown part; the MDX import and component are checked on the tree.
  const content: Root = { ...tree, children: tree.children.filter((node) => !node.type.startsWith('mdx')) };
  return { tree, file, html: toHtml(toHast(content)) };
}

const PAGE = `## Raft\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n\n\`\`\`go\nfmt.Println("不是图")\n\`\`\`\n`;

describe('remark-mermaid-diagrams', () => {
  it('turns a mermaid fence into a figure that reserves its measured box', () => {
    const { html } = transform(PAGE, 'page.mdx');
    expect(html).toContain(`<figure class="kb-diagram" data-diagram="${diagramKey(SOURCE)}">`);
    expect(html).toContain('style="--kb-diagram-width: 300; --kb-diagram-height: 150"');
    expect(html).not.toContain('language-mermaid');
  });

  it('captions the figure with the accessible title', () => {
    const { html } = transform(PAGE, 'page.mdx');
    expect(html).toContain('<figcaption class="kb-diagram__caption" id="kb-diagram-1-caption">Raft 选举</figcaption>');
  });

  it('keeps the source out of the search index and out of Expressive Code', () => {
    const { html } = transform(PAGE, 'page.mdx');
    const source = /<details class="kb-diagram__source" data-pagefind-ignore="">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    expect(source).toContain('Follower --> Candidate');
    // A bare <pre>, not <pre><code>: Expressive Code only highlights the latter.
    expect(source).toContain('<pre class="kb-diagram__code">');
    expect(source).not.toContain('<code');
    expect(html).toMatch(/<div class="kb-diagram__viewport" data-pagefind-ignore="">/);
  });

  it('leaves other code fences alone', () => {
    const { html } = transform(PAGE, 'page.mdx');
    expect(html).toContain('<code class="language-go">');
  });

  it('imports the runtime once on an MDX page with diagrams, and only there', () => {
    const twice = transform(`${PAGE}\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n`, 'page.mdx').tree;
    const imports = twice.children.filter((node) => node.type === 'mdxjsEsm');
    expect(imports.map((node) => node.value)).toEqual([`import KbDiagramRuntime from ${JSON.stringify(RUNTIME)};`]);
    expect(twice.children.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'KbDiagramRuntime')).toHaveLength(1);

    const none = transform('## 没有图\n\n正文\n', 'other.mdx').tree;
    expect(none.children.some((node) => node.type === 'mdxjsEsm' || node.type === 'mdxJsxFlowElement')).toBe(false);
  });

  it('numbers captions so each figure has its own id', () => {
    const { html } = transform(`${PAGE}\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n`, 'page.mdx');
    expect(html).toContain('id="kb-diagram-1-caption"');
    expect(html).toContain('id="kb-diagram-2-caption"');
  });

  it('warns about a diagram nobody measured and still renders a box', () => {
    const { html, file } = transform(PAGE, 'page.mdx', {});
    expect(file.messages.map(String).join('\n')).toContain('has no measured size');
    expect(html).toContain('<div class="kb-diagram__canvas"><p class="kb-diagram__status">');
  });

  it('adds no code to a plain Markdown page (MarkdownContent.astro adds the runtime there)', () => {
    const { file, tree, html } = transform(PAGE, 'page.md');
    expect(file.messages).toEqual([]);
    expect(tree.children.some((node) => node.type.startsWith('mdx'))).toBe(false);
    expect(html).toContain(`<figure class="kb-diagram" data-diagram="${diagramKey(SOURCE)}">`);
  });
});
