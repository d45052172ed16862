import { describe, expect, it } from 'vitest';
import { answerExcerpt, presentResult } from '../../src/plugins/search-index/browser/excerpt.js';
import { ANSWER_TEXT_MARK } from '../../src/plugins/search-index/browser/record-fields.js';

/** A record's content as Pagefind stores it for a Chinese page: its words joined by U+200B, < and > escaped. */
const content = (...words: string[]) => words.map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;')).join('\u200B');
const plain = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

// Heading (words 0–1), then the answer's text from word 2 on.
const raft = content('Leader', '选举 ', '节点', '启动', '时', '为', 'Follower', '状态', '。', '超时', '未', '收到', '心跳', '，', '转为', 'Candidate', '，', '发起', '选举', '，', '请求', '其他', '节点', '投票', '。', '获得', '多数', '票', '成为', 'Leader', '。');

describe('the preview of an answer', () => {
  it('is the answer’s own text, not its heading, when no word of the text matched', () => {
    const excerpt = answerExcerpt(raft, 2, [0, 1], 40);
    expect(plain(excerpt).startsWith('节点启动时为Follower状态')).toBe(true);
    expect(excerpt).not.toContain('<mark>');
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('shows the matched words of the text, marked, starting after the clause end before them', () => {
    const excerpt = answerExcerpt(raft, 2, [18], 40);
    expect(excerpt).toContain('<mark>选举</mark>');
    expect(plain(excerpt)).toMatch(/^…发起选举，请求其他节点投票/u);
  });

  it('never starts with punctuation, and never ends inside a word', () => {
    for (let width = 8; width <= 60; width += 1) {
      for (const location of [9, 14, 18, 24]) {
        const text = plain(answerExcerpt(raft, 2, [location], width)).replace(/^…|…$/gu, '');
        expect(text, `width ${width}, word ${location}`).not.toMatch(/^[\s\p{Po}\p{Pe}\p{Pf}]/u);
        const whole = plain(raft.replaceAll('\u200B', ''));
        const at = whole.indexOf(text);
        expect(at, text).toBeGreaterThanOrEqual(0);
        // The preview ends where the browser's word segmentation has a boundary.
        const end = at + text.length;
        const boundaries = new Set([...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(whole)].map((segment) => segment.index));
        expect(end === whole.length || boundaries.has(end), `"${text}" ends inside a word`).toBe(true);
      }
    }
  });

  it('does not cut a word that the index split in two (插|件)', () => {
    const cni = content('常见', '的', 'CNI', '网络', '插', '件', '有', '什么', '区别');
    const text = plain(answerExcerpt(cni, 0, [2], 14));
    expect(text).not.toMatch(/插…?$/u);
  });

  it('escapes the answer’s text, so code in it stays text', () => {
    const code = content('调用', ' ', 'list', '<', 'String', '>', ' ', 'and', ' ', '"', 'x', '"', ' ', '&');
    const excerpt = answerExcerpt(code, 0, [2], 60);
    expect(excerpt).toContain('&lt;');
    expect(excerpt).not.toMatch(/<(?!\/?mark>)/u);
    expect(plain(excerpt)).toBe('调用 list<String> and "x" &');
  });

  it('is empty for an answer with no text of its own (a heading over a diagram)', () => {
    expect(answerExcerpt(content('图', '示'), 2, [0], 40)).toBe('');
  });
});

describe('a result as the dialog shows it', () => {
  const fragment = {
    url: '/distributed/consensus/#leader-xuan-ju',
    raw_content: raft,
    anchors: [{ element: 'span', id: ANSWER_TEXT_MARK, text: '', location: 2 }],
    meta: { title: 'Leader选举', 位置: '分布式系统\u200B › Raft', heading: 'leader 选举', question: '如何 选主', aka: '选主 leader election', trail: '分布式系统 raft' },
    excerpt: 'Leader 选举 节点',
  };

  it('shows only the title and the location, without word-break marks', () => {
    expect(presentResult(fragment, [18]).meta).toEqual({ title: 'Leader选举', 位置: '分布式系统 › Raft' });
  });

  it('has the answer as its one sub-result, with the preview cut from the answer’s text', () => {
    const shown = presentResult(fragment, [18, 1]);
    expect(shown.excerpt).toContain('<mark>选举</mark>');
    expect(plain(shown.excerpt)).not.toContain('Leader选举 节点');
    expect(shown.sub_results).toEqual([expect.objectContaining({ url: fragment.url, title: 'Leader选举', excerpt: shown.excerpt })]);
    expect(shown.locations).toEqual([1, 18]);
  });
});
