import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterAnchor, partAnchor } from '../../scripts/pdf/book-html.ts';
import type { BookPart } from '../../scripts/pdf/book-outline.ts';
import { makeBooks, readBuiltBook, type MadeBook } from '../../scripts/pdf/make-books.ts';
import { bookmarks, namedDestinations, pageCount, pdfText } from '../../scripts/pdf/poppler.ts';
import type { BookIndex } from '../../src/lib/book-index.ts';
import { readQuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { DIST } from '../support/dist.ts';
import { siteUrl, useBrowser } from '../support/browser.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * `npm run pdf` on one topic (the smallest with more than one page, to keep the suite quick;
 * the command itself checks the whole book's page count, bookmarks and text on every run).
 * The PDF is read back with Poppler, not with the Chromium that wrote it.
 */
describe('the PDF book of one topic', () => {
  const browser = useBrowser();
  const outDir = mkdtempSync(join(tmpdir(), 'kb-book-'));
  let part: BookPart;
  let book: MadeBook;
  let pdf = '';

  beforeAll(async () => {
    const size = (candidate: BookPart) => candidate.pages.reduce((sum, page) => sum + statSync(join(DIST, page.path, 'index.html')).size, 0);
    const topics = readBuiltBook(DIST, BASE).parts.filter((candidate) => !candidate.standalone && candidate.pages.length > 1);
    part = topics.sort((a, b) => size(a) - size(b))[0]!;
    const books = await makeBooks({ dist: DIST, base: BASE, siteUrl: siteUrl('/'), outDir, browser: browser(), topics: [part.id], remoteImages: false });
    book = books[0]!;
    pdf = join(outDir, book.file);
  }, 240_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('passes the command’s own checks (bookmarks for every chapter and question, the chapters’ words)', () => {
    expect(book.report.problems).toEqual([]);
    expect(book.file).toBe(`${part.id}.pdf`);
  });

  it('has a cover, a table of contents and the chapters, numbered in the footer', () => {
    const pages = pageCount(pdf);
    // Cover, contents, the topic's title page, then at least a page per chapter.
    expect(pages).toBeGreaterThanOrEqual(3 + part.pages.length);
    const cover = squeeze(pdfText(pdf, 1, 1));
    expect(cover).toContain(squeeze(part.title));
    expect(cover).toContain(`1/${pages}`);
    const last = squeeze(pdfText(pdf, pages, pages));
    expect(last).toContain(`${pages}/${pages}`);
  });

  it('the table of contents gives the page each chapter starts on', () => {
    const landed = namedDestinations(pdf);
    const contents = pdfText(pdf, 2, 2, true).split('\n').map(squeeze);
    for (const page of part.pages) {
      const starts = landed.get(chapterAnchor(page.slug));
      expect(starts, page.title).toBeGreaterThan(2);
      // "Title ........ 12": the dot leaders are a border, not text.
      expect(contents, page.title).toContain(`${squeeze(page.title)}${starts}`);
    }
    expect(landed.get(partAnchor(part.id))).toBe(3);
  });

  it('bookmarks nest topic › chapter › question, in sidebar order', () => {
    const marks = bookmarks(pdf);
    expect(marks.map((mark) => mark.title)).toEqual([part.title]);
    const [topic] = marks;
    expect(topic!.children.map((mark) => mark.title)).toEqual(part.pages.map((page) => page.title));
    for (const chapter of topic!.children) expect(chapter.children.length, chapter.title).toBeGreaterThan(0);
  });

  it('words each answer’s bookmark with the catalogue’s question, under its chapter', () => {
    const [topic] = bookmarks(pdf);
    const { entries } = readQuestionCatalogue();
    const flatten = (marks: ReturnType<typeof bookmarks>): string[] => marks.flatMap((mark) => [squeeze(mark.title), ...flatten(mark.children)]);
    let checked = 0;
    for (const [index, page] of part.pages.entries()) {
      const chapter = topic!.children[index]!;
      const titles = [squeeze(chapter.title), ...flatten(chapter.children)];
      for (const entry of entries.filter((candidate) => `${candidate.page}/` === page.path)) {
        expect(titles.some((title) => title.includes(squeeze(entry.question))), `${page.path}#${entry.anchor}: ${entry.question}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('is listed in book/index.json for the 离线阅读 page', () => {
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as BookIndex;
    expect(index.books).toEqual([{ file: book.file, title: book.title, pages: pageCount(pdf), bytes: statSync(pdf).size }]);
  });
});
