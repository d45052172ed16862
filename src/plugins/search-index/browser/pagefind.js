// Served as /pagefind/pagefind.js, the module Starlight's search dialog (and any other client)
// loads: Pagefind's own engine, written to /pagefind/engine/, with relaxed matching around
// search (see relaxed-search.js). Everything else is Pagefind's, unchanged.
import * as engine from './engine/pagefind.js';
import { relaxedSearch } from './relaxed-search.js';

export { createInstance, destroy, filters, init, mergeIndex, options, preload } from './engine/pagefind.js';

export function search(term, options) {
  return relaxedSearch((words) => engine.search(words, options), term);
}

export async function debouncedSearch(term, options, debounceTimeoutMs) {
  const first = await engine.debouncedSearch(term, options, debounceTimeoutMs);
  if (first === null) return null;
  return relaxedSearch((words) => (words === term ? Promise.resolve(first) : engine.search(words, options)), term);
}
