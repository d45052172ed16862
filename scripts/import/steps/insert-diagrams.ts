import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, RootContent } from 'mdast';
import { ImportError } from '../errors.ts';
import { headingId } from './assign-anchor-ids.ts';

/** A Mermaid diagram drawn from a note's own text, and the answer it illustrates. */
export interface DiagramSpec {
  file: string;
  /** `page-path#heading-id`: the diagram goes at the end of that heading's own text. */
  place: string;
  source: string;
}

const PLACE = /^%%\s*place:\s*(\S+)\s*$/m;

/** Reads `diagrams/*.mmd`; each file names where it belongs with a `%% place: go/interview#gmp-scheduler` line. */
export function readDiagrams(dir: string): DiagramSpec[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.mmd')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const place = PLACE.exec(source)?.[1];
    if (!place) throw new ImportError(`diagrams/${file}`, 1, 'missing a "%% place: <page>#<heading-id>" line');
    return { file: `diagrams/${file}`, place, source: source.replace(PLACE, '').trim() };
  });
}

/**
 * Puts each diagram next to the answer it illustrates: after the text that directly follows
 * the named heading, before the next heading.
 */
export function insertDiagrams(pages: { path: string; blocks: RootContent[] }[], diagrams: DiagramSpec[]): void {
  for (const diagram of diagrams) {
    const [path, id] = diagram.place.split('#');
    const page = pages.find((candidate) => candidate.path === path);
    if (!page) throw new ImportError(diagram.file, 1, `no page "${path}"`);
    const at = page.blocks.findIndex((block) => block.type === 'heading' && headingId(block) === id);
    if (at < 0) throw new ImportError(diagram.file, 1, `page "${path}" has no heading with id "${id}"`);
    let end = at + 1;
    while (end < page.blocks.length && page.blocks[end]!.type !== 'heading') end++;
    const node: Code = { type: 'code', lang: 'mermaid', meta: null, value: diagram.source };
    page.blocks.splice(end, 0, node);
  }
}
