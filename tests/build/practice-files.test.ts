import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { describeBrokenLink, findBrokenLinks } from '../../scripts/site/find-broken-links.ts';
import { readBuiltSite } from '../../scripts/site/read-built-site.ts';
import { deployment } from '../../src/config/deployment.ts';
import { readQuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { ANKI_ALL, ANKI_DIR, ANSWERS_DIR, type AnswerFile } from '../../src/lib/practice/answer-file.ts';
import { practiceQuestions } from '../../src/lib/practice/practice-catalogue.ts';
import { parseAnkiText } from '../support/anki-text.ts';
import { DIST, readBuilt } from '../support/dist.ts';

const questions = practiceQuestions(readQuestionCatalogue().entries);
const keys = questions.map((question) => question.key);
const ankiFiles = readdirSync(join(DIST, ANKI_DIR)).filter((name) => name.endsWith('.txt'));
const parsed = new Map(ankiFiles.map((name) => [name, parseAnkiText(readFileSync(join(DIST, ANKI_DIR, name), 'utf8'))]));
const all = parsed.get('all.txt')!;
const site = readBuiltSite(DIST);

/** Parse errors of an HTML fragment (parse5, as a browser would report them). */
function htmlErrors(html: string): string[] {
  const errors: string[] = [];
  fromHtml(html, { fragment: true, onerror: (error) => {
      errors.push(`${error.ruleId}: ${error.reason}`);
    } });
  return errors;
}

describe('Anki files', () => {
  it('are one per topic plus one for everything, linked from the practice page with “Anki” in the link text', () => {
    const topics = new Set(questions.map((question) => question.topic));
    expect(ankiFiles.sort()).toEqual([...[...topics].map((topic) => `${topic}.txt`), 'all.txt'].sort());
    const page = fromHtml(readBuilt('practice/index.html'));
    const links = selectAll('a[href$=".txt"]', page);
    expect(links.map((link) => String(link.properties.href).replace(/^.*practice\/anki\//, '')).sort()).toEqual(ankiFiles.sort());
    for (const link of links) expect(link.children.map((child) => ('value' in child ? child.value : '')).join('')).toContain('Anki');
  });

  it('declare Anki’s headers and give every note the same five columns', () => {
    for (const [name, file] of parsed) {
      expect(file.headers, name).toMatchObject({ separator: 'tab', html: 'true', notetype: '问答题', 'guid column': '1', 'tags column': '4', 'deck column': '5' });
      expect(file.headers.deck, name).toMatch(/^后端面试知识库(::.+)?$/);
      for (const row of file.rows) expect(row, `${name}: ${row[0]}`).toHaveLength(5);
    }
  });

  it('hold every practice question exactly once, by its id as the guid; the topic files split that set', () => {
    const guids = all.rows.map((row) => row[0]);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids.sort()).toEqual([...keys].sort());
    const fromTopics = [...parsed].filter(([name]) => name !== 'all.txt').flatMap(([, file]) => file.rows.map((row) => row[0]));
    expect(fromTopics.sort()).toEqual([...keys].sort());
    const byKey = new Map(questions.map((question) => [question.key, question]));
    for (const [guid, front, , tags, deck] of all.rows) {
      const question = byKey.get(guid!)!;
      expect(fromHtml(front!, { fragment: true }).children.map((child) => ('value' in child ? child.value : '')).join('')).toBe(question.question);
      expect(tags!.split(' ').filter(Boolean)).toEqual(question.tags);
      expect(deck).toMatch(/^后端面试知识库::\S/);
    }
  });

  it('are valid HTML, keep code as code, and link back to the answer on the site', () => {
    const origin = new URL(deployment.site).origin;
    for (const [guid, front, back] of all.rows) {
      expect(htmlErrors(front!), guid).toEqual([]);
      expect(htmlErrors(back!), guid).toEqual([]);
      const page = guid!.slice(0, guid!.indexOf('#'));
      const anchor = guid!.slice(guid!.indexOf('#') + 1);
      const answerUrl = new URL(`${deployment.base.replace(/\/$/, '')}${page}${anchor === '_top' ? '' : `#${anchor}`}`, origin).href;
      expect(back, guid).toContain(`<a href="${answerUrl}">在网站上查看这道题的答案：`);
      expect(back, guid).not.toMatch(/class="(?!language-)|style=|<script|<button/);
    }
    expect(all.rows.some(([, , back]) => back!.includes('<pre><code class="language-go">'))).toBe(true);
  });

  it('link only to pages and anchors that exist on the built site (absolute, with the configured site and base)', () => {
    const hrefs = all.rows.flatMap(([, , back]) => selectAll('a[href]', fromHtml(back!, { fragment: true })).map((link) => String(link.properties.href)));
    const internal = hrefs.filter((href) => href.startsWith(new URL(deployment.site).origin));
    expect(internal.length).toBeGreaterThanOrEqual(keys.length);
    const probe = { path: '/__anki__/', ids: new Set<string>(), headings: [], links: internal };
    const broken = findBrokenLinks({ ...site, pages: new Map([...site.pages, [probe.path, probe]]) }, deployment).filter((link) => link.pages.includes(probe.path));
    expect(broken.map(describeBrokenLink)).toEqual([]);
  });
});

describe('practice answer files', () => {
  const files = readdirSync(join(DIST, ANSWERS_DIR)).map((name) => [name, JSON.parse(readFileSync(join(DIST, ANSWERS_DIR, name), 'utf8')) as AnswerFile] as const);

  it('hold every practice question once, in its topic’s file, with the assets its page loads', () => {
    const seen = files.flatMap(([name, file]) => Object.keys(file.answers).map((key) => [name, key] as const));
    expect(seen.map(([, key]) => key).sort()).toEqual([...keys].sort());
    for (const [name, key] of seen) expect(name).toBe(`${questions.find((question) => question.key === key)!.topic}.json`);
    for (const [, file] of files) {
      for (const url of [...file.stylesheets, ...file.scripts]) expect(existsSync(join(DIST, url.slice(url.indexOf('_astro/')))), url).toBe(true);
      for (const [key, answer] of Object.entries(file.answers)) expect(answer.html.trim(), key).not.toBe('');
    }
  });
});

describe('practice marks in built pages', () => {
  it('mark each practice question once on its page, and each question link of the question index', () => {
    for (const question of questions) {
      const html = readBuilt(`${question.page}/index.html`);
      // A bar is named by its question's heading (`_top`: the page title), which the page has.
      expect(html.split(`class="kb-practice-bar" role="group" aria-labelledby="${question.anchor}"`).length - 1, question.key).toBe(1);
      expect(html, question.key).toContain(`id="${question.anchor}"`);
    }
    const index = readBuilt('questions/index.html');
    const base = deployment.base.replace(/\/?$/, '/');
    const marked = [...index.matchAll(/<a href="([^"]+)"[^>]*>[^<]*<\/a><span class="kb-practice-mark"/g)].map(([, href]) => {
      const path = href!.slice(base.length - 1);
      return path.includes('#') ? path : `${path}#_top`;
    });
    expect(marked.length).toBeGreaterThan(keys.length / 2);
    for (const key of marked) expect(keys).toContain(key);
  });

  it('load the marks’ script only on pages with marks', () => {
    for (const page of site.pages.keys()) {
      const html = readBuilt(`${page.slice(1)}index.html`);
      expect(/class="kb-practice-(bar|mark)"/.test(html), page).toBe(/PracticeMarks[^"]*\.js/.test(html));
    }
  });
});

describe('the practice page', () => {
  it('embeds the catalogue’s practice questions, and exists at /practice/ with Anki’s full file', () => {
    const html = readBuilt('practice/index.html');
    const data = JSON.parse(/<script type="application\/json" id="kb-practice-data">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data.questions).toHaveLength(keys.length);
    expect(existsSync(join(DIST, ANKI_ALL))).toBe(true);
  });
});
