import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readQuestionCatalogue } from '../../lib/content-model/question-catalogue.ts';
import { readTopicMap } from '../../lib/content-model/topic-map.ts';
import { DataFileError, dataLocation } from '../../lib/content-model/yaml-data.ts';
import { throwAll, type LocatedError } from '../../lib/located-error.ts';
import { ankiText, type AnkiNote } from '../../lib/practice/anki-text.ts';
import { questionIndexPages } from '../../lib/practice/marked-pages.ts';
import { practiceQuestions, type PracticeEntry } from '../../lib/practice/practice-catalogue.ts';
import { ANKI_ALL, ANKI_DIR, ANSWERS_DIR, DECK_ROOT, type AnswerAssets, type AnswerFile } from '../../lib/practice/answer-file.ts';
import { IMAGE_ORIGINS_META } from '../csp/inline-sources.ts';
import { ankiAnswerHtml, practiceAnswerHtml } from './answer-html.ts';
import { missingAssets, pageAssets, type PageAssets } from './page-assets.ts';
import { answerBarInsertions, applyInsertions, indexMarkInsertions } from './practice-marks-html.ts';
import { articleOf, sliceAnswer, SliceError, WHOLE_PAGE } from './slice-answer.ts';

export interface Deployment {
  /** `https://example.com` (no trailing slash). */
  site: string;
  /** `/` or `/repo/`. */
  base: string;
}

interface BuiltPage {
  file: string;
  html: string;
  tree: Root;
  article: Element;
  title: string;
  assets: PageAssets;
}

/** The page a question's practice file, answer and Anki row come from, read once per page. */
function readPage(dist: string, page: string): BuiltPage | null {
  const file = join(dist, page, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const article = articleOf(tree);
  if (!article) return null;
  const title = toString(select('main h1', tree) ?? article).trim();
  return { file, html, tree, article, title, assets: pageAssets(tree, article) };
}

export interface PracticeBuild {
  questions: number;
  topics: number;
  ankiFiles: string[];
  markedPages: number;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** One topic's answers with the assets each needs, deduplicated into the file's tables. */
class AnswerFileBuilder {
  readonly file: AnswerFile = { version: 1, stylesheets: [], styles: [], scripts: [], answers: {} };

  private index(table: string[], item: string): number {
    const at = table.indexOf(item);
    return at >= 0 ? at : table.push(item) - 1;
  }

  add(key: string, html: string, assets: PageAssets): void {
    const refs: AnswerAssets = {
      stylesheets: assets.stylesheets.map((item) => this.index(this.file.stylesheets, item)),
      styles: assets.styles.map((item) => this.index(this.file.styles, item)),
      scripts: assets.contentScripts.map((item) => this.index(this.file.scripts, item)),
    };
    this.file.answers[key] = { html, ...refs };
  }
}

/** An answer shows something: text, or only images or a diagram (some notes answer with pictures). */
function hasContent(answer: Root): boolean {
  return toString(answer).trim() !== '' || select('img, svg, figure', answer) !== undefined;
}

/** Origins of the images an answer embeds from other sites (the notes link some on GitHub). */
function remoteImageOrigins(answer: Root, site: string): string[] {
  const own = new URL(site).origin;
  return selectAll('img[src]', answer)
    .map((image) => String(image.properties.src))
    .filter((src) => /^https?:\/\//i.test(src))
    .map((src) => new URL(src).origin)
    .filter((origin) => origin !== own);
}

/** The practice page shows answers with those images: the CSP integration allows their origins there. */
function declareImageOrigins(html: string, origins: string[]): string {
  if (origins.length === 0) return html;
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('the practice page has no </head>');
  return `${html.slice(0, at)}<meta name="${IMAGE_ORIGINS_META}" content="${origins.join(' ')}">${html.slice(at)}`;
}

const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * After the build: cuts every practice question's answer out of its built page and writes
 * - `practice/answers/<topic>.json`: the answers as the practice page shows them, with the
 *   stylesheets, inline styles and content scripts of their pages the practice page lacks;
 * - `practice/anki/<topic>.txt` and `practice/anki/all.txt`: Anki text-import files;
 * - the practice marks into each page with questions and into the question index.
 * Every catalogue entry that cannot be cut out is reported at once, with its file and line.
 */
export function writePracticeFiles(dist: string, deployment: Deployment): PracticeBuild {
  const errors: LocatedError[] = [];
  const catalogue = readQuestionCatalogue();
  const { topics, standalonePages } = readTopicMap();
  const entries: PracticeEntry[] = practiceQuestions(catalogue.entries);
  const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;
  const pageUrl = (page: string) => `${base}${page}/`;
  const absolute = (path: string) => new URL(path, deployment.site).href;
  const labelOf = new Map(topics.map((topic) => [topic.id, topic.label]));

  const host = readPage(dist, 'practice');
  const hostAssets = host?.assets ?? { stylesheets: [], styles: [], contentScripts: [] };
  const pages = new Map<string, BuiltPage | null>();
  const answerFiles = new Map<string, AnswerFileBuilder>();
  const notes = new Map<string, AnkiNote[]>();
  const barsByPage = new Map<string, Set<string>>();
  const imageOrigins = new Set<string>();

  for (const [number, entry] of entries.entries()) {
    const location = dataLocation(entry.source);
    const fail = (message: string) => errors.push(new DataFileError(location?.file ?? 'src/content/questions', location?.line, `${entry.key}: ${message}`));
    if (!pages.has(entry.page)) pages.set(entry.page, readPage(dist, entry.page));
    const page = pages.get(entry.page);
    if (!page) {
      fail(`no built page ${entry.page}/index.html with Markdown content`);
      continue;
    }
    let nodes;
    try {
      nodes = sliceAnswer(page.article, entry.anchor);
    } catch (error) {
      if (error instanceof SliceError) {
        fail(error.message);
        continue;
      }
      throw error;
    }
    const answer: Root = { type: 'root', children: nodes };
    if (!hasContent(answer)) {
      fail('the answer is empty: no text, image or diagram (an empty section is not a question: give it kind: reference or remove the entry)');
      continue;
    }
    const practiceHtml = practiceAnswerHtml(nodes, pageUrl(entry.page), `kb-answer-${number + 1}-`);
    const answerUrl = absolute(entry.anchor === WHOLE_PAGE ? pageUrl(entry.page) : `${pageUrl(entry.page)}#${entry.anchor}`);
    const deck = `${DECK_ROOT}::${labelOf.get(entry.topic) ?? entry.topic}`;
    const back = `${ankiAnswerHtml(nodes, { pageUrl: pageUrl(entry.page), absolute, answerUrl })}<p><a href="${escapeHtml(answerUrl)}">在网站上查看这道题的答案：${escapeHtml(page.title)}</a></p>`;

    for (const origin of remoteImageOrigins(answer, deployment.site)) imageOrigins.add(origin);
    const builder = answerFiles.get(entry.topic) ?? new AnswerFileBuilder();
    answerFiles.set(entry.topic, builder);
    builder.add(entry.key, practiceHtml, missingAssets(page.assets, hostAssets));
    notes.set(entry.topic, [...(notes.get(entry.topic) ?? []), { guid: entry.key, front: escapeHtml(entry.question), back, tags: entry.tags, deck }]);
    barsByPage.set(entry.page, (barsByPage.get(entry.page) ?? new Set<string>()).add(entry.anchor));
  }
  throwAll(errors);

  for (const [topic, builder] of answerFiles) write(join(dist, ANSWERS_DIR, `${topic}.json`), json(builder.file));
  const ankiFiles: string[] = [];
  const notetype = '问答题';
  for (const [topic, topicNotes] of notes) {
    const file = `${ANKI_DIR}/${topic}.txt`;
    write(join(dist, file), ankiText({ notetype, deck: topicNotes[0]!.deck, notes: topicNotes }));
    ankiFiles.push(file);
  }
  write(join(dist, ANKI_ALL), ankiText({ notetype, deck: DECK_ROOT, notes: [...notes.values()].flat() }));
  ankiFiles.push(ANKI_ALL);

  if (host) writeFileSync(host.file, declareImageOrigins(host.html, [...imageOrigins].sort()));

  // The marks go in last: the answers above were cut from the pages as published, without them.
  let markedPages = 0;
  for (const [page, anchors] of barsByPage) {
    const built = pages.get(page)!;
    writeFileSync(built.file, applyInsertions(built.html, answerBarInsertions(built.html, built.article, anchors)));
    markedPages++;
  }
  const questionPaths = new Set(entries.map((entry) => (entry.anchor === WHOLE_PAGE ? pageUrl(entry.page) : `${pageUrl(entry.page)}#${entry.anchor}`)));
  for (const slug of questionIndexPages(standalonePages)) {
    const built = readPage(dist, slug);
    if (!built) continue;
    writeFileSync(built.file, applyInsertions(built.html, indexMarkInsertions(built.article, (href) => questionPaths.has(href))));
    markedPages++;
  }
  return { questions: entries.length, topics: answerFiles.size, ankiFiles, markedPages };
}
