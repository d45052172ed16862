/**
 * Makes the PDF books from a built site: the whole knowledge base as one book and one book per
 * topic, each with a cover, a table of contents with page numbers and bookmarks, checked after
 * writing. The table of contents needs the pages its entries land on, which only a rendering
 * tells: the book is printed once with placeholders, the anchors' pages are read back from the
 * PDF, and it is printed again with the numbers (same widths, so nothing moves).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { BOOK_INDEX, type BookEntry, type BookIndex } from '../../src/lib/book-index.ts';
import { readSidebar } from '../../src/lib/built-sidebar.ts';
import { readQuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import { answerKey } from '../../src/schemas/question-catalogue.ts';
import { builtPages, urlPathOf } from '../site/built-pages.ts';
import { bookHtml, chapterAnchor, partAnchor, type BookDocument, type BookQuestion } from './book-html.ts';
import { bookOutline, type BookPart, type PageFacts } from './book-outline.ts';
import { capturePages } from './capture-pages.ts';
import { checkBook, expectationsFor, type BookReport } from './check-book.ts';
import { namedDestinations } from './poppler.ts';
import { renderPdf } from './render-pdf.ts';

const BOOK_CSS = fileURLToPath(new URL('./book.css', import.meta.url));
/** The whole book's file name in book/. */
export const WHOLE_BOOK = 'knowledge-base.pdf';
/** The issue's bar for the whole book: a real book, not a pamphlet. */
export const WHOLE_BOOK_MIN_PAGES = 100;

export interface MakeBooksOptions {
  dist: string;
  /** The site's base path, with slashes (`/`, `/repo/`). */
  base: string;
  /** The site served on loopback, with the base. */
  siteUrl: string;
  outDir: string;
  browser: Browser;
  /** The project the site was built from, whose question catalogue words the book's questions (default: the working directory). */
  root?: string;
  /** Only these topics (part ids), and no whole book; all when absent. */
  topics?: string[];
  remoteImages: boolean;
  log?: (line: string) => void;
}

export interface MadeBook extends BookEntry {
  report: BookReport;
}

function parse(dist: string, file: string): Root {
  return fromHtml(readFileSync(join(dist, file), 'utf8'));
}

function text(tree: Root, selector: string): string | null {
  const element = select(selector, tree);
  return element ? toString(element).replace(/\s+/g, ' ').trim() : null;
}

export interface BuiltBook {
  parts: BookPart[];
  siteName: string;
  description: string;
  /** The site's public address (the home page's canonical URL). */
  publicUrl: string;
}

/** What the built site offers the book: its parts in sidebar order, its name and address. */
export function readBuiltBook(dist: string, base: string): BuiltBook {
  const files = builtPages(dist);
  const fileByPath = new Map(files.map((file) => [urlPathOf(file).slice(1), file]));
  const facts = (path: string): PageFacts | null => {
    const file = fileByPath.get(path);
    if (!file) return null;
    const tree = parse(dist, file);
    return { fromNotes: select('main .kb-sources', tree) !== undefined, title: text(tree, 'main h1') ?? path, intro: text(tree, 'main .sl-markdown-content > p') };
  };
  const withSidebar = files.find((file) => readFileSync(join(dist, file), 'utf8').includes('class="sidebar'));
  if (!withSidebar) throw new Error(`${dist}: no built page has a sidebar`);
  const home = parse(dist, 'index.html');
  return {
    parts: bookOutline(readSidebar(readFileSync(join(dist, withSidebar), 'utf8')), base, facts),
    siteName: String(select('meta[property="og:site_name"]', home)?.properties.content ?? '知识库'),
    description: String(select('meta[name="description"]', home)?.properties.content ?? ''),
    publicUrl: String(select('link[rel="canonical"]', home)?.properties.href ?? '/'),
  };
}

export async function makeBooks(options: MakeBooksOptions): Promise<MadeBook[]> {
  const { dist, base, outDir, browser } = options;
  const log = options.log ?? (() => undefined);
  const { parts: allParts, siteName, description, publicUrl } = readBuiltBook(dist, base);
  const unknown = (options.topics ?? []).filter((id) => !allParts.some((part) => part.id === id));
  if (unknown.length > 0) throw new Error(`no such topic: ${unknown.join(', ')} (topics: ${allParts.map((part) => part.id).join(', ')})`);
  const parts = options.topics ? allParts.filter((part) => options.topics!.includes(part.id)) : allParts;
  const paths = parts.flatMap((part) => part.pages.map((page) => page.path));
  log(`capturing ${paths.length} pages in Chromium…`);
  const captured = await capturePages(browser, options.siteUrl, paths);
  const bookCss = readFileSync(BOOK_CSS, 'utf8');
  // The catalogue is keyed by page without slashes (`go/interview`); the book's paths end in one.
  const catalogue = readQuestionCatalogue(options.root);
  const questionOf = (path: string, anchor: string): BookQuestion | undefined => {
    const entry = catalogue.byKey.get(answerKey({ page: path.replace(/\/$/, ''), anchor }));
    return entry ? { question: entry.question, siteWording: entry.wording === 'site' } : undefined;
  };
  const questionsOn = (path: string) => catalogue.entries.filter((entry) => `${entry.page}/` === path).map((entry) => entry.question);
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(outDir, { recursive: true });

  const make = async (file: string, title: string, subtitle: string, bookParts: BookPart[], minPages: number): Promise<MadeBook> => {
    const chapters = bookParts.reduce((sum, part) => sum + part.pages.length, 0);
    const document: BookDocument = {
      title,
      subtitle,
      colophon: `${bookParts.filter((part) => !part.standalone).length} 个主题 · ${chapters} 篇 · 生成于 ${date} · ${publicUrl}`,
      parts: bookParts,
      pages: captured.pages,
      styles: captured.styles,
      bookCss,
      base,
      siteUrl: publicUrl,
      questionOf,
    };
    const out = join(outDir, file);
    const render = (html: string) => renderPdf(browser, html, out, { siteUrl: options.siteUrl, runningTitle: title, remoteImages: options.remoteImages });
    await render(bookHtml(document));
    const landed = namedDestinations(out);
    const anchors = bookParts.flatMap((part) => [partAnchor(part.id), ...(part.standalone ? [] : part.pages.map((page) => chapterAnchor(page.slug)))]);
    const missing = anchors.filter((anchor) => !landed.has(anchor));
    if (missing.length > 0) throw new Error(`${file}: the PDF has no destination for ${missing.join(', ')}`);
    document.pageNumbers = new Map(anchors.map((anchor) => [anchor, landed.get(anchor)!]));
    await render(bookHtml(document));
    const moved = anchors.filter((anchor) => namedDestinations(out).get(anchor) !== document.pageNumbers!.get(anchor));
    if (moved.length > 0) throw new Error(`${file}: filling in the page numbers moved ${moved.join(', ')}`);
    const report = checkBook(out, expectationsFor(bookParts, captured.pages, minPages, questionsOn));
    log(`${file}: ${report.pages} pages, ${report.bookmarks} bookmarks${report.problems.length > 0 ? `, ${report.problems.length} problems` : ''}`);
    return { file, title, pages: report.pages, bytes: statSync(out).size, report };
  };

  const books: MadeBook[] = [];
  if (!options.topics) books.push(await make(WHOLE_BOOK, siteName, description, parts, WHOLE_BOOK_MIN_PAGES));
  for (const part of parts) books.push(await make(`${part.id}.pdf`, `${siteName}：${part.title}`, part.intro ?? description, [part], 1));
  const index: BookIndex = { books: books.map(({ file, title, pages, bytes }) => ({ file, title, pages, bytes })) };
  writeFileSync(join(outDir, BOOK_INDEX), `${JSON.stringify(index, null, 2)}\n`);
  return books;
}
