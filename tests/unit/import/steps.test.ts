import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../scripts/import/steps/parse-markdown.ts';
import { dropScrapeArtifacts } from '../../../scripts/import/steps/drop-scrape-artifacts.ts';
import { inferPlainTextStructure } from '../../../scripts/import/steps/infer-plain-text-structure.ts';
import { fixUnspacedAtxHeadings } from '../../../scripts/import/steps/fix-unspaced-atx-headings.ts';
import { liftListHeadings } from '../../../scripts/import/steps/lift-list-headings.ts';
import { nestRestartedNumbering } from '../../../scripts/import/steps/nest-restarted-numbering.ts';
import { joinBrokenSentences } from '../../../scripts/import/steps/join-broken-sentences.ts';
import { publishDuplicatesOnce } from '../../../scripts/import/steps/publish-duplicates-once.ts';
import { fencedStepsToLists } from '../../../scripts/import/steps/fenced-steps-to-lists.ts';
import { leadingBoldLineHeading } from '../../../scripts/import/steps/leading-bold-line-heading.ts';
import { bulletQuestionsToHeadings } from '../../../scripts/import/steps/bullet-questions-to-headings.ts';
import { unfenceProse } from '../../../scripts/import/steps/unfence-prose.ts';
import { normalizeCodeLanguages } from '../../../scripts/import/steps/normalize-code-languages.ts';
import { cleanHeadingText } from '../../../scripts/import/steps/clean-heading-text.ts';
import { questionAnswerLayout } from '../../../scripts/import/steps/question-answer-layout.ts';
import { convertRawHtml } from '../../../scripts/import/steps/convert-raw-html.ts';
import { markMissingImages } from '../../../scripts/import/steps/mark-missing-images.ts';
import { serializeBody } from '../../../scripts/import/steps/serialize-mdx.ts';
import type { DroppedLine, NormalizationStep, StepContext } from '../../../scripts/import/types.ts';

/**
 * Fixture tests, one folder per step in tests/fixtures/import/<step>/: `<case>.md` is a note
 * fragment, `<case>.mdx` the MDX the step alone turns it into, `<case>.drops.json` the lines
 * it removes (none when absent).
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

const steps: Record<string, NormalizationStep> = {
  'drop-scrape-artifacts': dropScrapeArtifacts,
  'infer-plain-text-structure': inferPlainTextStructure,
  'fix-unspaced-atx-headings': fixUnspacedAtxHeadings,
  'lift-list-headings': liftListHeadings,
  'leading-bold-line-heading': leadingBoldLineHeading,
  'bullet-questions-to-headings': bulletQuestionsToHeadings,
  'unfence-prose': unfenceProse,
  'normalize-code-languages': normalizeCodeLanguages,
  'clean-heading-text': cleanHeadingText,
  'question-answer-layout': questionAnswerLayout,
  'fenced-steps-to-lists': fencedStepsToLists,
  'nest-restarted-numbering': nestRestartedNumbering,
  'join-broken-sentences': joinBrokenSentences,
  'publish-duplicates-once': publishDuplicatesOnce,
  'convert-raw-html': convertRawHtml,
  'mark-missing-images': markMissingImages(join(FIXTURES, 'mark-missing-images/public')),
};

function run(step: NormalizationStep, input: string) {
  const tree = parseMarkdown(input);
  const dropped: Omit<DroppedLine, 'note'>[] = [];
  const warnings: string[] = [];
  const context: StepContext = {
    note: { file: 'fixture.md', id: '999', text: input, tree },
    drop: (line, text, reason) => dropped.push({ line, text, reason }),
    warn: (line, message) => warnings.push(`${line}: ${message}`),
  };
  step(tree, context);
  return { mdx: serializeBody(tree.children).body, dropped, warnings };
}

describe.each(Object.keys(steps))('%s', (name) => {
  const dir = join(FIXTURES, name);
  const cases = readdirSync(dir).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3));

  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (fixture) => {
    const input = readFileSync(join(dir, `${fixture}.md`), 'utf8');
    const expected = readFileSync(join(dir, `${fixture}.mdx`), 'utf8');
    const dropsFile = join(dir, `${fixture}.drops.json`);
    const expectedDrops: unknown = existsSync(dropsFile) ? JSON.parse(readFileSync(dropsFile, 'utf8')) : [];
    const result = run(steps[name]!, input);
    expect(result.mdx).toBe(expected);
    expect(result.dropped).toEqual(expectedDrops);
  });
});

describe('convert-raw-html', () => {
  it('warns, naming the line, when it keeps unsafe HTML as text', () => {
    const { warnings } = run(steps['convert-raw-html']!, 'text\n\n<script>alert(1)</script>\n');
    expect(warnings).toEqual(['3: unsafe HTML (<script>) kept as literal text']);
  });
});
