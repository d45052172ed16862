import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/plugins/search-index/index.ts';
import { DIST, builtPages, readBuilt, urlPathOf } from '../support/dist.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((level) => `main .sl-markdown-content ${level}[id]`).join(', ');
const IGNORED_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((level) => `[data-pagefind-ignore] ${level}[id], ${level}[id][data-pagefind-ignore]`).join(', ');

describe('search index', () => {
  const { records } = siteRecords(DIST);
  const urls = new Set(records.map((record) => record.url));

  it('is the answer-level index, not Starlight’s page-level one', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'engine', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['zh-cn']?.page_count).toBe(records.length);
  });

  it('has a record for every heading of every page, so each answer can be found and linked', () => {
    const missing: string[] = [];
    for (const file of builtPages()) {
      if (file === '404.html') continue;
      const tree = fromHtml(readBuilt(file));
      const ignored = new Set(selectAll(IGNORED_HEADINGS, tree));
      for (const heading of selectAll(HEADINGS, tree)) {
        const url = `${urlPathOf(file)}#${String(heading.properties.id)}`;
        if (!ignored.has(heading) && !urls.has(url)) missing.push(url);
      }
    }
    expect(missing).toEqual([]);
  });

  it('leaves navigation out: no record for the topic and question indexes', () => {
    expect([...urls].filter((url) => /#(page-|topic-|all-questions)/.test(url))).toEqual([]);
  });
});
