/**
 * dist/book/index.json, written by `npm run pdf` (scripts/pdf/) and read by the 离线阅读 page to
 * link the PDF books a deployment has.
 */
/** Folder of dist/ the books are written to, and their index file in it. */
export const BOOK_DIR = 'book';
export const BOOK_INDEX = 'index.json';

export interface BookIndex {
  books: BookEntry[];
}

export interface BookEntry {
  /** File name inside book/: `interview-kb.pdf`, `etcd.pdf`. */
  file: string;
  title: string;
  /** PDF pages. */
  pages: number;
  bytes: number;
}
