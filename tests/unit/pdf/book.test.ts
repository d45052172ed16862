import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bookHtml, chapterTree } from '../../../scripts/pdf/book-html.ts';
import { bookOutline, type PageFacts } from '../../../scripts/pdf/book-outline.ts';
import type { SidebarEntry } from '../../../src/lib/built-sidebar.ts';

const sidebar: SidebarEntry[] = [
  { link: { label: '题目索引', href: '/kb/questions/' } },
  { link: { label: '面试答题技巧', href: '/kb/interview-tips/' } },
  { group: { label: 'Go 语言', links: [{ label: '概览', href: '/kb/go/' }, { label: 'Go 语言基础', href: '/kb/go/interview/' }, { label: '内存', href: '/kb/go/memory/' }] } },
  { group: { label: '空主题', links: [{ label: '概览', href: '/kb/empty/' }] } },
];
const facts: Record<string, PageFacts> = {
  'questions/': { fromNotes: false, title: '题目索引', intro: null },
  'interview-tips/': { fromNotes: true, title: '面试答题技巧', intro: '技巧……' },
  'go/': { fromNotes: false, title: 'Go 语言', intro: 'GMP、Channel 与垃圾回收。' },
  'go/interview/': { fromNotes: true, title: 'Go 语言基础', intro: null },
  'go/memory/': { fromNotes: true, title: 'Go 内存管理', intro: null },
  'empty/': { fromNotes: false, title: '空主题', intro: '没有页面。' },
};
const parts = bookOutline(sidebar, '/kb/', (path) => facts[path] ?? null);

describe('bookOutline', () => {
  it('follows the sidebar: standalone note pages, then a part per topic with its overview’s words and its note pages', () => {
    expect(parts).toEqual([
      { id: 'interview-tips', title: '面试答题技巧', intro: null, standalone: true, pages: [{ path: 'interview-tips/', title: '面试答题技巧', slug: 'interview-tips' }] },
      {
        id: 'go',
        title: 'Go 语言',
        intro: 'GMP、Channel 与垃圾回收。',
        standalone: false,
        pages: [
          { path: 'go/interview/', title: 'Go 语言基础', slug: 'go-interview' },
          { path: 'go/memory/', title: 'Go 内存管理', slug: 'go-memory' },
        ],
      },
    ]);
  });
});

describe('chapterTree', () => {
  const document = { parts, base: '/kb/', siteUrl: 'https://kb.example.com/kb/' };
  const chapter = (html: string) => toHtml(chapterTree(html, 'go-interview', document, 1));

  it('makes ids unique in the book and turns links between pages into links inside it', () => {
    expect(chapter('<h2 id="gmp">GMP</h2><a href="#gmp">上文</a>')).toBe('<h3 id="go-interview--gmp">GMP</h3><a href="#go-interview--gmp">上文</a>');
    expect(chapter('<a href="/kb/go/memory/#gc">GC</a><a href="/kb/go/memory/">内存</a>')).toBe('<a href="#go-memory--gc">GC</a><a href="#page-go-memory">内存</a>');
  });

  it('sends links to pages the book leaves out to the site, and leaves other sites alone', () => {
    expect(chapter('<a href="/kb/questions/#all">题目</a><a href="https://etcd.io/">etcd</a>')).toBe('<a href="https://kb.example.com/kb/questions/#all">题目</a><a href="https://etcd.io/">etcd</a>');
  });

  it('keeps SVG ids (its styles refer to them), loads images before printing, opens details', () => {
    const html = chapter('<svg id="mermaid-1"><g id="node"></g></svg><img src="/kb/_astro/a.webp" loading="lazy" alt="图"><details><summary>源码</summary>x</details>');
    expect(html).toContain('<svg id="mermaid-1"><g id="node"></g></svg>');
    expect(html).toContain('<img src="/kb/_astro/a.webp" alt="图" decoding="sync">');
    expect(html).toContain('<details open>');
  });

  it('prints the catalogue’s question after a heading worded otherwise, marked when the site wrote it, and not twice', () => {
    const questions = new Map([
      ['gmp', { question: 'GMP 调度模型是怎样的？', siteWording: true }],
      ['chan', { question: 'Channel 的底层是什么？', siteWording: false }],
      ['same', { question: '什么是逃逸分析？', siteWording: true }],
    ]);
    const html = toHtml(chapterTree('<h2 id="gmp">1. GMP</h2><h3 id="chan">Channel</h3><h2 id="same">什么是逃逸分析？</h2><h2 id="other">其他</h2>', 'go-interview', document, 1, (anchor) => questions.get(anchor)));
    expect(html).toBe(
      '<h3 id="go-interview--gmp">1. GMP<span class="kb-book-question" data-wording="site"> — 问：GMP 调度模型是怎样的？</span></h3>' +
        '<h4 id="go-interview--chan">Channel<span class="kb-book-question"> — 问：Channel 的底层是什么？</span></h4>' +
        '<h3 id="go-interview--same">什么是逃逸分析？</h3><h3 id="go-interview--other">其他</h3>',
    );
  });

  it('moves headings one level down, h6 staying h6', () => {
    expect(chapter('<h2>a</h2><h5>b</h5><h6>c</h6>')).toBe('<h3>a</h3><h6>b</h6><h6>c</h6>');
  });
});

describe('bookHtml', () => {
  const pages = new Map([
    ['interview-tips/', { article: '<h2 id="star">STAR 法则</h2><p>先说情境。</p>', sources: null }],
    ['go/interview/', { article: '<h2 id="gmp">GMP</h2>', sources: '<aside class="kb-sources">来源</aside>' }],
    ['go/memory/', { article: '<p>内存</p>', sources: null }],
  ]);
  const html = bookHtml({ title: '书', subtitle: '副标题', colophon: '版本', parts, pages, styles: ['<link rel="stylesheet" href="/kb/_astro/a.css">'], bookCss: '.x{}', base: '/kb/', siteUrl: 'https://kb.example.com/kb/', pageNumbers: new Map([['part-go', 5], ['page-go-interview', 6]]) });

  it('has a cover, a table of contents with the known page numbers, parts as h1 and chapters as h2', () => {
    expect(html).toContain('<p class="kb-book-cover__title">书</p>');
    expect(html).toMatch(/<a class="kb-toc__part" href="#part-go"><span class="kb-toc__title">Go 语言<\/span><span class="kb-toc__page">5<\/span><\/a>/);
    expect(html).toMatch(/href="#page-go-memory"><span class="kb-toc__title">Go 内存管理<\/span><span class="kb-toc__page">000<\/span>/);
    expect(html).toContain('<h1 id="part-go">Go 语言</h1>');
    expect(html).toContain('<h2 class="kb-book-chapter" id="page-go-interview">Go 语言基础</h2>');
    expect(html).toContain('<aside class="kb-sources">来源</aside>');
  });

  it('prints a whole-page answer’s question after its chapter title', () => {
    const withQuestions = bookHtml({ title: '书', subtitle: '', colophon: '', parts, pages, styles: [], bookCss: '', base: '/kb/', siteUrl: 'https://kb.example.com/kb/', questionOf: (path, anchor) => (path === 'go/memory/' && anchor === '_top' ? { question: 'Go 如何管理内存？', siteWording: true } : undefined) });
    expect(withQuestions).toContain('<h2 class="kb-book-chapter" id="page-go-memory">Go 内存管理<span class="kb-book-question" data-wording="site"> — 问：Go 如何管理内存？</span></h2>');
  });

  it('puts a standalone page’s questions right under its part title', () => {
    expect(html).toContain('<h1 id="part-interview-tips">面试答题技巧</h1>');
    expect(html).toContain('<h2 id="interview-tips--star">STAR 法则</h2>');
    expect(html).not.toContain('id="page-interview-tips"');
  });
});
