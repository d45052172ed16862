import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DOCS_DIR, type GeneratedFile } from './build-pages.ts';

const GENERATED_MARKER = /^generated: true$/m;

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes the generated pages and removes generated pages that no longer exist. Hand-written
 * pages (no `generated: true` in their frontmatter) are never touched. With `dryRun`, only
 * reports what would change.
 */
export function writeGeneratedFiles(root: string, files: GeneratedFile[], dryRun: boolean): WriteSummary {
  const summary: WriteSummary = { written: [], unchanged: [], removed: [] };
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const target = join(root, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.content) {
      summary.unchanged.push(file.path);
      continue;
    }
    summary.written.push(file.path);
    if (dryRun) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  for (const existing of listMdx(join(root, DOCS_DIR))) {
    const path = relative(root, existing);
    if (wanted.has(path) || !isGenerated(existing)) continue;
    summary.removed.push(path);
    if (!dryRun) rmSync(existing);
  }
  return summary;
}

function isGenerated(file: string): boolean {
  const head = readFileSync(file, 'utf8').split('\n---', 1)[0] ?? '';
  return GENERATED_MARKER.test(head);
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listMdx(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}
