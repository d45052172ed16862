/**
 * Checks a written PDF against what it must hold, reading it back with Poppler: enough pages,
 * a bookmark for every part, chapter and heading, every catalogued question in a bookmark, and
 * the chapters' own words in its text.
 */
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { BookPart } from './book-outline.ts';
import type { CapturedPage } from './capture-pages.ts';
import { bookmarks, pageCount, pdfText, type Bookmark } from './poppler.ts';

export interface BookExpectations {
  minPages: number;
  /** Titles that must each begin a bookmark (at any depth). */
  bookmarks: string[];
  /** The catalogue's questions for the book's answers: each must be in a bookmark's title. */
  questions: string[];
  /** Sentences from the chapters that the PDF's text must contain. */
  phrases: string[];
}

export interface BookReport {
  pages: number;
  bookmarks: number;
  problems: string[];
}

/** Text compared without whitespace: PDF text breaks lines where the page did. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const flatten = (marks: Bookmark[]): Bookmark[] => marks.flatMap((mark) => [mark, ...flatten(mark.children)]);

/** What a book of `parts` must contain: part, chapter and question titles as bookmarks, and each chapter's opening words. */
export function expectationsFor(parts: BookPart[], pages: Map<string, CapturedPage>, minPages: number, questionsOn: (path: string) => string[] = () => []): BookExpectations {
  const titles: string[] = [];
  const questions: string[] = [];
  const phrases: string[] = [];
  for (const part of parts) {
    titles.push(part.title);
    for (const page of part.pages) {
      if (!part.standalone) titles.push(page.title);
      questions.push(...questionsOn(page.path));
      const tree = fromHtml(pages.get(page.path)?.article ?? '', { fragment: true });
      // Questions: the article's top-level headings.
      for (const heading of selectAll('h2', tree)) titles.push(toString(heading).replace(/\s+/g, ' ').trim());
      // A run of the paragraph's own text: inline code and links print in another font or with
      // their address, and text extraction may order them apart from the sentence.
      const opening = selectAll('p', tree)
        .flatMap((paragraph) => paragraph.children.flatMap((child) => (child.type === 'text' ? [child.value.trim()] : [])))
        .find((text) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8);
      if (opening) phrases.push(opening.slice(0, 24));
    }
  }
  return { minPages, bookmarks: titles.filter((title) => title !== ''), questions, phrases };
}

export function checkBook(pdf: string, expected: BookExpectations): BookReport {
  const problems: string[] = [];
  const pages = pageCount(pdf);
  if (pages < expected.minPages) problems.push(`${pages} pages, expected at least ${expected.minPages}`);
  const marks = flatten(bookmarks(pdf));
  const markTitles = marks.map((mark) => squeeze(mark.title));
  // A heading's bookmark may go on with its catalogued question (` — 问：…`).
  for (const title of expected.bookmarks) if (!markTitles.some((mark) => mark.startsWith(squeeze(title)))) problems.push(`no bookmark "${title}"`);
  for (const question of expected.questions) if (!markTitles.some((mark) => mark.includes(squeeze(question)))) problems.push(`no bookmark holds the question "${question}"`);
  // The print stylesheet prints a link's address after its text (`<https://…>`); phrases are the author's words.
  const text = squeeze(pdfText(pdf)).replace(/<https?:\/\/[^>]*>/g, '');
  for (const phrase of expected.phrases) if (!text.includes(squeeze(phrase))) problems.push(`text lacks "${phrase}"`);
  return { pages, bookmarks: marks.length, problems };
}
