// Browser JavaScript, bundled into /pagefind/pagefind.js at build (src/plugins/search-index/index.ts).

let segmenter;

/**
 * The browser's Chinese word segmenter, made on first use. Making the first one loads ICU's
 * dictionary, 30–60 ms of the page's main thread on this machine; made at import it would add
 * that to the reader's first search before any file of the index is requested.
 * pagefind.js asks for it while the engine's first files are downloading instead.
 */
export const wordSegmenter = () => (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));
