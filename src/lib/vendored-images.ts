/**
 * The notes' remote images kept in the project (`npm run images:vendor`): each remote URL with
 * the local copy's file name (its content hash) and size. The importer reads this record and
 * points pages at the local copies; a URL without an entry stays remote.
 */
import record from '../assets/note-images/images.json' with { type: 'json' };

/** Folder of the copies, relative to the project root. */
export const VENDORED_IMAGES_DIR = 'src/assets/note-images';
/** The record, inside that folder. */
export const VENDORED_IMAGES_RECORD = 'images.json';

export interface VendoredImage {
  /** File name inside VENDORED_IMAGES_DIR: the first 16 hex digits of the SHA-256 of its bytes, and its format. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
}

/** Remote URL → local copy, as committed. */
export type VendoredImages = Record<string, VendoredImage>;

export const vendoredImages: VendoredImages = record as VendoredImages;
