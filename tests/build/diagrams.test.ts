import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { diagramKey, diagramLabels } from '../../src/lib/diagram-source.ts';
import { builtPages, DIST, readBuilt, ROOT } from '../support/dist.ts';

const diagrams = readDiagrams(join(ROOT, 'diagrams'));
const pages = builtPages().map((file) => ({ file, html: readBuilt(file) }));
const diagramPages = pages.filter((page) => page.html.includes('<div class="kb-diagram"'));

/**
 * The text Pagefind indexed for each answer. Fragments are gzipped JSON; the site's index bundles
 * many fragments per file, keyed by fragment hash (src/plugins/search-index/).
 */
function indexedText(): { url: string; content: string }[] {
  const dir = join(DIST, 'pagefind/engine/fragment');
  type Fragment = { url: string; content: string };
  return readdirSync(dir).flatMap((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const parsed = JSON.parse(text.slice(text.indexOf('{'))) as Fragment | Record<string, Fragment>;
    const fragments = typeof parsed.content === 'string' ? [parsed as Fragment] : Object.values(parsed as Record<string, Fragment>);
    // Pagefind separates Chinese words with zero-width spaces.
    return fragments.map((fragment) => ({ url: fragment.url, content: fragment.content.replace(/\u200B/g, '') }));
  });
}

/** Every JavaScript file the build emitted. */
function builtScripts(dir = DIST): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => ({ file: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
}

describe('diagrams in the built site', () => {
  it('puts every diagram on exactly one page, as an inline SVG in a figure', () => {
    const placements = diagrams.map((diagram) => {
      const block = new RegExp(`<div class="kb-diagram" data-diagram="${diagramKey(diagram.source)}"[^>]*><figure class="kb-diagram__figure">[\\s\\S]*?<svg [^>]*role="img"`);
      return { file: diagram.file, pages: pages.filter((page) => block.test(page.html)).length };
    });
    expect(placements.filter((placement) => placement.pages !== 1)).toEqual([]);
  });

  it('leaves no mermaid block to Expressive Code', () => {
    const highlighted = pages.filter((page) => /language-mermaid|data-language="mermaid"/.test(page.html)).map((page) => page.file);
    expect(highlighted).toEqual([]);
  });

  it('ships no Mermaid and no diagram script: not in any page, not in any bundle', () => {
    expect(diagramPages.length).toBeGreaterThanOrEqual(8);
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => /mermaid|kb-diagram/i.test(script.text)).map((script) => script.file)).toEqual([]);
    const inline = diagramPages.filter((page) => /<script\b[^>]*>[^<]*(?:mermaid|kb-diagram)/i.test(page.html)).map((page) => page.file);
    expect(inline).toEqual([]);
  });

  it('gives every id on a diagram page once, and every zoom button its own popover', () => {
    for (const page of diagramPages) {
      const ids = [...page.html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), page.file).toEqual([]);
      const targets = [...page.html.matchAll(/popovertarget="(kb-diagram-[^"]+)"/g)].map((match) => match[1]!);
      expect(targets.length, page.file).toBeGreaterThan(0);
      expect(targets.filter((target) => !page.html.includes(`id="${target}" popover="auto"`)), page.file).toEqual([]);
    }
  });

  it('keeps diagram sources and drawings out of the search index but indexes their titles', () => {
    const index = indexedText();
    // Every source declares accTitle and accDescr, so a leaked source would bring those words along.
    const leaked = index.filter((fragment) => /accTitle|accDescr|查看原尺寸/.test(fragment.content)).map((fragment) => fragment.url);
    expect(leaked).toEqual([]);
    // The description sits only in the SVG (<desc>): indexed, it would mean the drawing was.
    const drawn = diagrams.filter((diagram) => index.some((fragment) => fragment.content.includes(diagramLabels(diagram.source).description!)));
    expect(drawn.map((diagram) => diagram.file)).toEqual([]);
    const unindexed = diagrams.filter((diagram) => {
      const title = diagramLabels(diagram.source).title!;
      return !index.some((fragment) => fragment.content.includes(title));
    });
    expect(unindexed.map((diagram) => diagram.file)).toEqual([]);
  });
});
