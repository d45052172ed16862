import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNoteImages } from '../../scripts/images/find-note-images.ts';
import { vendorImages } from '../../scripts/images/vendor-images.ts';

const HOST = 'https://raw.githubusercontent.com';
const DOCS = '/owner/bed/main/docs';

/**
 * `npm run images:vendor` against a local HTTP server standing in for the images' host (this
 * machine has no internet): what it downloads, how it names and measures the copies, what it
 * refuses, and that a second run fetches nothing.
 */
describe('vendoring the notes’ remote images', () => {
  let server: Server;
  let mirror = '';
  const requests: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'kb-images-'));
  const notes = join(scratch, 'notes');
  const dir = join(scratch, 'note-images');
  let png: Buffer;

  beforeAll(async () => {
    png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3447d4' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const files: Record<string, [string, Buffer]> = {
      [`${DOCS}/a.png`]: ['image/png', png],
      [`${DOCS}/copy-of-a.png`]: ['image/png', png],
      [`${DOCS}/b.jpeg`]: ['image/jpeg', jpeg],
      [`${DOCS}/page.png`]: ['text/html', Buffer.from('<!doctype html><title>rate limited</title>')],
    };
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'Content-Type': file?.[0] ?? 'text/plain' });
      response.end(file?.[1] ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    mirror = `http://127.0.0.1:${address.port}`;
    mkdirSync(notes);
    writeFileSync(
      join(notes, '001_fixture.txt'),
      [
        '# 图',
        `![QQ_1](${HOST}${DOCS}/a.png)`,
        `<img src="${HOST}${DOCS}/b.jpeg" alt="12345" style="zoom:50%;" />`,
        '```markdown',
        `![in code](${HOST}${DOCS}/code.png)`,
        '```',
        `curl -fsSL ${HOST}/helm/helm/main/scripts/get-helm-3`,
        `![same bytes](${HOST}${DOCS}/copy-of-a.png) and ![again](${HOST}${DOCS}/a.png)`,
        `![gone](${HOST}${DOCS}/missing.png)`,
        `![html](${HOST}${DOCS}/page.png)`,
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(scratch, { recursive: true, force: true });
  });

  const source = (url: string) => url.replace(HOST, mirror);

  it('finds Markdown and HTML images outside code, with their note and line', () => {
    expect(findNoteImages(notes).map((image) => `${image.line} ${image.url.slice(HOST.length + DOCS.length)}`)).toEqual([
      '2 /a.png',
      '3 /b.jpeg',
      '8 /copy-of-a.png',
      '8 /a.png',
      '9 /missing.png',
      '10 /page.png',
    ]);
  });

  it('reads the notes the importer reads: any name it accepts, UTF-16 or GBK, and refuses a misnamed file', () => {
    const other = join(scratch, 'other-notes');
    mkdirSync(other);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# 运维\n![图](${HOST}${DOCS}/a.png)\n`, 'utf16le')]);
    writeFileSync(join(other, '002_运维 笔记.TXT'), utf16);
    writeFileSync(join(other, '003_gbk.md'), iconv.encode(`# 中文标题\n\n正文。\n\n![图](${HOST}${DOCS}/b.jpeg)\n`, 'gbk'));
    expect(findNoteImages(other).map((image) => `${image.note}:${image.line} ${image.url.slice(HOST.length + DOCS.length)}`)).toEqual(['notes/002_运维 笔记.TXT:2 /a.png', 'notes/003_gbk.md:5 /b.jpeg']);
    writeFileSync(join(other, '4_short.txt'), 'x');
    expect(() => findNoteImages(other)).toThrow(/4_short\.txt.*rename it to 004_short\.txt/);
  });

  it('copies each image under its content hash with its pixel size, and reports what it could not copy', async () => {
    const result = await vendorImages({ images: findNoteImages(notes), dir, record: {}, source });
    const hash = createHash('sha256').update(png).digest('hex');
    expect(result.record[`${HOST}${DOCS}/a.png`]).toEqual({ file: `${hash.slice(0, 16)}.png`, width: 300, height: 200, bytes: png.length, sha256: hash });
    expect(result.record[`${HOST}${DOCS}/b.jpeg`]).toMatchObject({ width: 120, height: 80 });
    expect(result.record[`${HOST}${DOCS}/b.jpeg`]!.file).toMatch(/^[0-9a-f]{16}\.jpg$/);
    // The same bytes under two addresses are one file.
    expect(result.record[`${HOST}${DOCS}/copy-of-a.png`]!.file).toBe(result.record[`${HOST}${DOCS}/a.png`]!.file);
    expect(readdirSync(dir).sort()).toEqual([result.record[`${HOST}${DOCS}/b.jpeg`]!.file, `${hash.slice(0, 16)}.png`].sort());
    expect(readFileSync(join(dir, `${hash.slice(0, 16)}.png`)).equals(png)).toBe(true);
    expect(result.failed.map((failure) => [failure.line, failure.reason])).toEqual([
      [9, 'HTTP 404'],
      [10, 'not an image'],
    ]);
    expect(Object.keys(result.record)).toHaveLength(3);
  });

  it('fetches nothing again for what is copied, and forgets what the notes no longer show', async () => {
    const first = await vendorImages({ images: findNoteImages(notes), dir, record: {}, source });
    requests.length = 0;
    const images = findNoteImages(notes).filter((image) => !image.url.endsWith('/b.jpeg'));
    const second = await vendorImages({ images, dir, record: first.record, source });
    expect(second.kept.sort()).toEqual([`${HOST}${DOCS}/a.png`, `${HOST}${DOCS}/copy-of-a.png`]);
    expect(requests.filter((path) => path.endsWith('/a.png'))).toEqual([]);
    expect(second.dropped).toEqual([`${HOST}${DOCS}/b.jpeg`]);
    expect(existsSync(join(dir, first.record[`${HOST}${DOCS}/b.jpeg`]!.file))).toBe(false);
  });
});
