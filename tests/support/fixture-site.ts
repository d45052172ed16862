import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FixturePage {
  /** Content headings as [level, id, text]. */
  headings?: [number, string, string][];
  /** Links anywhere on the page, as written in `href`. */
  links?: string[];
}

/** A built page shaped like Starlight's: a title outside the Markdown content, headings inside it. */
export function fixturePageHtml(title: string, page: FixturePage): string {
  const headings = (page.headings ?? []).map(([level, id, text]) => `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}></div>`);
  const links = (page.links ?? []).map((href) => `<a href="${href}">link</a>`);
  return `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>${links.join('')}</nav><main><h1 id="_top">${title}</h1><div class="sl-markdown-content">${headings.join('')}</div></main></body></html>`;
}

/** An Astro-style redirect stub. */
export function redirectStubHtml(to: string): string {
  return `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}"><body><a href="${to}">${to}</a></body>`;
}

/** Writes files (path in dist → content) to a fresh temporary dist/ and returns its path. */
export function writeFixtureDist(files: Record<string, string>): { dist: string; remove: () => void } {
  const dist = mkdtempSync(join(tmpdir(), 'kb-fixture-dist-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dist, remove: () => rmSync(dist, { recursive: true, force: true }) };
}
