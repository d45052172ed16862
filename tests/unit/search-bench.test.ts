import { describe, expect, it } from 'vitest';
import { headingMatches, resolveQueries } from '../../bench/search/expectations.ts';
import { answerRank, percentile, quality } from '../../bench/search/metrics.ts';
import { readHeadings } from '../../bench/search/site-headings.ts';

const page = `<html><body><main><div class="sl-markdown-content">
<h2 id="redis-cluster">20. Redis集群方案</h2><h3 id="sentinel">2. Sentinel哨兵模?</h3><h4 id="deep">选主</h4>
<h2 id="persistence">redis的持久化（RDB 和 AOF）</h2></div></main></body></html>`;
const headings = new Map([['/middleware/redis/', readHeadings(page)]]);

describe('search benchmark expectations', () => {
  it('reads headings with the headings that enclose them', () => {
    expect(readHeadings(page).map((heading) => [heading.id, heading.ancestors])).toEqual([
      ['redis-cluster', []],
      ['sentinel', ['redis-cluster']],
      ['deep', ['redis-cluster', 'sentinel']],
      ['persistence', []],
    ]);
  });

  it('matches heading text without numbering, with "?" standing for one undecoded character', () => {
    expect(headingMatches('2. Sentinel哨兵模?', 'Sentinel哨兵模式')).toBe(true);
    expect(headingMatches('20. Redis集群方案', 'redis集群方案')).toBe(true);
    expect(headingMatches('2. Sentinel哨兵模?', 'Sentinel哨兵')).toBe(false);
  });

  it('resolves an expected heading to its anchor and the anchors nested in its section', () => {
    const [query] = resolveQueries([{ q: '哨兵', kind: 'zh', expect: [{ page: '/middleware/redis/', heading: 'Sentinel哨兵模式' }] }], headings);
    expect([...query!.answers[0]!.anchors!]).toEqual(['sentinel', 'deep']);
  });

  it('refuses expectations the built site does not have', () => {
    expect(() => resolveQueries([{ q: 'x', kind: 'en', expect: [{ page: '/nowhere/' }] }], headings)).toThrow(/no page \/nowhere\//);
    expect(() => resolveQueries([{ q: 'x', kind: 'en', expect: [{ page: '/middleware/redis/', heading: '不存在' }] }], headings)).toThrow(/no heading "不存在"/);
  });
});

describe('search benchmark metrics', () => {
  const [query] = resolveQueries([{ q: '哨兵', kind: 'zh', expect: [{ page: '/middleware/redis/', heading: 'Sentinel哨兵模式' }] }], headings);
  const card = (url: string) => ({ page: url.split('#')[0]!, links: [url], titles: [''], excerpt: '' });

  it('ranks the first result that links into the expected section', () => {
    expect(answerRank(query!, [card('/middleware/redis/#persistence'), card('/middleware/redis/#deep')])).toBe(2);
    expect(answerRank(query!, [card('/middleware/redis/'), card('/kafka/#sentinel')])).toBeNull();
  });

  it('computes hit@1, hit@3 and MRR@10 from ranks', () => {
    expect(quality([1, 3, null, 11])).toEqual({ count: 4, hitAt1: 0.25, hitAt3: 0.5, mrr: (1 + 1 / 3) / 4 });
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({ length: 20 }, (_, index) => index + 1), 95)).toBe(19);
  });
});
