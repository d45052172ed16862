import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeRelatedQuestions } from '../../src/plugins/rehype-related-questions.ts';
import { rehypeSiteWordedHeadings } from '../../src/plugins/rehype-site-worded-headings.ts';
import { readRelatedAnswers } from '../../src/lib/content-model/related-answers.ts';

/** The Markdown plugins read the real catalogue and related-answers.json, as the build does. */
function transform(plugin: () => (tree: Root, file: VFile) => void, page: string, html: string): string {
  const tree = fromHtml(html, { fragment: true });
  plugin()(tree, new VFile({ path: `/work/src/content/docs/${page}.mdx` }));
  return toHtml(tree);
}

describe('相关问题 at the end of an answer', () => {
  const related = readRelatedAnswers();

  it('links the answers the importer found alike, on other pages, before the next answer’s heading', () => {
    expect(related['/kubernetes/core/#cni-plugins']).toContain('/kubernetes/ops-interview/#flannel-vs-calico');
    const html = transform(rehypeRelatedQuestions, 'kubernetes/core', '<h2 id="cni-plugins">网络插件的区别</h2><p>表格</p><h3 id="ji-shu-xi-jie">技术细节</h3><pre>yaml</pre><h2 id="storage-management">存储管理机制</h2>');
    expect(html).toMatch(/<pre>yaml<\/pre><aside class="kb-related" aria-label="相关问题" data-pagefind-ignore=""><p class="kb-related__title">相关问题<\/p><ul><li><a href="\.\.\/ops-interview\/#flannel-vs-calico">Flannel（基于隧道）和 Calico（基于路由）两种网络方案有什么区别？<\/a><span class="kb-site-wording"[^>]*>本站拟题<\/span><span class="kb-related__where">Kubernetes<\/span><\/li><\/ul><\/aside><h2 id="storage-management">/);
  });

  it('leaves pages outside src/content/docs alone', () => {
    const html = '<h2 id="cni-plugins">网络插件的区别</h2>';
    const tree = fromHtml(html, { fragment: true });
    rehypeRelatedQuestions()(tree, new VFile({ path: '/work/src/pages/other.astro' }));
    expect(toHtml(tree)).toBe(html);
  });
});

describe('headings the site wrote', () => {
  it('say so; the author’s headings do not', () => {
    const html = transform(rehypeSiteWordedHeadings, 'kubernetes/ops-interview', '<h2 id="stateful-vs-stateless">Kubernetes 中的有状态服务和无状态服务有什么区别？</h2><h2 id="requests-and-limits">requests 和 limits</h2>');
    expect(html).toBe('<h2 id="stateful-vs-stateless" data-wording="site">Kubernetes 中的有状态服务和无状态服务有什么区别？</h2><h2 id="requests-and-limits">requests 和 limits</h2>');
  });
});
