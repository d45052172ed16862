import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { loadIndex } from '../lib/knowledge-base.ts';
import { ALL_QUESTIONS_ID, allQuestionsTitle, topicHeadingId } from '../lib/question-index-headings.ts';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/** The question index's part of 本页内容: 全部题目 and under it each topic, as QuestionIndex.astro writes them. */
export async function questionIndexToc(): Promise<TocItem[]> {
  const groups = await loadIndex();
  const questionCount = groups.reduce((sum, group) => sum + group.questionCount, 0);
  return [
    {
      depth: 2,
      slug: ALL_QUESTIONS_ID,
      text: allQuestionsTitle(questionCount),
      children: groups.map((group) => ({ depth: 3, slug: topicHeadingId(group.id), text: group.label, children: [] })),
    },
  ];
}
