// Served as /pagefind/pagefind.js, the module Starlight's search dialog (and any other client)
// loads: Pagefind's own engine (bundled in at build, its index files in /pagefind/engine/), with
// best-match retrieval and the answer's own text as previews around search (see best-match.js).
// The rest of the API is Pagefind's.
import { createInstance as createEngine } from './engine/pagefind.js';
import { bestMatch } from './best-match.js';
import { wordSegmenter } from './word-segmenter.js';
import { dropAhead, fetchAhead } from './engine-fetch.js';

/**
 * Where the engine's files are. Pagefind finds them beside its own module by default; bundled
 * into this one, it is told.
 */
const ENGINE_FILES = new URL('./engine/', import.meta.url).href;

/** Pagefind's createInstance, with the engine's files where this site keeps them. */
export const createInstance = (settings = {}) => createEngine({ basePath: ENGINE_FILES, ...settings });

/* global __KB_BEST_MATCH__ */
// The tuning (src/config/search.ts, bestMatchTuning) is written in when the entry is bundled.
const tuning = __KB_BEST_MATCH__;

/** How many checks look whether the engine has started, and how far apart they start (see `whenStarted`). */
const START_CHECKS = 5;
const START_CHECK_MS = 10;

/**
 * One engine on the page's main thread. Pagefind 1.6 searches in a web worker by default; for
 * this site's few hundred answers a search takes milliseconds, and the worker cost a reader's
 * first search a 43 KB script and a second WebAssembly start (its median time, measured
 * side by side: 1.2 s in the worker, 0.67 s without, on a loaded two-core machine).
 *
 * The dialog's settings (ranking, excerpt length, base URL) are given to the engine as it is
 * made, when they arrive before it exists: Pagefind applies them as it starts, where a call to
 * its options() would wait for the start like any other call.
 */
let current;
const engine = (settings = {}) => {
  if (current) return current;
  // The engine's files are where this site keeps them: a basePath among the settings is ignored, as options() ignores it.
  const pagefind = createEngine({ ...settings, basePath: ENGINE_FILES, noWorker: true });
  // The index language is the page's, as Pagefind chooses it.
  fetchAhead(ENGINE_FILES, (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase());
  current = { pagefind, matcher: undefined, started: whenStarted(pagefind) };
  // A failed start is reported to the calls that wait for it (and logged by Pagefind), not twice;
  // what was fetched ahead for it is not needed then.
  current.started.catch(dropAhead);
  // The engine's first files are on their way: make the word segmenter meanwhile, which the
  // search needs (Pagefind's own cut of the query reuses the dictionary it loads).
  setTimeout(wordSegmenter, 0);
  return current;
};
const matcher = () => {
  const state = engine();
  state.matcher ??= bestMatch(afterStart(state), tuning);
  return state.matcher;
};

/**
 * Resolves when the engine has started (its index metadata and WebAssembly loaded). Pagefind
 * offers no such signal: a call made before the start looks again every 50 ms, which cost a
 * reader's first search 25 ms on average for nothing. Here five checks start 10 ms apart
 * (each timed from the one before, so a busy moment of the page cannot start them together);
 * as each looks again every 50 ms, between them the start is seen within about 10 ms. A check
 * is a search for nothing, which waits for the start like every call and then answers at
 * once, without a download (filters() would fetch the filter index first, and hold the
 * search's own downloads back until it came). If the start never comes (a download that
 * hangs), five checks wait, as five of Pagefind's calls would. A failed start rejects, with
 * Pagefind's error.
 */
function whenStarted(pagefind) {
  return new Promise((resolve, reject) => {
    let settled = false;
    let checks = 0;
    const check = () => {
      if (settled || checks === START_CHECKS) return;
      checks += 1;
      pagefind.search('').then(
        () => {
          settled = true;
          resolve();
        },
        (error) => {
          settled = true;
          reject(error);
        },
      );
      setTimeout(check, START_CHECK_MS);
    };
    check();
  });
}

/** The engine's calls that best-match.js makes, each made once the engine has started. */
const afterStart = ({ pagefind, started }) => ({
  filters: () => started.then(() => pagefind.filters()),
  search: (term, settings) => started.then(() => pagefind.search(term, settings)),
  preload: (term, settings) => started.then(() => pagefind.preload(term, settings)),
});

export const options = async (settings) => {
  if (!current) {
    engine(settings);
    return;
  }
  await current.pagefind.options(settings);
};
export const init = async () => {
  await engine().started;
};
export const mergeIndex = (path, settings) => engine().pagefind.mergeIndex(path, settings);
export const filters = () => afterStart(engine()).filters();
export const search = (term, settings) => matcher().search(term, settings);
export const debouncedSearch = (term, settings, wait) => matcher().debouncedSearch(term, settings, wait);
export const preload = (term, settings) => matcher().preload(term, settings);
export async function destroy() {
  const state = current;
  current = undefined;
  dropAhead();
  await state?.pagefind.destroy();
}
