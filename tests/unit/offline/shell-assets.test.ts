import { describe, expect, it } from 'vitest';
import { importEdges, pageAssets, shellAssets } from '../../../src/integrations/offline/shell-assets.ts';

describe('pageAssets', () => {
  it('lists the scripts and stylesheets a page loads from _astro/, under the base, without queries', () => {
    const html = `<link rel="stylesheet" href="/kb/_astro/common.css"><script type="module" src="/kb/_astro/page.js?v=1"></script>
      <link rel="icon" href="/kb/favicon.svg"><script src="https://example.com/x.js"></script><a href="/kb/_astro/not-a-tag.js">`;
    expect(pageAssets(html, '/kb/').sort()).toEqual(['_astro/common.css', '_astro/page.js']);
  });
});

describe('importEdges', () => {
  it('tells static imports from dynamic ones and reads Vite’s preload lists', () => {
    const code = 'import{a as e}from"./chunk.A1.js";import"./side.B2.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/lazy.C3.js","_astro/lazy.D4.css"])))=>i.map(i=>d[i]);e(()=>import("./lazy.C3.js"),__vite__mapDeps([0,1]))';
    expect(importEdges(code)).toEqual({ static: ['_astro/chunk.A1.js', '_astro/side.B2.js'], dynamic: ['_astro/lazy.C3.js', '_astro/lazy.D4.css'] });
  });

  it('reads a dynamic import written as a template literal', () => {
    expect(importEdges('const load=()=>import(`./ui.E5.js`);').dynamic).toEqual(['_astro/ui.E5.js']);
  });
});

describe('shellAssets', () => {
  const files: Record<string, string> = {
    '_astro/common.css': '',
    '_astro/page.js': 'import"./shared.js";',
    '_astro/search.js': 'import"./shared.js";const load=()=>import("./search-ui.js");',
    '_astro/search-ui.js': 'import"./search-ui-dep.js";',
    '_astro/search-ui-dep.js': '',
    '_astro/shared.js': '',
    '_astro/diagram.js': 'const draw=()=>import("./mermaid.js");',
    '_astro/mermaid.js': 'import"./mermaid-chunk.js";',
    '_astro/mermaid-chunk.js': '',
  };
  const read = (path: string) => files[path];

  it('takes what every page loads on demand, but not what one page’s own script loads on demand', () => {
    const pages = [
      ['_astro/common.css', '_astro/page.js', '_astro/search.js'],
      ['_astro/common.css', '_astro/page.js', '_astro/search.js', '_astro/diagram.js'],
    ];
    expect(shellAssets(pages, read)).toEqual([
      '_astro/common.css',
      '_astro/diagram.js',
      '_astro/page.js',
      '_astro/search-ui-dep.js',
      '_astro/search-ui.js',
      '_astro/search.js',
      '_astro/shared.js',
    ]);
  });

  it('leaves out files the build does not have', () => {
    expect(shellAssets([['_astro/page.js', '_astro/gone.js']], read)).toEqual(['_astro/page.js', '_astro/shared.js']);
  });
});
