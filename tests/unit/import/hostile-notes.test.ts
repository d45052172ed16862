import type { Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../scripts/import/html/html-tokens.ts';
import { ImportErrors } from '../../../scripts/import/errors.ts';
import { SITE_DIRECTIVES } from '../../../src/lib/site-directives.ts';
import { casePath, hostileCases, importCases } from '../../support/hostile-notes.ts';

/**
 * The hostile-note corpus through the importer, one note at a time: each fails, warns and drops
 * exactly as tests/fixtures/hostile/cases.yaml says, and what it writes is Markdown a site can
 * only show: no raw HTML, no directive but the site's own, no link or image with an unsafe URL.
 * (tests/build/hostile-site.test.ts builds them and checks the pages.)
 */
const siteParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const siteDirectives = new Set<string>(Object.values(SITE_DIRECTIVES));

describe.each(hostileCases)('hostile note $note', (entry) => {
  if (entry.error) {
    it('fails the import, naming the file and line', () => {
      let failure: unknown;
      try {
        importCases([entry.note]);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(ImportErrors);
      expect((failure as Error).message).toContain(entry.error);
    });
    return;
  }

  const result = importCases([entry.note]);
  const page = result.files.find((file) => file.path.endsWith(`${casePath(entry.note)}.md`));

  it('becomes a Markdown page with no raw HTML, foreign directive or unsafe URL', () => {
    expect(page).toBeDefined();
    const tree = siteParser.parse(page!.content.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root;
    const offending: string[] = [];
    visit(tree, (node: Nodes) => {
      if (node.type === 'html') offending.push(`raw HTML ${node.value}`);
      if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && !siteDirectives.has(node.name)) offending.push(`directive ${node.name}`);
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) offending.push(`URL ${node.url}`);
    });
    expect(offending).toEqual([]);
  });

  it('warns as expected, naming file and line', () => {
    for (const warning of entry.warnings ?? []) expect(result.report.warnings.some((line) => line.startsWith(warning)), `${warning}\nin\n${result.report.warnings.join('\n')}`).toBe(true);
    if (!entry.warnings) expect(result.report.warnings).toEqual([]);
  });

  it('drops only what it reports', () => {
    expect(result.report.dropped.map((drop) => drop.text)).toEqual(entry.drops ?? []);
  });
});

it('lists every note of the corpus', async () => {
  const { readdirSync } = await import('node:fs');
  const { HOSTILE } = await import('../../support/hostile-notes.ts');
  expect(hostileCases.map((entry) => entry.note).sort()).toEqual(readdirSync(`${HOSTILE}/notes`).sort());
});
