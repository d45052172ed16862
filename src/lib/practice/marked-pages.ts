import type { QuestionEntry } from '../../schemas/question-catalogue.ts';
import type { PageSpec } from '../../schemas/topic-map.ts';

/**
 * The pages that carry practice marks (src/integrations/practice/ writes them after the build,
 * src/components/practice/PracticeMarks.astro loads their script): every page with a practice
 * question, and the question index (a standalone page with `siteView: question-index`).
 */
export function practiceMarkedPages(entries: readonly QuestionEntry[], standalonePages: readonly Pick<PageSpec, 'slug' | 'siteView'>[]): Set<string> {
  return new Set([...entries.filter((entry) => entry.kind === 'question').map((entry) => entry.page), ...questionIndexPages(standalonePages)]);
}

export function questionIndexPages(standalonePages: readonly Pick<PageSpec, 'slug' | 'siteView'>[]): string[] {
  return standalonePages.filter((page) => page.siteView === 'question-index').map((page) => page.slug);
}
