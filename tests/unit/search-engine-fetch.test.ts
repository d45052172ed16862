import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const SITE = 'https://kb.example/kb/go/interview/';
const ENGINE = 'https://kb.example/kb/pagefind/engine/';
const START_FILES = { 'zh-cn': ['pagefind.zh-cn_abc.pf_meta', 'wasm.unknown.pagefind', 'filter/zh-cn_def.pf_filter'], en: ['pagefind.en_123.pf_meta'] };

/** A stand-in for the browser's fetch: a file per absolute URL, and the URLs asked for, in order. */
function fakeNetwork(files: Record<string, Uint8Array<ArrayBuffer> | string>, failFirst = new Set<string>()) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input), SITE).href;
    asked.push(url);
    if (failFirst.delete(url)) throw new TypeError('network error');
    const body = files[url.replace(/\?.*$/, '')];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200, headers: { 'Content-Length': String(body.length), 'Cache-Control': 'max-age=600' } });
  });
  return { asked, fetch };
}

// The module reads the build's list of start files when it loads (esbuild writes it in).
let engineFetch: typeof import('../../src/plugins/search-index/browser/engine-fetch.js');
beforeAll(async () => {
  vi.stubGlobal('__KB_ENGINE_START_FILES__', JSON.stringify(START_FILES));
  engineFetch = await import('../../src/plugins/search-index/browser/engine-fetch.js');
});
beforeEach(() => vi.stubGlobal('location', new URL(SITE)));
afterEach(() => vi.unstubAllGlobals());

const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const signed = (text: string) => new TextEncoder().encode(`pagefind_dcd${text}`);

describe('the search engine’s fetch', () => {
  it('unpacks Pagefind’s gzip files, byte for byte, and passes everything else through', async () => {
    const index = signed('index chunk '.repeat(200));
    const { fetch } = fakeNetwork({ [`${ENGINE}index/zh-cn_1.pf_index`]: gzipSync(index), [`${ENGINE}pagefind-entry.json`]: '{"version":"1.6.0"}', [`${ENGINE}fragment/zh-cn_2.pf_fragment`]: signed('{}') });
    vi.stubGlobal('fetch', fetch);
    const unpacked = await engineFetch.fetch('/kb/pagefind/engine/index/zh-cn_1.pf_index');
    // Headers that describe the packed file are gone; the others stay.
    expect([unpacked.headers.get('Content-Length'), unpacked.headers.get('Cache-Control')]).toEqual([null, 'max-age=600']);
    expect(await bytes(unpacked)).toEqual(index);
    // The entry file is JSON; a file the host already unpacked (Content-Encoding) starts with Pagefind's signature.
    expect(await (await engineFetch.fetch('/kb/pagefind/engine/pagefind-entry.json?ts=1')).text()).toBe('{"version":"1.6.0"}');
    expect(await bytes(await engineFetch.fetch('/kb/pagefind/engine/fragment/zh-cn_2.pf_fragment'))).toEqual(signed('{}'));
    // An error is the engine's to report, as it was.
    const missing = await engineFetch.fetch('/kb/pagefind/engine/index/zh-cn_9.pf_index');
    expect([missing.status, await missing.text()]).toEqual([404, 'not found']);
  });

  it('hands the engine the start files fetched ahead, each downloaded once', async () => {
    const files = Object.fromEntries(START_FILES['zh-cn'].map((file) => [`${ENGINE}${file}`, gzipSync(signed(file))]));
    const { asked, fetch } = fakeNetwork(files);
    vi.stubGlobal('fetch', fetch);
    engineFetch.fetchAhead(ENGINE, 'zh-cn');
    expect(asked).toEqual(START_FILES['zh-cn'].map((file) => `${ENGINE}${file}`));
    // The engine asks with the path it was given, after reading its entry file.
    for (const file of START_FILES['zh-cn']) expect(await bytes(await engineFetch.fetch(`/kb/pagefind/engine/${file}`))).toEqual(signed(file));
    expect(asked).toHaveLength(3);
    // Asked again later (another engine on the page), a file is downloaded again: an early response serves one request.
    await engineFetch.fetch(`/kb/pagefind/engine/${START_FILES['zh-cn'][0]}`);
    expect(asked).toHaveLength(4);
  });

  it('fetches again what failed ahead of time, and nothing ahead for an index language it does not know', async () => {
    const meta = `${ENGINE}${START_FILES['zh-cn'][0]}`;
    const { asked, fetch } = fakeNetwork({ [meta]: gzipSync(signed('meta')) }, new Set([meta]));
    vi.stubGlobal('fetch', fetch);
    engineFetch.fetchAhead(ENGINE, 'fr');
    expect(asked).toEqual([]);
    // As Pagefind chooses an index: the page's language, then its first part (en-us pages, an "en" index).
    engineFetch.fetchAhead(ENGINE, 'en-us');
    expect(asked).toEqual([`${ENGINE}pagefind.en_123.pf_meta`]);
    engineFetch.dropAhead();
    engineFetch.fetchAhead(ENGINE, 'zh-cn');
    expect(await bytes(await engineFetch.fetch(meta))).toEqual(signed('meta'));
    expect(asked.filter((url) => url === meta)).toHaveLength(2);
  });

  it('forgets what was fetched ahead once told to (a failed start, a destroyed engine): the engine then downloads it itself', async () => {
    const meta = `${ENGINE}${START_FILES['zh-cn'][0]}`;
    const { asked, fetch } = fakeNetwork({ [meta]: gzipSync(signed('meta')) });
    vi.stubGlobal('fetch', fetch);
    engineFetch.fetchAhead(ENGINE, 'zh-cn');
    engineFetch.dropAhead();
    expect(await bytes(await engineFetch.fetch(meta))).toEqual(signed('meta'));
    expect(asked.filter((url) => url === meta)).toHaveLength(2);
  });
});
