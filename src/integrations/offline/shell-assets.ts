/**
 * Which of the build's fingerprinted files (`_astro/`) make up the site's shell, read from the
 * built pages and the bundles themselves rather than listed by name, so new scripts are covered:
 *
 * - every stylesheet and script a page loads, with everything those import statically, and
 * - everything the scripts on *every* page load on demand (the search dialog's UI), because a
 *   reader offline expects the site's own controls to work.
 *
 * Chunks only a page-specific script loads on demand (Mermaid's, some 5 MB) stay out: they are
 * cached when a page uses them, and by the 离线阅读 download.
 */

/** Files of one page that point into `_astro/`, as paths below the base (`_astro/page.js`). */
export function pageAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, url] of html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) {
    const path = url?.startsWith(base) ? url.slice(base.length) : undefined;
    if (path?.startsWith('_astro/')) found.add(path.split(/[?#]/)[0]!);
  }
  return [...found];
}

export interface ImportEdges {
  /** Loaded together with the file (`import "./x.js"`, `from "./x.js"`). */
  static: string[];
  /** Loaded when the code asks (`import("./x.js")` and the preload lists Vite writes for it). */
  dynamic: string[];
}

/** The imports of one bundled file in `_astro/` (paths below the base). */
export function importEdges(code: string): ImportEdges {
  const dynamicAt = new Set<number>();
  const dynamic = new Set<string>();
  // A minifier may write a dynamic import's path as a template literal (import(`./x.js`)).
  for (const match of code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) {
    dynamic.add(`_astro/${match[1]}`);
    dynamicAt.add(match.index);
  }
  // Vite's preload helper lists a lazy chunk's own dependencies, CSS included, by path from the base.
  for (const [, list] of code.matchAll(/__vite__mapDeps=[^;]*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)*)\]/g)) {
    for (const [, path] of (list ?? '').matchAll(/["'`]([^"'`]+)["'`]/g)) if (path?.startsWith('_astro/')) dynamic.add(path);
  }
  const statics = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|from)\s*["']\.\/([^"']+)["']/g)) {
    if (!dynamicAt.has(match.index)) statics.add(`_astro/${match[1]}`);
  }
  return { static: [...statics], dynamic: [...dynamic].filter((path) => !statics.has(path)) };
}

/**
 * The shell: from each page's own files, what they import statically; from the files every
 * page has, what they import statically or on demand. `readAsset` returns a file's text
 * (or undefined for a file that does not exist, which is left out).
 */
export function shellAssets(pages: string[][], readAsset: (path: string) => string | undefined): string[] {
  const edges = new Map<string, ImportEdges>();
  const edgesOf = (path: string): ImportEdges => {
    let known = edges.get(path);
    if (!known) {
      const code = path.endsWith('.js') ? readAsset(path) : undefined;
      known = code === undefined ? { static: [], dynamic: [] } : importEdges(code);
      edges.set(path, known);
    }
    return known;
  };
  const shell = new Set<string>();
  const reach = (start: string, followDynamic: boolean, seen: Set<string>) => {
    const pending = [start];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      if (seen.has(path) || readAsset(path) === undefined) continue;
      seen.add(path);
      shell.add(path);
      const { static: statics, dynamic } = edgesOf(path);
      pending.push(...statics, ...(followDynamic ? dynamic : []));
    }
  };
  const everyPage = pages.reduce<Set<string> | undefined>((common, files) => new Set(common ? files.filter((file) => common.has(file)) : files), undefined) ?? new Set<string>();
  const staticallyReached = new Set<string>();
  for (const files of pages) for (const file of files) reach(file, false, staticallyReached);
  const fullyReached = new Set<string>();
  for (const file of everyPage) reach(file, true, fullyReached);
  return [...shell].sort();
}
