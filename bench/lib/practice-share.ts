import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './first-visit.ts';

/** What practice mode adds to one built page, in gzip bytes (level 6), part by part. */
export interface PracticeShare {
  /** The marks the build wrote into the page, and the tag that loads their script. */
  html: number;
  /** The marks' script and the modules it imports that the page's other scripts do not load. */
  js: number;
  /** The practice rules in the page's stylesheets, gzipped on their own (a slight overestimate: alone they compress less). */
  css: number;
  total: number;
}

const MARK_PATTERNS = [
  /<div class="kb-practice-bar"[^>]*>.*?<\/button><\/div>/g,
  /<span class="kb-practice-mark"[^>]*>[^<]*<\/span>/g,
  /<script type="module" src="[^"]*PracticeMarks[^"]*"><\/script>/g,
];

/** A file of dist/ from a URL path on the page, whatever the base (`/repo/_astro/x.js` → `_astro/x.js`). */
function distPath(url: string): string | null {
  const at = url.indexOf('_astro/');
  return at < 0 ? null : url.slice(at);
}

/** A module and every module it imports statically (`import … from "./x.js"`, `import "./x.js"`), as dist paths. */
function moduleClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(dist, entry))) return seen;
  seen.add(entry);
  const source = readFileSync(join(dist, entry), 'utf8');
  for (const match of source.matchAll(/(?:^|[;\s])import\s*(?:[^'"`;]*?from\s*)?["'`](\.\/[^"'`]+)["'`]/g)) moduleClosure(dist, `_astro/${match[1]!.slice(2)}`, seen);
  return seen;
}

/** Top-level CSS rules (and at-rules) whose text mentions a practice class. */
function practiceRules(css: string): string {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < css.length; at++) {
    if (css[at] === '{') depth++;
    else if (css[at] === '}' && --depth === 0) {
      const rule = css.slice(start, at + 1);
      if (rule.includes('kb-practice')) rules.push(rule.trim());
      start = at + 1;
    }
  }
  return rules.join('');
}

/**
 * What practice mode adds to a built page (`file` below `dist`): measured from the page and its
 * files, so every page type's figure comes from the build itself.
 */
export function practiceShare(dist: string, file: string): PracticeShare {
  const html = readFileSync(join(dist, file), 'utf8');
  const stripped = MARK_PATTERNS.reduce((text, pattern) => text.replace(pattern, ''), html);
  const htmlShare = gzipSize(Buffer.from(html)) - gzipSize(Buffer.from(stripped));
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => distPath(match[1]!)).filter((path): path is string => path !== null);
  const marks = scripts.filter((path) => path.includes('PracticeMarks'));
  const others = new Set<string>();
  for (const path of scripts.filter((path) => !path.includes('PracticeMarks'))) moduleClosure(dist, path, others);
  const marksFiles = new Set<string>();
  for (const path of marks) moduleClosure(dist, path, marksFiles);
  const js = [...marksFiles].filter((path) => !others.has(path)).reduce((sum, path) => sum + gzipSize(readFileSync(join(dist, path))), 0);
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].map((match) => distPath(match[1]!)).filter((path): path is string => path !== null);
  const inline = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]!);
  const rules = [...sheets.map((path) => readFileSync(join(dist, path), 'utf8')), ...inline].map(practiceRules).join('');
  const css = rules === '' ? 0 : gzipSize(Buffer.from(rules));
  return { html: htmlShare, js, css, total: htmlShare + js + css };
}
