import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/** Search options the site's dialog passes to Pagefind; the bench passes the same. */
export interface SearchOptions {
  ranking: Record<string, number | Record<string, number>>;
  excerptLength: number;
}

/** One result as the search dialog shows it: the page link, then the links to the answers on it. */
export interface ResultCard {
  /** The page the result belongs to (its URL without the anchor). */
  page: string;
  /** The result's URL first, then the sub-results the dialog shows (`/etcd/lease/#anchor`). */
  links: string[];
  titles: string[];
  /** The preview shown under the result's title (HTML, matched words in <mark>). */
  excerpt: string;
}

export interface QueryRun {
  q: string;
  cards: ResultCard[];
  total: number;
  /** Time from calling search to having the data of the results the dialog shows first. */
  ms: number;
  /** Bytes of Pagefind files fetched while answering. */
  bytes: number;
  /**
   * CPU time Chromium's page processes spent while answering (the search runs on the page's
   * main thread): unlike `ms`, it hardly depends on how busy the machine is.
   */
  cpuMs: number;
}

/** How many results the dialog loads before painting (Pagefind UI's page size). */
const SHOWN = 5;
/** How deep results are read for scoring (MRR@10). */
const DEPTH = 10;

interface InPageArgs {
  bundle: string;
  options: SearchOptions;
  q: string;
  shown: number;
  depth: number;
}

interface InPageResult {
  ms: number;
  total: number;
  cards: ResultCard[];
}

/**
 * Runs in the page: the site's own Pagefind bundle, loaded on first use like the dialog does,
 * and results reduced to what the dialog shows (Pagefind UI's rule: the page link, then at most
 * three sub-results, the ones with the most hits, in page order).
 */
async function searchInPage(args: InPageArgs): Promise<InPageResult> {
  interface SubResult { url: string; title: string; locations: number[] }
  interface ResultData { url: string; excerpt: string; meta: { title?: string }; sub_results: SubResult[] }
  interface PagefindResult { data(): Promise<ResultData> }
  interface Pagefind {
    options(options: object): Promise<void>;
    search(term: string): Promise<{ results: PagefindResult[] }>;
  }
  const holder = window as unknown as { benchPagefind?: Pagefind; benchImport: (url: string) => Promise<unknown> };
  const started = performance.now();
  if (!holder.benchPagefind) {
    const pagefind = (await holder.benchImport(args.bundle)) as Pagefind;
    await pagefind.options(args.options);
    holder.benchPagefind = pagefind;
  }
  const search = await holder.benchPagefind.search(args.q);
  const shown = await Promise.all(search.results.slice(0, args.shown).map((result) => result.data()));
  const ms = performance.now() - started;
  const rest = await Promise.all(search.results.slice(args.shown, args.depth).map((result) => result.data()));
  const cards = [...shown, ...rest].map((data) => {
    const hasRoot = data.sub_results[0]?.url === data.url;
    const subs = hasRoot ? data.sub_results.slice(1) : data.sub_results;
    const top = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
    const visible = subs.length <= 3 ? subs : subs.filter((sub) => top.includes(sub));
    return {
      page: data.url.split('#')[0]!,
      links: [data.url, ...visible.map((sub) => sub.url)],
      titles: [data.meta.title ?? '', ...visible.map((sub) => sub.title)],
      excerpt: data.excerpt,
    };
  });
  return { ms, total: search.results.length, cards };
}

/**
 * A browser tab on the built site that answers queries with the site's Pagefind bundle and
 * counts the bytes of Pagefind files each query fetches (the worker's requests included).
 */
export class SiteSearch {
  /** Pagefind requests started and not yet counted. */
  private inFlight = 0;
  private bytes = 0;
  readonly context: BrowserContext;
  readonly page: Page;
  private readonly bundle: string;
  private readonly options: SearchOptions;
  private readonly devtools: CDPSession;

  private constructor(context: BrowserContext, page: Page, devtools: CDPSession, bundle: string, options: SearchOptions) {
    this.context = context;
    this.page = page;
    this.devtools = devtools;
    this.bundle = bundle;
    this.options = options;
    const isPagefind = (request: Request) => request.url().includes('/pagefind/');
    context.on('request', (request) => {
      if (isPagefind(request)) this.inFlight += 1;
    });
    context.on('requestfinished', (request) => {
      if (!isPagefind(request)) return;
      void request.sizes().then(
        (sizes) => {
          this.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          this.inFlight -= 1;
        },
        () => (this.inFlight -= 1),
      );
    });
    context.on('requestfailed', (request) => {
      if (isPagefind(request)) this.inFlight -= 1;
    });
  }

  /** Opens a fresh context (empty cache) on the site's home page. */
  static async open(browser: Browser, siteUrl: string, options: SearchOptions): Promise<SiteSearch> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl, { waitUntil: 'load' });
    // Given as source text: a test runner would rewrite an import() inside searchInPage.
    await page.evaluate('window.benchImport = (url) => import(url)');
    const devtools = await browser.newBrowserCDPSession();
    return new SiteSearch(context, page, devtools, new URL('pagefind/pagefind.js', siteUrl).href, options);
  }

  /** Answers a query; `depth` is how many results to read (all of them for a recall count). */
  async run(q: string, depth = DEPTH): Promise<QueryRun> {
    await this.settle();
    this.bytes = 0;
    const args: InPageArgs = { bundle: this.bundle, options: this.options, q, shown: SHOWN, depth };
    const cpuBefore = await this.pageProcessesCpu();
    const result = await this.page.evaluate(searchInPage, args);
    const cpuMs = (await this.pageProcessesCpu()) - cpuBefore;
    await this.settle();
    return { q, ...result, bytes: this.bytes, cpuMs };
  }

  /** CPU milliseconds Chromium's page (renderer) processes have used so far. */
  private async pageProcessesCpu(): Promise<number> {
    const { processInfo } = await this.devtools.send('SystemInfo.getProcessInfo');
    return processInfo.filter((process) => process.type === 'renderer').reduce((sum, process) => sum + process.cpuTime * 1000, 0);
  }

  async close(): Promise<void> {
    await this.devtools.detach();
    await this.context.close();
  }

  /** Waits until every Pagefind request the page started has been counted (events arrive after the page sees the response). */
  private async settle(): Promise<void> {
    while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
