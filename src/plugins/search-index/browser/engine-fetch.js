// Browser JavaScript, bundled into /pagefind/pagefind.js at build (src/plugins/search-index/index.ts),
// where `fetch` stands in for the browser's fetch in Pagefind's engine (esbuild's inject).

/* global __KB_ENGINE_START_FILES__ */
/**
 * The files the engine fetches to start, by index language (`zh-cn`): its metadata, its
 * WebAssembly and the filter index, as this build wrote them (src/plugins/search-index/index.ts).
 */
const START_FILES = JSON.parse(__KB_ENGINE_START_FILES__);
const GZIP_MAGIC = [0x1f, 0x8b];

/** Responses already on their way, by absolute URL; each is handed to the engine once. */
const ahead = new Map();
const absolute = (input) => new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href).href;

/**
 * Starts downloading the files the engine will ask for once it has read its entry file
 * (pagefind-entry.json), so the two downloads overlap instead of following each other: one
 * round trip less before a reader's first result. The entry file is still read, and it decides:
 * if it names other files (an index deployed after this script was cached), the engine fetches
 * those, and what was fetched ahead is left unused.
 */
export function fetchAhead(engineFiles, language) {
  const files = START_FILES[language] ?? START_FILES[language.split('-')[0]] ?? [];
  for (const file of files) {
    const url = absolute(new URL(file, engineFiles));
    if (!ahead.has(url)) ahead.set(url, globalThis.fetch(url));
  }
}

/**
 * Pagefind's fetch: a response fetched ahead when there is one, and its gzip files unpacked by
 * the browser. Pagefind stores its index, metadata and WebAssembly gzipped and unpacks them
 * itself, in JavaScript: on a reader's first search that was about 70 ms of the page's main
 * thread on this machine (the WebAssembly alone 35 ms), before any result. The browser's own
 * DecompressionStream does it in native code; Pagefind then finds its files already unpacked,
 * a case it handles (a host that serves them with Content-Encoding: gzip gives it the same).
 * Anything else (the entry file, a response the host already unpacked, an error) passes through
 * unchanged.
 */
export async function fetch(input, init) {
  const url = absolute(input);
  const early = ahead.get(url);
  ahead.delete(url);
  // A download started ahead that failed is tried again, as the engine's own fetch would be.
  const response = early ? await early.catch(() => globalThis.fetch(input, init)) : await globalThis.fetch(input, init);
  if (!response.ok || typeof DecompressionStream !== 'function') return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  const body = gzipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
