import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { diagramKey, diagramLabels } from '../../src/lib/diagram-source.ts';
import { readRenderedDiagrams } from '../../src/lib/rendered-diagrams.ts';
import { rehypeMermaidDiagrams } from '../../src/plugins/rehype-mermaid-diagrams.ts';

const DIAGRAMS = fileURLToPath(new URL('../../diagrams', import.meta.url));
const [first, second] = readDiagrams(DIAGRAMS);
const rendered = readRenderedDiagrams(DIAGRAMS);

/** Markdown to HTML tree, as remark-rehype does in the site's pipeline. */
const toHtmlTree = () => (tree: MdastRoot) => toHast(tree) as HastRoot;
/** A render-time sanitizer as note pages get one: GitHub's schema, run first among the rehype plugins. */
const sanitizer = () => (tree: HastRoot) => sanitize(tree) as HastRoot;

/** A plain `.md` page through remark → sanitizer → the diagram plugin → HTML: no MDX anywhere. */
function render(markdown: string) {
  const processor = unified().use(remarkParse).use(toHtmlTree).use(sanitizer).use(rehypeMermaidDiagrams, { diagrams: rendered });
  const file = new VFile({ path: join(DIAGRAMS, '..', 'src/content/docs/x/page.md'), value: markdown });
  const html = toHtml(processor.runSync(processor.parse(file), file) as HastRoot);
  return { html, file };
}

const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\`\n`;
const PAGE = `## 标题\n\n正文\n\n${fence(first!.source)}\n\`\`\`go\nfmt.Println("不是图")\n\`\`\`\n`;

describe('rehype-mermaid-diagrams on a plain Markdown page, after a sanitizer', () => {
  it('replaces the mermaid block with the pre-rendered SVG, inline, as one named and described image', () => {
    const { html } = render(PAGE);
    const { title, description } = diagramLabels(first!.source);
    expect(html).toContain(`<div class="kb-diagram" data-diagram="${diagramKey(first!.source)}"`);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain(`>${title}</title>`);
    expect(html).toContain(`>${description}</desc>`);
    expect(html).not.toContain('language-mermaid');
    expect(html).not.toContain('<style');
    // Other code blocks are left to Expressive Code.
    expect(html).toContain('<code class="language-go">');
  });

  it('reserves the natural size and captions the figure with the accessible title', () => {
    const { html } = render(PAGE);
    const svg = rendered.find((diagram) => diagram.stamp.key === diagramKey(first!.source))!;
    expect(html).toContain(`style="--kb-diagram-width: ${Math.round(svg.width * 100) / 100}; --kb-diagram-height: ${Math.round(svg.height * 100) / 100}"`);
    expect(html).toContain(`<figcaption class="kb-diagram__caption" id="kb-diagram-1-caption">${diagramLabels(first!.source).title}</figcaption></figure>`);
  });

  it('keeps the source in a collapsed details and both source and drawing out of the search index', () => {
    const { html } = render(PAGE);
    const source = /<details class="kb-diagram__source" data-pagefind-ignore="">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    expect(source).toContain(first!.source.split('\n')[0]);
    // A bare <pre>, not <pre><code>: Expressive Code only highlights the latter.
    expect(source).toContain('<pre class="kb-diagram__code">');
    expect(source).not.toContain('<code');
    expect(html).toContain('<div class="kb-diagram__frame" data-pagefind-ignore="">');
  });

  it('wires the zoom and close buttons to the diagram’s own popover, numbered per page', () => {
    const { html } = render(`${PAGE}\n${fence(second!.source)}`);
    for (const number of [1, 2]) {
      expect(html).toContain(`id="kb-diagram-${number}-full" popover="auto"`);
      expect(html).toContain(`popovertarget="kb-diagram-${number}-full" popovertargetaction="show" aria-describedby="kb-diagram-${number}-caption"`);
      expect(html).toContain(`popovertarget="kb-diagram-${number}-full" popovertargetaction="hide" autofocus`);
    }
  });

  it('leaves a mermaid block that is not one of diagrams/*.mmd as code, and says so', () => {
    const { html, file } = render(fence('flowchart TD\n  A["笔记自带的图"] --> B'));
    expect(html).toContain('<code class="language-mermaid">');
    expect(html).not.toContain('<svg');
    expect(file.messages.map(String).join('\n')).toContain('has no rendered SVG');
  });

  it('adds the SVG after the sanitizer: the same SVG through the sanitizer would lose what the page needs', () => {
    const { html } = render(PAGE);
    const sanitized = toHtml(sanitize(fromHtml(html, { fragment: true })));
    expect(html).toMatch(/popover="auto"><svg [^>]*role="img"/);
    expect(sanitized).not.toContain('<svg');
    expect(sanitized).not.toContain('popover');
    expect(sanitized).toContain(diagramLabels(first!.source).title);
  });
});
