import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { ANSWER_TEXT_MARK, SEARCH_META } from '../../src/plugins/search-index/browser/record-fields.js';
import { siteRecords } from '../../src/plugins/search-index/index.ts';
import { WORD_BREAK, spacedWords } from '../../src/plugins/search-index/segment-chinese.ts';
import { readQuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import type { AnswerRecord } from '../../src/plugins/search-index/answer-record.ts';
import { DIST, ROOT, builtPages, readBuilt, urlPathOf } from '../support/dist.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((level) => `main .sl-markdown-content ${level}[id]`).join(', ');
/** The value of one searched metadata field of a record. */
const metaOf = (record: AnswerRecord, name: string) => new RegExp(`data-pagefind-meta="${name}">([^<]*)<`).exec(record.html)?.[1];
/** The answer's own text as indexed, after its heading (what previews are cut from), without word marks or spaces. */
const answerText = (record: AnswerRecord) => record.html.slice(record.html.indexOf(`id="${ANSWER_TEXT_MARK}"`)).replace(/<[^>]+>/g, '').replaceAll(WORD_BREAK, '').replace(/\s+/gu, '');
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

  it('leaves navigation out: no record for the home page, the topic overviews and the question index', () => {
    expect([...urls].filter((url) => /#(page-|topic-|all-questions)/.test(url))).toEqual([]);
    // The home page's and the topic overviews' opening text is the site's summary of what they list, not an answer.
    expect([...urls].filter((url) => url === '/' || /^\/[a-z-]+\/$/.test(url) && existsSync(join(ROOT, 'src/content/docs', url, 'index.md')))).toEqual([]);
  });

  it('searches every catalogue question, the author’s and the site’s, on its own answer and nowhere else', () => {
    const entries = readQuestionCatalogue(ROOT).entries;
    const urlOf = (entry: (typeof entries)[number]) => `/${entry.page}/${entry.anchor === '_top' ? '' : `#${entry.anchor}`}`;
    const wordsOf = (value: string | undefined) => (value ?? '').toLowerCase().split(' ').filter((word) => word !== '');
    const wrong: string[] = [];
    for (const entry of entries) {
      const record = records.find((candidate) => candidate.url === urlOf(entry));
      // Its words are searched on the record: the heading's in the heading field, the rest as question words.
      const searched = new Set([...wordsOf(metaOf(record!, SEARCH_META.heading)), ...wordsOf(metaOf(record!, SEARCH_META.question))]);
      const missing = record ? wordsOf(spacedWords(entry.question)).filter((word) => !searched.has(word)) : ['no record'];
      if (missing.length > 0) wrong.push(`${urlOf(entry)}: ${entry.question} (not searched: ${missing.join(' ')})`);
    }
    const catalogued = new Set(entries.map(urlOf));
    const strays = records.filter((record) => metaOf(record, SEARCH_META.question) !== undefined && !catalogued.has(record.url)).map((record) => record.url);
    expect(wrong).toEqual([]);
    expect(strays).toEqual([]);
    expect(records.filter((record) => metaOf(record, SEARCH_META.question) !== undefined).length).toBeGreaterThan(entries.length / 2);
  });

  it('never shows a question the site wrote as an answer’s text (previews are the answer’s own words)', () => {
    const shown = readQuestionCatalogue(ROOT)
      .entries.filter((entry) => entry.wording === 'site')
      .flatMap((entry) => {
        const record = records.find((candidate) => candidate.url === `/${entry.page}/${entry.anchor === '_top' ? '' : `#${entry.anchor}`}`);
        const body = record ? answerText(record) : '';
        return body.includes(entry.question.replace(/\s+/gu, '')) ? [`${record!.url}: ${entry.question}`] : [];
      });
    expect(shown).toEqual([]);
  });

  it('makes no answer of a section the author left empty', () => {
    expect(records.filter((record) => answerText(record).includes('原笔记中此节暂无内容')).map((record) => record.url)).toEqual([]);
  });

  it('files every answer of a topic’s pages under that topic, the dialog’s filter', () => {
    const pages = builtPages().map(urlPathOf);
    const unfiled = [...new Set(records.filter((record) => record.topic === undefined).map((record) => record.url.split('#')[0]!))];
    // Only pages outside every topic: first-level pages with no pages under them (home, interview tips, question index).
    expect(unfiled.filter((url) => url.split('/').length > 3 || pages.some((page) => page !== url && page.startsWith(url) && url !== '/'))).toEqual([]);
    expect(topics.size).toBeGreaterThanOrEqual(10);
  });
});
