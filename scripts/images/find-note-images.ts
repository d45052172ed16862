/**
 * The remote images the notes show: Markdown images (`![alt](https://…)`) and HTML `<img src>`
 * with an http(s) address, outside fenced code, with the note and line each comes from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { throwAll } from '../../src/lib/located-error.ts';
import { decodeForImport } from '../import/decode-note.ts';
import { listNoteFiles } from '../import/note-files.ts';

export interface NoteImage {
  url: string;
  note: string;
  line: number;
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*["'](https?:\/\/[^"']+)["']/gi;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Every remote image of one note's text, in order. */
export function remoteImagesOf(text: string, note: string): NoteImage[] {
  const images: NoteImage[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((content, index) => {
    const marker = FENCE.exec(content)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence !== null) return;
    for (const pattern of [MARKDOWN_IMAGE, HTML_IMAGE]) {
      for (const match of content.matchAll(pattern)) images.push({ url: match[1]!, note, line: index + 1 });
    }
  });
  return images;
}

/**
 * The notes' remote images: the notes the importer reads (its file names, its decoding, so a
 * UTF-16 or GBK note's images are found too), with the lines the importer reports.
 */
export function findNoteImages(notesDir: string): NoteImage[] {
  const { notes, errors } = listNoteFiles(notesDir);
  throwAll(errors);
  return notes.flatMap(({ file }) => remoteImagesOf(decodeForImport(readFileSync(join(notesDir, file)), file).text, `notes/${file}`));
}
