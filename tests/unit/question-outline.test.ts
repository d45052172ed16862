import { describe, expect, it } from 'vitest';
import { countQuestions, outlineQuestions } from '../../src/lib/question-outline.ts';

const href = (id: string) => `/middleware/mysql/#${id}`;
const catalogued = (id: string) => ['mysql-replication', 'cap-theorem', 'redis-cluster'].includes(id);

describe('outlineQuestions', () => {
  it('lists every h2, and nests the catalogued questions that sit below one', () => {
    const outline = outlineQuestions(
      [
        { depth: 2, slug: 'mysql-ops-questions', text: 'mysql' },
        { depth: 3, slug: 'mysql-replication', text: '主从同步原理' },
        { depth: 4, slug: 'dan-ji-fang-shi', text: '单机方式' },
        { depth: 3, slug: 'some-section', text: '不是题目' },
        { depth: 2, slug: 'mysql-interview-questions', text: 'MYSQL高频面试题' },
      ],
      href,
      catalogued,
    );
    expect(outline).toEqual([
      {
        id: 'mysql-ops-questions',
        text: 'mysql',
        href: '/middleware/mysql/#mysql-ops-questions',
        questions: [{ id: 'mysql-replication', text: '主从同步原理', href: '/middleware/mysql/#mysql-replication', questions: [] }],
      },
      { id: 'mysql-interview-questions', text: 'MYSQL高频面试题', href: '/middleware/mysql/#mysql-interview-questions', questions: [] },
    ]);
    expect(countQuestions(outline)).toBe(3);
  });

  it('lists a question that comes before any h2 at the top level', () => {
    const outline = outlineQuestions([{ depth: 3, slug: 'cap-theorem', text: '15. CAP理论的理解' }], href, catalogued);
    expect(outline.map((question) => question.id)).toEqual(['cap-theorem']);
  });

  it('does not treat a repeated heading id (`-2`) as the question it repeats', () => {
    expect(outlineQuestions([{ depth: 3, slug: 'redis-cluster-2', text: '3. Redis Cluster' }], href, catalogued)).toEqual([]);
  });
});
