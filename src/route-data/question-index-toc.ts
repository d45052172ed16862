import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { loadIndex } from '../lib/knowledge-base.ts';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/**
 * The question index's part of 本页内容: 全部题目 and under it each topic with questions,
 * pointing at the headings QuestionIndex.astro writes (`all-questions`, `topic-<id>`).
 */
export async function questionIndexToc(): Promise<TocItem[]> {
  const groups = await loadIndex();
  const questionCount = groups.reduce((sum, group) => sum + group.questionCount, 0);
  return [
    {
      depth: 2,
      slug: 'all-questions',
      text: `全部题目（${questionCount}）`,
      children: groups.map((group) => ({ depth: 3, slug: `topic-${group.id}`, text: group.label, children: [] })),
    },
  ];
}
