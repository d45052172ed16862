/**
 * Reading a PDF back with Poppler's command-line tools (Debian's poppler-utils): page count,
 * named destinations (where each anchor landed), bookmarks and text. Independent of the
 * Chromium that wrote the PDF, so the checks do not trust the writer.
 */
import { execFileSync } from 'node:child_process';

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`);
    throw error;
  }
}

export function pageCount(pdf: string): number {
  const pages = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1];
  if (!pages) throw new Error(`${pdf}: pdfinfo reports no page count`);
  return Number(pages);
}

/** Page number (1-based) of every named destination: Chromium names one after each element id. */
export function namedDestinations(pdf: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const line of run('pdfinfo', ['-dests', pdf]).split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match) pages.set(match[2]!, Number(match[1]));
  }
  return pages;
}

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

/** The PDF's bookmarks (its outline), from pdftohtml's XML output. */
export function bookmarks(pdf: string): Bookmark[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-nodrm', pdf]);
  const start = xml.indexOf('<outline');
  if (start < 0) return [];
  const root: Bookmark = { title: '', page: 0, children: [] };
  const stack: Bookmark[] = [root];
  // pdftohtml nests an <outline> list after the <item> it belongs to.
  const tokens = xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g);
  let depth = 0;
  for (const [token, page, title] of tokens) {
    if (token === '<outline>') {
      depth += 1;
      if (depth > 1) {
        const parent = stack.at(-1)!.children.at(-1);
        stack.push(parent ?? stack.at(-1)!);
      }
    } else if (token === '</outline>') {
      depth -= 1;
      if (depth >= 1) stack.pop();
      if (depth === 0) break;
    } else {
      stack.at(-1)!.children.push({ title: decodeXml(title ?? '').trim(), page: Number(page), children: [] });
    }
  }
  return root.children;
}

/** The PDF's text: in reading order, or with `layout` line by line as printed (a title and its page number on one line). */
export function pdfText(pdf: string, firstPage?: number, lastPage?: number, layout = false): string {
  const range = [...(firstPage ? ['-f', String(firstPage)] : []), ...(lastPage ? ['-l', String(lastPage)] : [])];
  return run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...range, pdf, '-']);
}
