import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNoteImages } from '../../scripts/images/find-note-images.ts';
import { VENDORED_IMAGES_DIR, vendoredImages } from '../../src/lib/vendored-images.ts';
import { builtPages, readBuilt, ROOT } from '../support/dist.ts';

/**
 * The notes' remote images on the built site: one with a copy (`npm run images:vendor`, then
 * `npm run import`) is served from the site, sized and optimized, with its address as the 来源
 * link; one without stays remote. Until someone runs the command with network access, all stay
 * remote (this machine has none).
 */
describe('the notes’ images on the built site', () => {
  const pages = builtPages().map((file) => readBuilt(file));
  const images = pages.flatMap((html) => [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]));
  const srcOf = (tag: string) => /\ssrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&') ?? '';

  it('records only copies that exist, byte for byte', () => {
    for (const [url, copy] of Object.entries(vendoredImages)) {
      const bytes = readFileSync(join(ROOT, VENDORED_IMAGES_DIR, copy.file));
      expect(createHash('sha256').update(bytes).digest('hex'), url).toBe(copy.sha256);
      expect(statSync(join(ROOT, VENDORED_IMAGES_DIR, copy.file)).size, url).toBe(copy.bytes);
      expect(copy.file, url).toBe(`${copy.sha256.slice(0, 16)}.${copy.file.split('.').pop()}`);
    }
  });

  it('shows a copied image from the site and links its address; an image without a copy from its address', () => {
    const remote = new Set(images.map(srcOf).filter((src) => /^https?:/.test(src)));
    const problems: string[] = [];
    for (const { url, note, line } of findNoteImages(join(ROOT, 'notes'))) {
      const copied = Object.hasOwn(vendoredImages, url);
      if (copied && remote.has(url)) problems.push(`${note}:${line}: ${url} has a copy but is still shown from its host (run npm run import)`);
      if (copied && !pages.some((html) => html.includes(`href="${url}"`))) problems.push(`${note}:${line}: ${url} has lost its 来源 link`);
      if (!copied && !remote.has(url)) problems.push(`${note}:${line}: ${url} is on no page`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every image the site serves its width and height, so its box is reserved', () => {
    const local = images.filter((tag) => !/^(?:https?:|data:)/.test(srcOf(tag)));
    expect(local.filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag))).toEqual([]);
  });
});
