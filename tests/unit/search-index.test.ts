import { describe, expect, it } from 'vitest';
import { answerRecord } from '../../src/plugins/search-index/answer-record.ts';
import { splitAnswers, type AnswerSection } from '../../src/plugins/search-index/answer-sections.ts';
import { ANSWER_TEXT_MARK, SEARCH_META, TOPIC_FILTER } from '../../src/plugins/search-index/browser/record-fields.js';
import { questionWordings } from '../../src/plugins/search-index/question-wordings.ts';
import { WORD_BREAK, segmentChinese, spacedWords } from '../../src/plugins/search-index/segment-chinese.ts';
import { synonymsFor } from '../../src/plugins/search-index/synonyms.ts';

/** A built page as Starlight renders it: headings wrapped with their anchor links, inside the article. */
function builtPage(article: string): string {
  return `<html lang="zh-CN"><body><nav><a href="/x/">侧边栏</a></nav><main><h1 id="_top">etcd 核心原理</h1>
<div class="sl-markdown-content">${article}</div><footer><a href="/next/">下一页</a></footer></main></body></html>`;
}
const heading = (level: number, id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Section titled “${text}”</span></a></div>`;

describe('splitting a page into answers', () => {
  const page = splitAnswers(
    builtPage(`<p>开头的介绍。</p>
${heading(2, 'watch', 'Watch 机制')}<p>watch 监听键的变化。</p>
${heading(3, 'revision', '版本号')}<p>每次修改递增。</p>
<ol><li><p>列表里的说明</p>${heading(2, 'lease', '租约')}<p>租约到期删除键。</p></li></ol>
<section data-pagefind-ignore>${heading(2, 'nav', '本主题的页面')}<p>导航</p></section>`),
  )!;

  it('keeps the opening text as the page-level answer, titled like the page', () => {
    expect(page.title).toBe('etcd 核心原理');
    expect(page.sections[0]).toMatchObject({ anchor: null, heading: 'etcd 核心原理' });
  });

  it('gives each heading its own answer, with the headings around it', () => {
    expect(page.sections.map((section) => [section.anchor, section.heading, section.ancestors])).toEqual([
      [null, 'etcd 核心原理', []],
      ['watch', 'Watch 机制', []],
      ['revision', '版本号', ['Watch 机制']],
      ['lease', '租约', []],
    ]);
  });

  it('splits a block that holds a heading, so text lands under the right heading', () => {
    const text = (index: number) => page.sections[index]!.content.map((node) => ('value' in node ? node.value : JSON.stringify(node))).join('');
    expect(text(2)).toContain('列表里的说明');
    expect(text(3)).toContain('租约到期删除键');
    expect(text(3)).not.toContain('列表里的说明');
  });

  it('leaves out navigation marked data-pagefind-ignore and everything outside the article', () => {
    const all = JSON.stringify(page.sections);
    expect(all).not.toContain('本主题的页面');
    expect(all).not.toContain('侧边栏');
    expect(all).not.toContain('下一页');
  });
});

describe('the record Pagefind indexes for an answer', () => {
  const section = (content: string, overrides: Partial<AnswerSection> = {}): AnswerSection => {
    const page = splitAnswers(builtPage(`${heading(2, 'a', '幂等性')}${content}`))!;
    return { ...page.sections[1]!, ...overrides };
  };
  const context = { pageUrl: '/distributed/idempotency/', lang: 'zh-CN', trail: ['分布式系统', '幂等性'], topic: '分布式系统', questions: [] as string[] };
  /** The record's HTML without the word marks (tested on their own below). */
  const recordHtml = (answer: AnswerSection, extra: Partial<typeof context> = {}) => answerRecord(answer, { ...context, ...extra }).html.replaceAll(WORD_BREAK, '');
  /** The text Pagefind indexes as the answer's content (what previews are cut from). */
  const bodyText = (html: string) => html.slice(html.indexOf('<main')).replace(/<[^>]+>/g, '');

  it('links to the answer anchor and shows the heading and where it sits', () => {
    const answer = section('<p>重复请求结果一致。</p>');
    expect(answerRecord(answer, context).url).toBe('/distributed/idempotency/#a');
    const html = recordHtml(answer);
    expect(html).toContain('<span data-pagefind-meta="title">幂等性</span>');
    expect(html).toContain('<span data-pagefind-meta="位置">分布式系统 › 幂等性</span>');
    expect(html).toContain(`<h1>幂等性</h1><span id="${ANSWER_TEXT_MARK}"></span><span>重复请求结果一致。</span>\n`);
  });

  it('files the answer under its topic, the filter the dialog offers', () => {
    expect(recordHtml(section('<p>x</p>'))).toContain(`<span data-pagefind-filter="${TOPIC_FILTER}">分布式系统</span>`);
    expect(recordHtml(section('<p>x</p>'), { topic: undefined })).not.toContain('data-pagefind-filter');
  });

  it('keeps the question callout’s wording as answer text, and weights code down, dropping anchor links and copy buttons', () => {
    const html = recordHtml(
      section(`<aside class="kb-question"><p class="kb-question__label">问题</p><div class="kb-question__text"><p>如何保证接口幂等？</p></div></aside>
<div class="expressive-code"><figure><figcaption>终端窗口</figcaption><pre><code><div class="ec-line">SET key value NX</div><div class="ec-line"># 只设置一次</div></code></pre><div class="copy"><button data-code="x">复制</button></div></figure></div>`),
    );
    expect(html).toContain('<span><span>如何保证接口幂等？</span>\n</span>\n');
    expect(html).not.toContain('问题</p>');
    expect(html).toContain('<pre data-pagefind-weight="0.3">SET key value NX\n# 只设置一次</pre>');
    expect(html).not.toContain('终端窗口');
    expect(html).not.toContain('复制');
    expect(html).not.toContain('Section titled');
  });

  it('indexes blocks as text separated by line breaks, so Pagefind adds no full stop the page does not have', () => {
    const html = recordHtml(section('<ul><li>减少线程切换开销</li><li>支持百万级Goroutine</li></ul><table><tr><td>Redis</td><td>高</td></tr></table>'));
    expect(bodyText(html).replace(/\n+/g, '|')).toBe('幂等性减少线程切换开销|支持百万级Goroutine|Redis|高|');
    expect(html).not.toMatch(/<(p|li|td|div)[ >]/);
  });

  it('drops lists that are only links (navigation) but keeps lists of text', () => {
    const html = recordHtml(section('<ul><li><a href="/a/">甲</a></li><li><a href="/b/">乙</a></li></ul><ul><li>用 <a href="/c/">唯一键</a> 去重</li></ul>'));
    expect(html).not.toContain('甲');
    expect(html).toContain('唯一键');
  });

  it('gives the other names of the concepts as searched metadata, never as answer text', () => {
    const html = recordHtml(section('<p>在 k8s 中用 Redis 分布式锁。</p>'));
    expect(html).toContain(`<span data-pagefind-meta="${SEARCH_META.headingSynonyms}">idempotent idempotency idempotence</span>`);
    expect(html).toMatch(new RegExp(`<span data-pagefind-meta="${SEARCH_META.synonyms}">[^<]*Kubernetes[^<]*distributed lock[^<]*</span>`));
    expect(bodyText(html).trim()).toBe('幂等性在 k8s 中用 Redis 分布式锁。');
  });

  it('searches the question wordings and the location like metadata, spaced into words, never as answer text', () => {
    const html = recordHtml(section('<p>重复请求结果一致。</p>'), { questions: ['重复提交的接口怎么处理？'] });
    // Spaced as the browser's segmenter cuts them (Pagefind splits metadata on spaces only).
    expect(html).toContain(`<span data-pagefind-meta="${SEARCH_META.question}">${spacedWords('重复提交的接口怎么处理')}</span>`);
    expect(spacedWords('重复提交的接口怎么处理').split(' ').length).toBeGreaterThan(2);
    expect(html).toContain(`<span data-pagefind-meta="${SEARCH_META.heading}">${spacedWords('幂等性')}</span>`);
    expect(html).toContain(`<span data-pagefind-meta="${SEARCH_META.location}">${spacedWords('分布式系统 幂等性')}</span>`);
    expect(bodyText(html)).not.toContain('接口');
  });

  it('does not count the heading’s words a second time as question words', () => {
    expect(recordHtml(section('<p>重复请求结果一致。</p>'), { questions: ['幂等性'] })).not.toContain(`data-pagefind-meta="${SEARCH_META.question}"`);
    // 幂 and 等 are the heading's (幂等性 is cut 幂|等|性); the question adds only its other words.
    expect(spacedWords('接口幂等怎么保证')).toBe('接口 幂 等 怎么 保证');
    expect(recordHtml(section('<p>重复请求结果一致。</p>'), { questions: ['接口幂等怎么保证？'] })).toContain(`<span data-pagefind-meta="${SEARCH_META.question}">接口 怎么 保证</span>`);
  });

  it('keeps a heading with no text of its own (a diagram, or only answers below it) findable by its title', () => {
    const html = recordHtml(section('<p><img src="/paxos.png" alt="PAXOS 示意图"></p>'));
    expect(html).toContain('<h1>幂等性</h1>');
    expect(html).not.toContain('示意图');
  });

  it('marks Chinese word boundaries in the indexed text but not in what the dialog shows', () => {
    const html = answerRecord(section('<p>两阶段提交协议</p>'), context).html;
    expect(html).toContain(`<span>两${WORD_BREAK}阶段${WORD_BREAK}提交${WORD_BREAK}协议</span>`);
    expect(html).toContain('<span data-pagefind-meta="title">幂等性</span>');
  });
});

describe('question wordings', () => {
  const entry = (page: string, anchor: string, question: string, wording: 'author' | 'site', kind: 'question' | 'reference' = 'question') => ({ page, anchor, question, wording, kind, tags: [] });
  const wordingsFor = questionWordings([
    entry('go/interview', 'channel-internals', 'Channel是如何实现的？如何判断Channel已关闭？', 'author'),
    entry('distributed/idempotency', '_top', '如何保证接口的幂等性？', 'site'),
    entry('cloud-native/docker-commands', 'image-commands', 'Docker 镜像有哪些常用命令？', 'site', 'reference'),
  ]);

  it('are the catalogue’s wording of the answer, the author’s and the site’s alike', () => {
    expect(wordingsFor('/go/interview/', 'channel-internals')).toEqual(['Channel是如何实现的？如何判断Channel已关闭？']);
    expect(wordingsFor('/cloud-native/docker-commands/', 'image-commands')).toEqual(['Docker 镜像有哪些常用命令？']);
  });

  it('give a page that is itself one answer (_top) its question on the page’s opening text', () => {
    expect(wordingsFor('/distributed/idempotency/', null)).toEqual(['如何保证接口的幂等性？']);
    expect(wordingsFor('/go/interview/', null)).toEqual([]);
  });

  it('are none for a part of an answer the catalogue does not list', () => {
    expect(wordingsFor('/go/interview/', 'guan-bi')).toEqual([]);
    expect(wordingsFor('/go/other/', 'channel-internals')).toEqual([]);
  });
});

describe('Chinese word boundaries', () => {
  it('cuts Chinese where the browser cuts a query, and leaves Latin words whole', () => {
    expect(segmentChinese('两阶段提交').split(WORD_BREAK)).toEqual(['两', '阶段', '提交']);
    expect(segmentChinese('k8s集群的kube-apiserver').split(WORD_BREAK)).toEqual(['k8s', '集群', '的', 'kube-apiserver']);
    expect(segmentChinese('GMP scheduler')).toBe('GMP scheduler');
  });
});

describe('synonyms', () => {
  it('finds the other names of a concept in Chinese, English or abbreviated form', () => {
    expect(synonymsFor('k8s集群如何保证高可用')).toEqual(expect.arrayContaining(['Kubernetes', 'high availability']));
    expect(synonymsFor('Sentinel 模式')).toContain('哨兵');
    expect(synonymsFor('幂等性')).toEqual(expect.arrayContaining(['idempotent', 'idempotency']));
  });

  it('matches Latin names only as whole words and tolerates a missing space before Chinese', () => {
    expect(synonymsFor('gcc 编译')).toEqual([]);
    expect(synonymsFor('CAP理论的理解')).toContain('CAP theorem');
  });

  it('does not repeat names the text already has', () => {
    expect(synonymsFor('Sentinel哨兵模式')).toEqual([]);
  });
});
