import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages, urlPathOf } from '../../../scripts/site/built-pages.ts';
import { answerRecord, hasText, type AnswerRecord } from './answer-record.ts';
import { splitAnswers, type PageAnswers } from './answer-sections.ts';

/** Built pages that are not content. */
const SKIPPED_PAGES = new Set(['404.html']);

/** Every answer of the built site as a search record, with where it sits: topic › page › enclosing headings. */
export function siteRecords(distDir: string): { pages: number; records: AnswerRecord[] } {
  const pages = new Map<string, PageAnswers>();
  for (const file of builtPages(distDir)) {
    if (SKIPPED_PAGES.has(file)) continue;
    const answers = splitAnswers(readFileSync(join(distDir, file), 'utf8'));
    if (answers) pages.set(urlPathOf(file), answers);
  }
  const records: AnswerRecord[] = [];
  for (const [pageUrl, page] of pages) {
    const topicUrl = pageUrl.split('/').slice(0, 2).join('/') + '/';
    const topic = topicUrl !== pageUrl && topicUrl !== '//' ? pages.get(topicUrl)?.title : undefined;
    for (const section of page.sections) {
      // A page that opens with a heading has no opening text to find; its title lives on in the
      // location of each of its answers.
      if (section.anchor === null && !hasText(section)) continue;
      const trail = section.anchor === null ? [topic] : [topic, page.title, ...section.ancestors];
      records.push(answerRecord(section, { pageUrl, lang: page.lang, trail: trail.filter((part): part is string => Boolean(part)) }));
    }
  }
  return { pages: pages.size, records };
}

/**
 * Pagefind writes one file per record unless told to bundle them; with about 500 small
 * answers, each query then downloaded five tiny files. Bundled (Pagefind groups neighbouring
 * URLs, so about eight answers of the same page per file), a reader's next query usually finds
 * its results already downloaded: warm queries fetch nothing at the median.
 */
const MAX_FRAGMENT_FILES = 64;

/** The site's search entry (loaded by the dialog as pagefind.js), served next to Pagefind's engine. */
const BROWSER_FILES = ['pagefind.js', 'relaxed-search.js'];

/**
 * Writes dist/pagefind/ from the answers of the built site in distDir: Pagefind's bundle in
 * pagefind/engine/, and the site's entry module pagefind/pagefind.js in front of it.
 */
export async function writeSearchIndex(distDir: string): Promise<{ pages: number; records: number }> {
  const { pages, records } = siteRecords(distDir);
  const failOn = (errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES });
    failOn(errors);
    const added = await Promise.all(records.map((record) => index!.addHTMLFile({ url: record.url, content: record.html })));
    failOn(added.flatMap((response) => response.errors));
    const outputPath = join(distDir, 'pagefind');
    rmSync(outputPath, { recursive: true, force: true });
    failOn((await index!.writeFiles({ outputPath: join(outputPath, 'engine') })).errors);
    for (const file of BROWSER_FILES) copyFileSync(fileURLToPath(new URL(`./browser/${file}`, import.meta.url)), join(outputPath, file));
  } finally {
    await pagefind.close();
  }
  return { pages, records: records.length };
}

async function writeIndexAndLog(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { pages, records } = await writeSearchIndex(distDir);
  logger.info(`Indexed ${records} answers from ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
}

/**
 * Builds the site's search index with Pagefind's Node API, one record per answer (a page's
 * opening text, or the text under one heading) instead of one per page, so the search dialog
 * lists answers — heading, excerpt, link to the anchor — ranked on their own text. Runs after
 * Starlight's own indexing step and replaces its output; Starlight's search dialog is kept.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => writeIndexAndLog(fileURLToPath(dir), logger),
    },
  };
}
