import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../scripts/import/steps/parse-markdown.ts';
import { noteSteps } from '../../../scripts/import/steps/index.ts';
import { serializeBody } from '../../../scripts/import/steps/serialize-markdown.ts';
import type { DroppedLine, NormalizationStep, StepContext } from '../../../scripts/import/types.ts';

/**
 * Fixture tests, one folder per step in tests/fixtures/import/<step>/: `<case>.md` is a note
 * fragment, `<case>.out.md` the Markdown the step alone turns it into, `<case>.drops.json` the
 * lines it removes (none when absent), `<case>.warnings.json` what it reports (none when absent).
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

const steps: Record<string, NormalizationStep> = Object.fromEntries(noteSteps(join(FIXTURES, 'mark-missing-images/public')));

function run(step: NormalizationStep, input: string) {
  const tree = parseMarkdown(input);
  const dropped: Omit<DroppedLine, 'note'>[] = [];
  const warnings: string[] = [];
  const context: StepContext = {
    note: { file: 'fixture.md', id: '999', text: input, tree },
    drop: (line, text, reason) => dropped.push({ line, text, reason }),
    warn: (line, message) => warnings.push(`${line}: ${message}`),
    fail: (line, message) => warnings.push(`error ${line}: ${message}`),
  };
  step(tree, context);
  return { markdown: serializeBody(tree.children), dropped, warnings };
}

describe.each(Object.keys(steps))('%s', (name) => {
  const dir = join(FIXTURES, name);
  const cases = readdirSync(dir).filter((file) => file.endsWith('.md') && !file.endsWith('.out.md')).map((file) => file.slice(0, -3));

  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (fixture) => {
    const input = readFileSync(join(dir, `${fixture}.md`), 'utf8');
    const expected = readFileSync(join(dir, `${fixture}.out.md`), 'utf8');
    const dropsFile = join(dir, `${fixture}.drops.json`);
    const expectedDrops: unknown = existsSync(dropsFile) ? JSON.parse(readFileSync(dropsFile, 'utf8')) : [];
    const warningsFile = join(dir, `${fixture}.warnings.json`);
    const expectedWarnings: unknown = existsSync(warningsFile) ? JSON.parse(readFileSync(warningsFile, 'utf8')) : [];
    const result = run(steps[name]!, input);
    expect(result.markdown).toBe(expected);
    expect(result.dropped).toEqual(expectedDrops);
    expect(result.warnings).toEqual(expectedWarnings);
  });
});

describe('convert-raw-html', () => {
  it('warns, naming the line, when it keeps unsafe HTML as text', () => {
    const { warnings } = run(steps['convert-raw-html']!, 'text\n\n<script>alert(1)</script>\n');
    expect(warnings).toEqual(['3: unsafe HTML (<script>) kept as literal text']);
  });
});
