// Served as /pagefind/pagefind.js, the module Starlight's search dialog (and any other client)
// loads: Pagefind's own engine, written to /pagefind/engine/, with best-match retrieval and the
// answer's own text as previews around search (see best-match.js). The rest of the API is
// Pagefind's.
import { createInstance } from './engine/pagefind.js';
import { bestMatch } from './best-match.js';

export { createInstance } from './engine/pagefind.js';

/* global __KB_BEST_MATCH__ */
// The tuning (src/config/search.ts, bestMatchTuning) is written in when the entry is bundled.
const tuning = __KB_BEST_MATCH__;

/**
 * One engine on the page's main thread. Pagefind 1.6 searches in a web worker by default; for
 * this site's few hundred answers a search takes milliseconds, and the worker cost a reader's
 * first search a 43 KB script and a second WebAssembly start (its median time, measured
 * side by side: 1.2 s in the worker, 0.67 s without, on a loaded two-core machine).
 */
let current;
const engine = () => (current ??= { pagefind: createInstance({ noWorker: true }), matcher: undefined });
const matcher = () => {
  const state = engine();
  state.matcher ??= bestMatch(state.pagefind, tuning);
  return state.matcher;
};

export const options = (settings) => engine().pagefind.options(settings);
export const init = () => engine().pagefind.init();
export const mergeIndex = (path, settings) => engine().pagefind.mergeIndex(path, settings);
export const filters = () => engine().pagefind.filters();
export const search = (term, settings) => matcher().search(term, settings);
export const debouncedSearch = (term, settings, wait) => matcher().debouncedSearch(term, settings, wait);
export const preload = (term, settings) => matcher().preload(term, settings);
export async function destroy() {
  const state = current;
  current = undefined;
  await state?.pagefind.destroy();
}
