import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { SEARCH_META } from '../../src/plugins/search-index/browser/record-fields.js';
import { siteRecords } from '../../src/plugins/search-index/index.ts';
import { spacedWords } from '../../src/plugins/search-index/segment-chinese.ts';
import { DIST, builtPages, readBuilt, urlPathOf } from '../support/dist.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((level) => `main .sl-markdown-content ${level}[id]`).join(', ');
const IGNORED_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((level) => `[data-pagefind-ignore] ${level}[id], ${level}[id][data-pagefind-ignore]`).join(', ');

describe('search index', () => {
  const { records, topics } = siteRecords(DIST);
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

  it('searches every 问题 callout on the site as its answer’s question wording', () => {
    const missing: string[] = [];
    for (const file of builtPages()) {
      const tree = fromHtml(readBuilt(file));
      for (const callout of selectAll('main .sl-markdown-content .kb-question__text', tree)) {
        const words = spacedWords(toString(callout));
        const asked = records.filter((record) => record.url.startsWith(urlPathOf(file)) && record.html.includes(`data-pagefind-meta="${SEARCH_META.question}">${words}`));
        if (asked.length !== 1) missing.push(`${urlPathOf(file)}: ${toString(callout)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('files every answer of a topic’s pages under that topic, the dialog’s filter', () => {
    const pages = builtPages().map(urlPathOf);
    const unfiled = [...new Set(records.filter((record) => record.topic === undefined).map((record) => record.url.split('#')[0]!))];
    // Only pages outside every topic: first-level pages with no pages under them (home, interview tips, question index).
    expect(unfiled.filter((url) => url.split('/').length > 3 || pages.some((page) => page !== url && page.startsWith(url) && url !== '/'))).toEqual([]);
    expect(topics.size).toBeGreaterThanOrEqual(10);
  });
});
