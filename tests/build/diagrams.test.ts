import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDiagrams } from '../../scripts/import/steps/insert-diagrams.ts';
import { diagramKey, diagramLabels } from '../../src/lib/diagram-source.ts';
import { builtPages, DIST, readBuilt, ROOT } from '../support/dist.ts';

const diagrams = readDiagrams(join(ROOT, 'diagrams'));
const pages = builtPages().map((file) => ({ file, html: readBuilt(file) }));
const diagramPages = pages.filter((page) => page.html.includes('<figure class="kb-diagram"'));
const RUNTIME_SCRIPT = /<script type="module" src="[^"]*DiagramRuntime[^"]*"><\/script>/g;

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

describe('diagrams in the built site', () => {
  it('puts every diagram on exactly one page, as a figure', () => {
    const placements = diagrams.map((diagram) => {
      const marker = `data-diagram="${diagramKey(diagram.source)}"`;
      return { file: diagram.file, pages: pages.filter((page) => page.html.includes(marker)).length };
    });
    expect(placements.filter((placement) => placement.pages !== 1)).toEqual([]);
  });

  it('leaves no mermaid fence to Expressive Code', () => {
    const highlighted = pages.filter((page) => /language-mermaid|data-language="mermaid"/.test(page.html)).map((page) => page.file);
    expect(highlighted).toEqual([]);
  });

  it('loads the diagram runtime, as an external module, exactly on the pages with diagrams', () => {
    const wrong = pages.filter((page) => {
      const scripts = page.html.match(RUNTIME_SCRIPT)?.length ?? 0;
      return scripts !== (diagramPages.includes(page) ? 1 : 0);
    });
    expect(wrong.map((page) => page.file)).toEqual([]);
    // None of our diagram code is inlined (the coming Content-Security-Policy forbids inline scripts).
    const inlined = pages.filter((page) => /<script(?![^>]*\bsrc=)[^>]*>[^<]*kb-diagram/.test(page.html)).map((page) => page.file);
    expect(inlined).toEqual([]);
  });

  it('keeps diagram sources out of the search index but indexes their titles', () => {
    const index = indexedText();
    // Every source declares accTitle and accDescr, so a leaked source would bring those words along.
    const leaked = index.filter((fragment) => /accTitle|accDescr/.test(fragment.content)).map((fragment) => fragment.url);
    expect(leaked).toEqual([]);
    const unindexed = diagrams.filter((diagram) => {
      const title = diagramLabels(diagram.source).title!;
      return !index.some((fragment) => fragment.content.includes(title));
    });
    expect(unindexed.map((diagram) => diagram.file)).toEqual([]);
  });
});
