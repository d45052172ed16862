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
 * those, and what was fetched ahead is left unused (see `dropAhead`).
 */
export function fetchAhead(engineFiles, language) {
  const files = START_FILES[language] ?? START_FILES[language.split('-')[0]] ?? [];
  for (const file of files) {
    const url = absolute(new URL(file, engineFiles));
    if (ahead.has(url)) continue;
    const response = globalThis.fetch(url);
    // A failure is the engine's to meet, when it asks for the file (it is fetched again then).
    response.catch(() => {});
    ahead.set(url, response);
  }
}

/** Forgets the downloads started ahead that the engine has not asked for, and their unread bodies. */
export function dropAhead() {
  for (const response of ahead.values()) response.then((unused) => unused.body?.cancel()).catch(() => {});
  ahead.clear();
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
  const headers = new Headers(response.headers);
  const options = { status: response.status, statusText: response.statusText, headers };
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new Response(bytes, options);
  // The body is the unpacked file now: the sizes and encoding of the packed one no longer describe it.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')), options);
}
