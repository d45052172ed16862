import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copySiteProject, scratchDir } from '../../bench/lib/astro-build.ts';
import { isSafeUrl } from '../../scripts/import/html/html-tokens.ts';
import { writeGeneratedFiles } from '../../scripts/import/write-files.ts';
import { startServer } from '../../scripts/serve.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';
import { canon, mainText } from '../support/fidelity.ts';
import { casePath, hostileCases, HOSTILE, importProjectWithCases } from '../support/hostile-notes.ts';

/**
 * The hostile-note corpus as a user would meet it: appended to an existing note and added as
 * notes of their own, then imported and built with the real site. The build succeeds, nothing a
 * note says runs (at build time: no canary file; in the browser: no dialog, no title change),
 * every hostile line is on its page as literal text, and no page carries script-capable markup
 * that came from a note.
 */
const CANARIES = ['hostile-canary.txt', 'hostile-canary-2.txt', 'hostile-canary-appended.txt'];
const APPENDED = readFileSync(join(HOSTILE, 'append-to-existing-note.txt'), 'utf8');
const EXPRESSIVE_CODE_ASSET = /^\/_astro\/ec\.[\w-]+\.(?:css|js)$/;
const SCRIPT_CAPABLE = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'textarea', 'select', 'link', 'meta', 'base', 'template', 'noscript']);

let site: string;
let warnings: string[];
let server: Server | undefined;
let baseUrl: string;

beforeAll(async () => {
  site = scratchDir('hostile');
  copySiteProject(site);
  const result = importProjectWithCases(join(site, 'notes'));
  warnings = result.report.warnings;
  writeGeneratedFiles(site, result.files, false);
  await astroBuild({ root: site, outDir: join(site, 'dist') });
  server = await startServer(join(site, 'dist'), 0, '127.0.0.1', '/');
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no address');
  baseUrl = `http://127.0.0.1:${address.port}/`;
}, 600_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (site) rmSync(site, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(site, 'dist', path, 'index.html'), 'utf8');

/** The page the hostile tail landed on: the one whose text has its heading. */
function appendedPage(): string {
  const dist = join(site, 'dist');
  const pages = readdirSync(dist, { recursive: true }).map(String).filter((path) => path.endsWith('index.html'));
  const found = pages.find((path) => readFileSync(join(dist, path), 'utf8').includes('附加：恶意片段'));
  if (!found) throw new Error('the appended hostile section is on no page');
  return found.replace(/\/?index\.html$/, '');
}

/** Elements and attributes in a page's Markdown content that could run or load something. */
function scriptCapableMarkup(html: string): string[] {
  const tree = fromHtml(html) as Root;
  const found: string[] = [];
  for (const content of selectAll('.sl-markdown-content', tree)) {
    visit(content, 'element', (element: Element) => {
      if (isExpressiveCodeAsset(element)) return;
      if (SCRIPT_CAPABLE.has(element.tagName)) found.push(`<${element.tagName}>`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`${name} on <${element.tagName}>`);
        if (['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster'].includes(name) && typeof value === 'string' && !isSafeUrl(value)) found.push(`${name}="${value}"`);
      }
    });
  }
  return found;
}

/** Expressive Code puts its own stylesheet and script before a page's first code block: the build's files, not a note's. */
function isExpressiveCodeAsset(element: Element): boolean {
  const url = element.tagName === 'link' ? element.properties.href : element.tagName === 'script' ? element.properties.src : undefined;
  return typeof url === 'string' && EXPRESSIVE_CODE_ASSET.test(url);
}

describe('hostile notes, imported and built with the real site', () => {
  it('ran nothing at build time (no canary file anywhere)', () => {
    for (const canary of CANARIES) {
      expect(existsSync(join(site, canary)), join(site, canary)).toBe(false);
      expect(existsSync(join(ROOT, canary)), join(ROOT, canary)).toBe(false);
    }
  });

  it('shows the lines appended to an existing note as literal text, with no script-capable markup', () => {
    const html = page(appendedPage());
    const text = canon(mainText(html));
    const lines = APPENDED.split('\n').map((line) => line.replace(/^#+\s*/, '')).filter((line) => line.trim() !== '' && !line.includes('javascript:'));
    for (const line of lines) expect(text, line).toContain(canon(line));
    expect(text).toContain(canon('点我'));
    expect(scriptCapableMarkup(html)).toEqual([]);
    expect(warnings.some((warning) => /^notes\/003_.*: unsafe link URL "javascript:alert\(1\)"/.test(warning))).toBe(true);
  });

  for (const entry of hostileCases.filter((candidate) => !candidate.error)) {
    it(`${entry.note}: every hostile line is on its page as text, and nothing script-capable is`, () => {
      const html = page(casePath(entry.note));
      const text = canon(mainText(html));
      for (const shown of entry.shows ?? []) expect(text, shown).toContain(canon(shown));
      expect(scriptCapableMarkup(html)).toEqual([]);
      for (const link of entry.links ?? []) expect(html).toContain(`href="${link}"`);
    });
  }

  describe('in Chromium', () => {
    const browser = useBrowser();

    it('no hostile page opens a dialog, changes its title or logs an error', async () => {
      const { context, page: tab, log } = await openPage(browser());
      const dialogs: string[] = [];
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const path of [...hostileCases.filter((entry) => !entry.error).map((entry) => casePath(entry.note)), appendedPage()]) {
        await tab.goto(`${baseUrl}${path}/`);
        expect(await tab.title(), path).not.toContain('hacked');
        expect(await tab.locator('.sl-markdown-content :is(iframe, object, embed, script:not([src*="/_astro/ec."]))').count(), path).toBe(0);
      }
      await context.close();
      expect(dialogs).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  });
});
