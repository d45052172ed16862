/**
 * The remote images the notes show: Markdown images (`![alt](https://…)`) and HTML `<img src>`
 * with an http(s) address, outside fenced code, with the note and line each comes from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** The notes' remote images (`NNN_*.txt` / `.md` in notesDir). Read byte for byte: addresses are ASCII in any encoding. */
export function findNoteImages(notesDir: string): NoteImage[] {
  return readdirSync(notesDir)
    .filter((file) => /^\d{3}_[\w-]+\.(?:txt|md)$/.test(file))
    .sort()
    .flatMap((file) => remoteImagesOf(readFileSync(join(notesDir, file), 'latin1'), `notes/${file}`));
}
