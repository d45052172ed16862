import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { ankiAnswerHtml, practiceAnswerHtml, resolveFromPage } from '../../../src/integrations/practice/answer-html.ts';
import { missingAssets, pageAssets } from '../../../src/integrations/practice/page-assets.ts';
import { answerBarInsertions, applyInsertions, indexMarkInsertions } from '../../../src/integrations/practice/practice-marks-html.ts';
import { articleOf, sliceAnswer } from '../../../src/integrations/practice/slice-answer.ts';

const HTML = readFileSync(new URL('../../fixtures/practice/built-answer-page.html', import.meta.url), 'utf8');
const tree = fromHtml(HTML);
const article = articleOf(tree)!;
const PAGE = '/base/go/interview/';

describe('sliceAnswer', () => {
  const blocks = (anchor: string) => sliceAnswer(article, anchor).filter((node) => node.type === 'element').map((node) => (node.type === 'element' ? `${node.tagName}.${[node.properties.className].flat().join('.')}` : ''));

  it('cuts from after the heading up to the next heading of the same or a higher level, sub-headings included', () => {
    expect(blocks('gmp-scheduler')).toEqual(['aside.kb-question', 'p.', 'div.expressive-code', 'div.kb-diagram', 'div.sl-heading-wrapper.level-h3', 'p.', 'table.']);
    expect(blocks('gmp-flow')).toEqual(['p.', 'table.']);
  });

  it('stops before a block that holds a heading of that level (a heading written in a list item)', () => {
    expect(blocks('gc')).toEqual(['p.']);
  });

  it('takes the whole content for _top, and refuses a heading nested in another block', () => {
    expect(sliceAnswer(article, '_top')).toBe(article.children);
    expect(() => sliceAnswer(article, 'nested')).toThrow(/nested inside another block/);
    expect(() => sliceAnswer(article, 'missing')).toThrow(/#missing is not a heading/);
  });
});

describe('practiceAnswerHtml', () => {
  const html = practiceAnswerHtml(sliceAnswer(article, 'gmp-scheduler'), PAGE, 'kb-answer-7-');

  it('keeps the page’s own markup: code highlighting, the diagram (drawn, with its full-size view), the table', () => {
    expect(html).toContain('<pre data-language="go">');
    expect(html).toContain('style="--0:#fff"');
    expect(html).toContain('<div class="kb-diagram"');
    expect(html).toContain('<svg class="kb-diagram__svg"');
    expect(html).toContain('<table>');
  });

  it('makes its ids its own, and the references to them (the diagram’s popover and caption), so several answers can be shown at once', () => {
    expect(html).toContain('<div class="kb-diagram__zoomable" id="kb-answer-7-kb-diagram-1-full" popover="auto">');
    expect(html.match(/popovertarget="kb-answer-7-kb-diagram-1-full"/g)).toHaveLength(2);
    expect(html).toContain('aria-describedby="kb-answer-7-kb-diagram-1-caption"');
    expect(html).toContain('id="kb-answer-7-kb-diagram-1-caption"');
    expect(html).toContain('id="kb-answer-7-gmp-flow"');
    expect(html).not.toMatch(/(id|popovertarget|aria-describedby)="kb-diagram/);
  });

  it('drops page furniture and what the practice page loads once (copy-link buttons, the question callout, links and scripts)', () => {
    for (const gone of ['kb-copy-link', 'kb-question', '<script', '<link', '复制链接']) expect(html).not.toContain(gone);
  });

  it('points every link where it pointed on its page', () => {
    expect(html).toContain('href="/base/go/interview/#gc"');
    expect(html).toContain('href="/base/go/memory/"');
    expect(html).toContain('href="https://go.dev/"');
    expect(html).toContain('href="/base/go/interview/#gmp-flow"');
    expect(resolveFromPage('mailto:a@b.c', PAGE)).toBe('mailto:a@b.c');
  });
});

describe('ankiAnswerHtml', () => {
  const html = ankiAnswerHtml(sliceAnswer(article, 'gmp-scheduler'), {
    pageUrl: PAGE,
    absolute: (path) => `https://kb.example${path}`,
    answerUrl: 'https://kb.example/base/go/interview/#gmp-scheduler',
  });

  it('is one line of plain HTML: code as <pre><code> with <br>, tabs as references, no classes, styles or buttons', () => {
    expect(html).not.toMatch(/[\n\r\t]/);
    expect(html).toContain('<pre><code class="language-go">func main() {<br>&#x9;println("a &#x3C; b")<br>}</code></pre>');
    for (const gone of ['style=', 'class="sl-', 'kb-', '<button', '<svg', 'data-', 'Section titled', 'loading=']) expect(html).not.toContain(gone);
  });

  it('turns the diagram into a link to the answer on the site, and makes every address absolute', () => {
    expect(html).toContain('<p>图示：<a href="https://kb.example/base/go/interview/#gmp-scheduler">GMP 调度流程</a>（在网站上查看）</p>');
    // Nothing else of the diagram block: neither its Mermaid source nor the full-size view's buttons.
    for (const gone of ['flowchart', '查看 Mermaid 源码', '查看原尺寸', '关闭', '<details']) expect(html).not.toContain(gone);
    expect(html).toContain('href="https://kb.example/base/go/interview/#gc"');
    expect(html).toContain('<img src="https://raw.githubusercontent.com/u/r/main/a.png" alt="示意图">');
    expect(html).toContain('<h3>调度流程</h3>');
  });
});

describe('page assets', () => {
  it('lists the page’s stylesheets (not print), inline styles, and the scripts its content carries; minus what the host has', () => {
    const assets = pageAssets(tree, article);
    expect(assets).toEqual({ stylesheets: ['/_astro/common.css', '/_astro/ec.css'], styles: ['.page-style{color:red}'], contentScripts: ['/_astro/ec.js'] });
    expect(missingAssets(assets, { stylesheets: ['/_astro/common.css'], styles: [], contentScripts: [] })).toEqual({ stylesheets: ['/_astro/ec.css'], styles: ['.page-style{color:red}'], contentScripts: ['/_astro/ec.js'] });
  });
});

describe('practice marks in built pages', () => {
  it('puts a bar right after each question’s heading and at the top for _top, leaving the rest byte for byte', () => {
    const marked = applyInsertions(HTML, answerBarInsertions(HTML, article, new Set(['gmp-scheduler', '_top'])));
    expect(marked.replace(/<div class="kb-practice-bar"[^]*?<\/div>/g, '')).toBe(HTML);
    expect(marked).toMatch(/<\/span><\/div><div class="kb-practice-bar" role="group" aria-labelledby="gmp-scheduler"/);
    expect(marked).toMatch(/<div class="sl-markdown-content"><div class="kb-practice-bar" role="group" aria-labelledby="_top"/);
    expect(marked).toContain('<button data-practice-mark="added" aria-pressed="false">加入练习</button>');
  });

  it('puts a mark after each link that leads to a question', () => {
    const marked = applyInsertions(HTML, indexMarkInsertions(article, (href) => href === '#gc'));
    expect(marked).toContain('垃圾回收</a><span class="kb-practice-mark">新</span>');
  });
});
