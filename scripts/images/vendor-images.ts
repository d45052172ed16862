/**
 * Downloads the notes' remote images into the project: each file named after its content
 * (the first 16 hex digits of its SHA-256, so the same image under two addresses is stored
 * once and a changed image gets a new name), its pixel size read with sharp and recorded, so
 * the importer can point pages at the copy and the page reserves its box.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { VendoredImage, VendoredImages } from '../../src/lib/vendored-images.ts';
import type { NoteImage } from './find-note-images.ts';

/** Raster formats Astro's image pipeline optimizes; SVG (which can carry script) is not taken. */
const EXTENSIONS: Record<string, string> = { png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif', avif: 'avif' };

export interface VendorOptions {
  images: NoteImage[];
  /** Where the copies go (src/assets/note-images). */
  dir: string;
  /** The record so far: addresses already copied are kept unless `refresh`. */
  record: VendoredImages;
  /** Where to fetch an address from: the address itself, or a mirror standing in for its host. */
  source?: (url: string) => string;
  refresh?: boolean;
  timeoutMs?: number;
}

export interface VendorFailure extends NoteImage {
  reason: string;
}

export interface VendorResult {
  /** The new record: every note image that has a copy, sorted by address. */
  record: VendoredImages;
  downloaded: string[];
  kept: string[];
  /** Addresses that were recorded but no note shows any more (their entries and unshared files are removed). */
  dropped: string[];
  failed: VendorFailure[];
}

async function download(url: string, timeoutMs: number): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Reads what an image file is; throws for anything that is not one of the accepted raster formats. */
export async function describeImage(bytes: Buffer): Promise<Omit<VendoredImage, 'file'> & { extension: string }> {
  const metadata = await sharp(bytes).metadata().catch(() => {
    throw new Error('not an image');
  });
  const extension = metadata.format ? EXTENSIONS[metadata.format] : undefined;
  if (!extension) throw new Error(`unsupported image format ${metadata.format ?? 'unknown'}`);
  // An animated image reports its frames stacked; its box is one frame.
  const height = metadata.pageHeight ?? metadata.height;
  if (!metadata.width || !height) throw new Error('image has no size');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { width: metadata.width, height, bytes: bytes.length, sha256, extension };
}

export async function vendorImages(options: VendorOptions): Promise<VendorResult> {
  const { dir, record } = options;
  const source = options.source ?? ((url: string) => url);
  const timeoutMs = options.timeoutMs ?? 30_000;
  mkdirSync(dir, { recursive: true });
  const byUrl = new Map<string, NoteImage>();
  for (const image of options.images) if (!byUrl.has(image.url)) byUrl.set(image.url, image);

  const next: VendoredImages = {};
  const result: VendorResult = { record: next, downloaded: [], kept: [], dropped: [], failed: [] };
  for (const [url, image] of byUrl) {
    const known = Object.hasOwn(record, url) ? record[url] : undefined;
    if (known && !options.refresh && existsSync(join(dir, known.file))) {
      next[url] = known;
      result.kept.push(url);
      continue;
    }
    try {
      const bytes = await download(source(url), timeoutMs);
      const { extension, ...facts } = await describeImage(bytes);
      const file = `${facts.sha256.slice(0, 16)}.${extension}`;
      if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), bytes);
      next[url] = { file, ...facts };
      result.downloaded.push(url);
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
      result.failed.push({ ...image, reason });
      // A copy made earlier still serves while the address cannot be reached.
      if (known && existsSync(join(dir, known.file))) next[url] = known;
    }
  }
  result.dropped = Object.keys(record).filter((url) => !byUrl.has(url));
  const used = new Set(Object.values(next).map((image) => image.file));
  for (const file of readdirSync(dir)) if (/^[0-9a-f]{16}\.\w+$/.test(file) && !used.has(file)) rmSync(join(dir, file));
  result.record = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  return result;
}
