import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSanitizeMarkdownPages } from '../../src/plugins/rehype-sanitize-markdown-pages.ts';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids.ts';
import { remarkSiteDirectives } from '../../src/plugins/remark-site-directives.ts';

/** The order Astro runs them in: remark plugins, remark-rehype with raw HTML kept, rehype plugins, rehype-raw last. */
function render(markdown: string, path = '/site/src/content/docs/page.md'): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkHeadingIds)
    .use(remarkSiteDirectives)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSanitizeMarkdownPages)
    .use(rehypeRaw)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path, value: markdown })));
}

/** What an importer mistake could let through into a page's Markdown. */
const ESCAPED_BY_MISTAKE = [
  '<script>alert(1)</script>',
  '<img src="x.png" onerror="alert(2)">',
  '<a href="javascript:alert(3)">a</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '[link](javascript:alert(4))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '![image](javascript:alert(5))',
  '<svg onload="alert(6)"></svg>',
].join('\n\n');

describe('rehype-sanitize-markdown-pages (the second line of defence)', () => {
  const html = render(ESCAPED_BY_MISTAKE);

  it('lets no script, handler, frame, style or script URL through', () => {
    const found: string[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
      if (['script', 'iframe', 'style', 'svg', 'object', 'embed'].includes(element.tagName)) found.push(element.tagName);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(name);
        if (typeof value === 'string' && /^\s*(?:javascript|data|vbscript):/i.test(value)) found.push(`${name}=${value}`);
      }
    });
    expect(found).toEqual([]);
    // The links and the image are still there, without their URLs.
    expect(html).toContain('<a>link</a>');
    expect(html).toContain('<img alt="image">');
  });

  it('shows raw HTML as the text it is, so nothing vanishes', () => {
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src="x.png" onerror="alert(2)">');
  });

  it('keeps what the site itself puts on a page: heading ids, its blocks, code languages, safe links', () => {
    const page = render('## 标题 {#gmp-scheduler}\n\n:::question\n问题文字\n:::\n\n```go\nfunc main() {}\n```\n\n[官网](https://example.com) ![图](https://example.com/a.png)\n');
    expect(page).toContain('<h2 id="gmp-scheduler">标题</h2>');
    expect(page).toContain('<aside class="kb-question" aria-label="问题">');
    expect(page).toContain('<code class="language-go">');
    expect(page).toContain('<a href="https://example.com">官网</a>');
    expect(page).toContain('<img src="https://example.com/a.png" alt="图">');
  });

  it('leaves the site\'s own MDX pages alone', () => {
    expect(render('<div class="custom">站点自己写的</div>', '/site/src/content/docs/404.mdx')).toContain('<div class="custom">');
  });
});
