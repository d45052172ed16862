/**
 * `npm run images:vendor`: copies the notes' remote images into src/assets/note-images/ and
 * records them in images.json; then `npm run import` points the pages at the copies (Astro's
 * image pipeline sizes and optimizes them at build time) and keeps each remote address as the
 * image's 来源 link. Needs network access to the images' hosts.
 *
 *   npm run images:vendor
 *   npm run images:vendor -- --refresh                  download again even what is recorded
 *   npm run images:vendor -- --mirror https://raw.githubusercontent.com=http://127.0.0.1:8080
 *                                                       fetch a host's files from a stand-in
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VENDORED_IMAGES_DIR, VENDORED_IMAGES_RECORD, type VendoredImages } from '../../src/lib/vendored-images.ts';
import { findNoteImages } from './find-note-images.ts';
import { vendorImages } from './vendor-images.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const mirrors = args.flatMap((arg, index) => (arg === '--mirror' && args[index + 1] ? [args[index + 1]!.split('=') as [string, string]] : []));
for (const mirror of mirrors) {
  if (mirror.length !== 2 || !/^https?:\/\//.test(mirror[0]) || !/^https?:\/\//.test(mirror[1])) {
    console.error(`--mirror takes ORIGIN=ORIGIN, e.g. https://raw.githubusercontent.com=http://127.0.0.1:8080 (got ${mirror.join('=')})`);
    process.exit(2);
  }
}
const source = (url: string) => {
  const mirror = mirrors.find(([origin]) => url.startsWith(`${origin.replace(/\/$/, '')}/`));
  return mirror ? mirror[1].replace(/\/$/, '') + url.slice(mirror[0].replace(/\/$/, '').length) : url;
};

const dir = join(root, VENDORED_IMAGES_DIR);
const recordFile = join(dir, VENDORED_IMAGES_RECORD);
const record = JSON.parse(readFileSync(recordFile, 'utf8')) as VendoredImages;
const images = findNoteImages(join(root, 'notes'));
const result = await vendorImages({ images, dir, record, source, refresh: args.includes('--refresh') });
writeFileSync(recordFile, `${JSON.stringify(result.record, null, 2)}\n`);

const urls = new Set(images.map((image) => image.url)).size;
console.log(`${images.length} remote images in the notes (${urls} addresses): ${result.downloaded.length} downloaded, ${result.kept.length} already copied, ${result.failed.length} failed${result.dropped.length > 0 ? `, ${result.dropped.length} no longer in the notes (removed)` : ''}.`);
for (const failure of result.failed) console.error(`${failure.note}:${failure.line}: ${failure.url}: ${failure.reason}`);
if (result.downloaded.length > 0 || result.dropped.length > 0) console.log('Now run `npm run import` to point the pages at the copies, and commit src/assets/note-images/ with the pages.');
if (result.failed.length > 0) {
  console.error('Images that could not be copied stay remote on the site (the importer falls back to their address).');
  process.exitCode = 1;
}
