import { describe, expect, it } from 'vitest';
import { filterRules } from '../../src/lib/question-filter.ts';
import { buildQuestionIndex, groupOf, tagsByUse } from '../../src/lib/question-outline.ts';
import type { QuestionEntry } from '../../src/schemas/question-catalogue.ts';

const entry = (page: string, anchor: string, kind: QuestionEntry['kind'], tags: string[] = []): QuestionEntry => ({ page, anchor, question: `${anchor}？`, wording: 'site', tags, kind });

const entries = [
  entry('go/interview', 'gmp-scheduler', 'question', ['面试真题集', '必考']),
  entry('kafka/go-client', 'api', 'reference'),
  entry('go/interview', 'slice-vs-array', 'question', ['面试真题集', '必考']),
  entry('kafka/architecture', 'message-model', 'question', ['学习笔记']),
  entry('interview-tips', 'answer-framework', 'reference', ['面试真题集']),
];

const groups = [
  { id: 'go', label: 'Go 语言', summary: 'Go。', href: '/go/', pages: [{ id: 'go/interview', title: 'Go 语言基础', description: undefined, href: '/go/interview/' }] },
  {
    id: 'kafka',
    label: 'Kafka',
    summary: 'Kafka。',
    href: '/kafka/',
    pages: [
      { id: 'kafka/architecture', title: '架构', description: undefined, href: '/kafka/architecture/' },
      { id: 'kafka/go-client', title: 'Go 客户端', description: undefined, href: '/kafka/go-client/' },
    ],
  },
];

describe('the question index', () => {
  const index = buildQuestionIndex(groups, entries, (page, anchor) => `/${page}/#${anchor}`);

  it('puts every entry under its page, questions and references apart, in page and catalogue order', () => {
    expect(index.map((group) => [group.id, group.questionCount, group.referenceCount])).toEqual([
      ['go', 2, 0],
      ['kafka', 1, 1],
    ]);
    expect(index[0]!.pages[0]!.questions.map((question) => question.href)).toEqual(['/go/interview/#gmp-scheduler', '/go/interview/#slice-vs-array']);
    expect(index[1]!.pages[1]!.references.map((reference) => reference.anchor)).toEqual(['api']);
  });

  it('lists tags by use and knows an entry’s group (topic, or its standalone page)', () => {
    expect(tagsByUse(entries)).toEqual([
      { tag: '面试真题集', count: 3 },
      { tag: '必考', count: 2 },
      { tag: '学习笔记', count: 1 },
    ]);
    expect(groupOf(entries[0]!)).toBe('go');
    expect(groupOf(entries[4]!)).toBe('interview-tips');
  });

  it('filters with one CSS rule per topic and per tag, and no script', () => {
    const rules = filterRules(['go', 'kafka'], ['必考']).split('\n');
    expect(rules).toEqual([
      '.kb-qi:has(#kb-qi-topic-go:checked) .kb-qi__group:not([data-group="go"]){display:none}',
      '.kb-qi:has(#kb-qi-topic-kafka:checked) .kb-qi__group:not([data-group="kafka"]){display:none}',
      '.kb-qi:has(#kb-qi-tag-0:checked) .kb-qi-entry:not(.kb-qi-entry[data-tags~="必考"]),.kb-qi:has(#kb-qi-tag-0:checked) :is(.kb-qi__group,.kb-qi__page,.kb-qi__refs):not(:has(.kb-qi-entry[data-tags~="必考"])){display:none}',
    ]);
  });
});
