import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { findNoteImages } from '../../../scripts/images/find-note-images.ts';
import { decodeForImport } from '../../../scripts/import/decode-note.ts';
import { runImport } from '../../../scripts/import/run-import.ts';
import { RELATED_ANSWERS_FILE } from '../../../src/lib/content-model/related-answers.ts';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

// As if `npm run images:vendor` had copied every remote image of the notes (this machine has no internet).
vi.mock('../../../src/lib/vendored-images.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/vendored-images.ts')>();
  const { findNoteImages: find } = await import('../../../scripts/images/find-note-images.ts');
  const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  const copies = Object.fromEntries(find(join(root, 'notes')).map(({ url }, index) => [url, { file: `${String(index).padStart(16, '0')}.png`, width: 640, height: 480, bytes: 1, sha256: '0'.repeat(64) }]));
  return { ...original, vendoredImages: copies };
});

/** The real notes imported with every image copied: the pages change, what the site computes from the notes' words does not. */
describe('importing with the notes’ images copied', () => {
  const { files } = runImport({ notesDir: join(ROOT, 'notes'), diagramsDir: join(ROOT, 'diagrams'), publicDir: join(ROOT, 'public'), decode: decodeForImport });
  const urls = [...new Set(findNoteImages(join(ROOT, 'notes')).map((image) => image.url))];

  it('shows every copied image from the project and keeps its address as the 来源 link', () => {
    const pages = files.filter((file) => file.path.endsWith('.md')).map((file) => file.content);
    expect(urls.length).toBeGreaterThan(0);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const url of urls) {
      expect(pages.some((page) => new RegExp(`!\\[[^\\]]*\\]\\(${escape(url)}\\)`).test(page)), `${url} is still shown from its host`).toBe(false);
      expect(pages.some((page) => page.includes(`[原图](${url})`)), `${url} has no 来源 link`).toBe(true);
    }
    expect(pages.some((page) => page.includes('assets/note-images/'))).toBe(true);
  });

  it('leaves 相关问题 as the notes’ own words make it (the 来源 links are not counted)', () => {
    const related = files.find((file) => file.path === RELATED_ANSWERS_FILE);
    expect(related?.content).toBe(readFileSync(join(ROOT, RELATED_ANSWERS_FILE), 'utf8'));
  });
});
