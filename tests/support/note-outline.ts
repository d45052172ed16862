import { buildSectionTree } from '../../scripts/import/sections.ts';
import type { NoteOutline } from '../../scripts/import/route-sections.ts';
import { parseMarkdown } from '../../scripts/import/steps/parse-markdown.ts';

/** A note's outline as the importer builds it (run-import.ts), from Markdown written in a test. */
export function fixtureOutline(id: string, markdown: string): NoteOutline {
  return { id, file: `${id}_fixture.txt`, root: buildSectionTree(id, parseMarkdown(markdown), markdown.split('\n').length) };
}
