// Served as /pagefind/pagefind.js, the module Starlight's search dialog (and any other client)
// loads: Pagefind's own engine, written to /pagefind/engine/, with best-match retrieval and the
// answer's own text as previews around search (see best-match.js). Everything else is
// Pagefind's, unchanged.
import * as engine from './engine/pagefind.js';
import { bestMatch } from './best-match.js';

export { createInstance, destroy, filters, init, mergeIndex, options } from './engine/pagefind.js';

/* global __KB_BEST_MATCH__ */
// The tuning (src/config/search.ts, bestMatchTuning) is written in when the entry is bundled.
const matcher = bestMatch(engine, __KB_BEST_MATCH__);

export const search = (term, options) => matcher.search(term, options);
export const debouncedSearch = (term, options, wait) => matcher.debouncedSearch(term, options, wait);
export const preload = (term, options) => matcher.preload(term, options);
