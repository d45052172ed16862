import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { builtPages, urlPathOf } from '../../../scripts/site/built-pages.ts';
import { answerRecord, hasText, type AnswerRecord } from './answer-record.ts';
import { splitAnswers, type PageAnswers } from './answer-sections.ts';
import { questionWordings } from './question-wordings.ts';
import { readQuestionCatalogue } from '../../lib/content-model/question-catalogue.ts';
import type { QuestionEntry } from '../../schemas/question-catalogue.ts';
import { bestMatchTuning } from '../../config/search.ts';

/** Built pages that are not content. */
const SKIPPED_PAGES = new Set(['404.html']);

const DOCS_DIR = 'src/content/docs';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The pages whose frontmatter asks for a site view (`siteView`: the home page's topic grid, a
 * topic's overview, the question index), by URL path. They are navigation the site wrote: their
 * opening text is the site's summary of what they list, not an answer, and shown as a result it
 * would preview the site's words as if they were the notes'.
 */
export function siteViewPages(root = process.cwd()): Set<string> {
  const docs = join(root, DOCS_DIR);
  if (!existsSync(docs)) return new Set();
  const found = new Set<string>();
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/.test(file)) continue;
    const frontmatter = FRONTMATTER.exec(readFileSync(join(docs, file), 'utf8'))?.[1] ?? '';
    if (!/^siteView:/m.test(frontmatter)) continue;
    const path = file.split(sep).join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    found.add(path === '' ? '/' : `/${path}/`);
  }
  return found;
}

/**
 * Every answer of the built site as a search record, with where it sits (topic › page ›
 * enclosing headings) and how it is asked for (the question catalogue, read from the project
 * the build runs in).
 */
export function siteRecords(distDir: string, catalogue: readonly QuestionEntry[] = readQuestionCatalogue().entries, root = process.cwd()): { pages: number; records: AnswerRecord[]; topics: Set<string> } {
  const pages = new Map<string, PageAnswers>();
  for (const file of builtPages(distDir)) {
    if (SKIPPED_PAGES.has(file)) continue;
    const answers = splitAnswers(readFileSync(join(distDir, file), 'utf8'));
    if (answers) pages.set(urlPathOf(file), answers);
  }
  const questionsFor = questionWordings(catalogue);
  const navigation = siteViewPages(root);
  const records: AnswerRecord[] = [];
  for (const [pageUrl, page] of pages) {
    const topicUrl = pageUrl.split('/').slice(0, 2).join('/') + '/';
    const topic = topicUrl !== pageUrl && topicUrl !== '//' ? pages.get(topicUrl)?.title : undefined;
    // A topic is a first-level page with pages under it; a page outside every topic (the home
    // page, the interview tips) has no topic to filter by.
    const isTopic = topicUrl === pageUrl && [...pages.keys()].some((url) => url !== pageUrl && url.startsWith(pageUrl));
    for (const section of page.sections) {
      const questions = questionsFor(pageUrl, section.anchor);
      // A page that opens with a heading has no opening text to find; its title lives on in the
      // location of each of its answers. Unless the page as a whole is one catalogued answer:
      // its question must still land on the page.
      if (section.anchor === null && !hasText(section) && questions.length === 0) continue;
      if (section.anchor === null && navigation.has(pageUrl)) continue;
      const trail = section.anchor === null ? [topic] : [topic, page.title, ...section.ancestors];
      records.push(
        answerRecord(section, {
          pageUrl,
          lang: page.lang,
          trail: trail.filter((part): part is string => Boolean(part)),
          topic: topic ?? (isTopic ? page.title : undefined),
          questions,
        }),
      );
    }
  }
  return { pages: pages.size, records, topics: new Set(records.map((record) => record.topic).filter((topic): topic is string => topic !== undefined)) };
}

/**
 * Pagefind writes one file per record unless told to bundle them; with about 500 small
 * answers, each query then downloaded five tiny files. Bundled (Pagefind groups neighbouring
 * URLs, so about eight answers of the same page per file), a reader's next query usually finds
 * its results already downloaded: warm queries fetch nothing at the median.
 */
const MAX_FRAGMENT_FILES = 64;

/**
 * The site's search entry, /pagefind/pagefind.js: the browser files (browser/pagefind.js and the
 * modules it imports) and Pagefind's engine, as written to `engineDir`, bundled into one
 * minified module, so a reader's first search waits for one file rather than a chain of
 * imports (the engine in a file of its own cost one more round trip before the first request
 * of the index). The engine's index files stay in pagefind/engine/.
 */
async function searchEntry(engineDir: string): Promise<Uint8Array> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./browser/pagefind.js', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    target: 'es2022',
    legalComments: 'none',
    define: { __KB_BEST_MATCH__: JSON.stringify(bestMatchTuning), __KB_ENGINE_START_FILES__: JSON.stringify(JSON.stringify(engineStartFiles(engineDir))) },
    // The engine's fetch unpacks its gzip files natively (see browser/engine-fetch.js).
    inject: [fileURLToPath(new URL('./browser/engine-fetch.js', import.meta.url))],
    plugins: [
      {
        name: 'pagefind-engine',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^\.\/engine\/pagefind\.js$/ }, () => ({ path: resolve(engineDir, 'pagefind.js') }));
        },
      },
    ],
    write: false,
  });
  return bundled.outputFiles[0]!.contents;
}

/**
 * The files Pagefind's engine fetches as it starts, after its entry file, by index language:
 * `{ "zh-cn": ["pagefind.zh-cn_….pf_meta", "wasm.unknown.pagefind", "filter/zh-cn_….pf_filter"] }`
 * (names relative to the engine's folder). The search entry fetches them ahead.
 */
function engineStartFiles(engineDir: string): Record<string, string[]> {
  const entry = JSON.parse(readFileSync(join(engineDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const filterFiles = existsSync(join(engineDir, 'filter')) ? readdirSync(join(engineDir, 'filter')) : [];
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, index]) => {
      const files = [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`, ...filterFiles.filter((file) => file.startsWith(`${language}_`)).map((file) => `filter/${file}`)];
      for (const file of files) if (!existsSync(join(engineDir, file))) throw new Error(`Pagefind wrote no ${file} for ${language} (its entry file names it): has its output changed?`);
      return [language, files];
    }),
  );
}

/**
 * Writes dist/pagefind/ from the answers of the built site in distDir: Pagefind's bundle in
 * pagefind/engine/, and the site's entry module pagefind/pagefind.js, which includes its engine.
 */
export async function writeSearchIndex(distDir: string): Promise<{ pages: number; records: number }> {
  const { pages, records, topics } = siteRecords(distDir);
  const unknown = Object.keys(bestMatchTuning.topicWeights).filter((topic) => !topics.has(topic));
  if (unknown.length > 0) throw new Error(`src/config/search.ts: bestMatchTuning.topicWeights names no topic of the site: ${unknown.join(', ')} (topics: ${[...topics].join(', ')})`);
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
    const engineDir = join(outputPath, 'engine');
    failOn((await index!.writeFiles({ outputPath: engineDir })).errors);
    writeFileSync(join(outputPath, 'pagefind.js'), await searchEntry(engineDir));
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
