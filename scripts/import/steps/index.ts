import type { NormalizationStep } from '../types.ts';
import { dropChatArtifacts } from './drop-chat-artifacts.ts';
import { warnUnclosedFences } from './warn-unclosed-fences.ts';
import { dropScrapeArtifacts } from './drop-scrape-artifacts.ts';
import { inferPlainTextStructure } from './infer-plain-text-structure.ts';
import { fixUnspacedAtxHeadings } from './fix-unspaced-atx-headings.ts';
import { liftListHeadings } from './lift-list-headings.ts';
import { leadingBoldLineHeading } from './leading-bold-line-heading.ts';
import { bulletQuestionsToHeadings } from './bullet-questions-to-headings.ts';
import { unfenceProse } from './unfence-prose.ts';
import { normalizeCodeLanguages } from './normalize-code-languages.ts';
import { cleanHeadingText } from './clean-heading-text.ts';
import { questionAnswerLayout } from './question-answer-layout.ts';
import { fencedStepsToLists } from './fenced-steps-to-lists.ts';
import { nestRestartedNumbering } from './nest-restarted-numbering.ts';
import { joinBrokenSentences } from './join-broken-sentences.ts';
import { publishDuplicatesOnce } from './publish-duplicates-once.ts';
import { convertRawHtml } from './convert-raw-html.ts';
import { markMissingImages } from './mark-missing-images.ts';
import { neutralizeUnsafeUrls } from './neutralize-unsafe-urls.ts';
import { widenTables } from './widen-tables.ts';

/**
 * The note steps, in the order they run over every note: one entry per step file, named after
 * its fixture folder in tests/fixtures/import/<name>/. The pipeline and its tests both read
 * this list, so a step cannot run untested or be tested out of order.
 */
export function noteSteps(publicDir: string): [name: string, step: NormalizationStep][] {
  return [
    ['warn-unclosed-fences', warnUnclosedFences],
    ['drop-chat-artifacts', dropChatArtifacts],
    ['drop-scrape-artifacts', dropScrapeArtifacts],
    ['infer-plain-text-structure', inferPlainTextStructure],
    ['fix-unspaced-atx-headings', fixUnspacedAtxHeadings],
    ['lift-list-headings', liftListHeadings],
    ['leading-bold-line-heading', leadingBoldLineHeading],
    ['bullet-questions-to-headings', bulletQuestionsToHeadings],
    ['unfence-prose', unfenceProse],
    ['normalize-code-languages', normalizeCodeLanguages],
    ['clean-heading-text', cleanHeadingText],
    ['question-answer-layout', questionAnswerLayout],
    ['fenced-steps-to-lists', fencedStepsToLists],
    ['nest-restarted-numbering', nestRestartedNumbering],
    ['join-broken-sentences', joinBrokenSentences],
    ['publish-duplicates-once', publishDuplicatesOnce],
    ['convert-raw-html', convertRawHtml],
    ['neutralize-unsafe-urls', neutralizeUnsafeUrls],
    ['widen-tables', widenTables],
    ['mark-missing-images', markMissingImages(publicDir)],
  ];
}
