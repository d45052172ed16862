import type { Root } from 'mdast';
import { parseMarkdown } from './steps/parse-markdown.ts';
import { dropScrapeArtifacts } from './steps/drop-scrape-artifacts.ts';
import { inferPlainTextStructure } from './steps/infer-plain-text-structure.ts';
import { fixUnspacedAtxHeadings } from './steps/fix-unspaced-atx-headings.ts';
import { liftListHeadings } from './steps/lift-list-headings.ts';
import { nestRestartedNumbering } from './steps/nest-restarted-numbering.ts';
import { joinBrokenSentences } from './steps/join-broken-sentences.ts';
import { publishDuplicatesOnce } from './steps/publish-duplicates-once.ts';
import { leadingBoldLineHeading } from './steps/leading-bold-line-heading.ts';
import { bulletQuestionsToHeadings } from './steps/bullet-questions-to-headings.ts';
import { unfenceProse } from './steps/unfence-prose.ts';
import { normalizeCodeLanguages } from './steps/normalize-code-languages.ts';
import { fencedStepsToLists } from './steps/fenced-steps-to-lists.ts';
import { cleanHeadingText } from './steps/clean-heading-text.ts';
import { questionAnswerLayout } from './steps/question-answer-layout.ts';
import { convertRawHtml } from './steps/convert-raw-html.ts';
import { markMissingImages } from './steps/mark-missing-images.ts';
import type { NormalizationStep, StepContext } from './types.ts';

/** The normalization steps, in the order they run over every note. */
export function normalizationSteps(publicDir: string): NormalizationStep[] {
  return [
    dropScrapeArtifacts,
    inferPlainTextStructure,
    fixUnspacedAtxHeadings,
    liftListHeadings,
    leadingBoldLineHeading,
    bulletQuestionsToHeadings,
    unfenceProse,
    normalizeCodeLanguages,
    cleanHeadingText,
    questionAnswerLayout,
    fencedStepsToLists,
    nestRestartedNumbering,
    joinBrokenSentences,
    publishDuplicatesOnce,
    convertRawHtml,
    markMissingImages(publicDir),
  ];
}

/** Parses a note's text and runs every normalization step over it. */
export function normalizeNote(text: string, context: StepContext, steps: NormalizationStep[]): Root {
  const tree = parseMarkdown(text);
  for (const step of steps) step(tree, context);
  return tree;
}
