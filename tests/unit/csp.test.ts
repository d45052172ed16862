import { describe, expect, it } from 'vitest';
import { headersFile, insertMetaPolicy } from '../../src/integrations/csp/index.ts';
import { scanPageSources } from '../../src/integrations/csp/inline-sources.ts';
import { scriptHash, serializePolicy, sitePolicy } from '../../src/integrations/csp/policy.ts';

const ORIGIN = 'https://kb.example';
const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('scriptHash', () => {
  it('matches the CSP specification’s worked example', () => {
    // CSP Level 3, "hash-source": alert('Hello, world.'); → sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('scanPageSources', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8">
<script>window.a = 1;</script>
<script type="module">import "./x.js";\r\nwindow.b = 2;</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script src="/_astro/page.js"></script>
</head><body>
<img src="https://raw.githubusercontent.com/u/r/main/a.png"><img src="/local.png"><img src="https://kb.example/same-origin.png">
<picture><source srcset="https://cdn.example/a.webp 1x, https://cdn.example/a2.webp 2x"></picture>
</body></html>`;
  const sources = scanPageSources(page, ORIGIN);

  it('collects executable inline scripts only, as the browser sees them (CRLF normalized)', () => {
    expect(sources.inlineScripts).toEqual(['window.a = 1;', 'import "./x.js";\nwindow.b = 2;']);
  });

  it('collects the origins of cross-origin images', () => {
    expect(sources.imageOrigins).toEqual(['https://cdn.example', 'https://raw.githubusercontent.com']);
  });

  it('adds the image origins a page declares for content it shows at run time', () => {
    const declared = scanPageSources('<head><meta name="kb-image-origins" content="https://raw.githubusercontent.com https://kb.example/x.png  javascript:alert(1)"></head>', ORIGIN);
    expect(declared.imageOrigins).toEqual(['https://raw.githubusercontent.com']);
  });

  it('reports script no hash can allow', () => {
    const found = scanPageSources('<button onclick="go()">x</button><a href="javascript:void 0">y</a>', ORIGIN).unhashableScripts;
    expect(found).toHaveLength(2);
    expect(sources.unhashableScripts).toEqual([]);
  });
});

describe('sitePolicy', () => {
  const policy = sitePolicy({ inlineScripts: ['window.a = 1;', 'window.a = 1;'], imageOrigins: ['https://raw.githubusercontent.com'] });
  const header = serializePolicy(policy, 'header');
  const meta = serializePolicy(policy, 'meta');

  it('allows scripts by origin and hash, never unsafe-inline or eval', () => {
    expect(directive(header, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('window.a = 1;')}`);
    expect(header).not.toMatch(/'unsafe-eval'/);
  });

  it('locks down plugins, base URLs and framing', () => {
    expect(directive(header, 'object-src')).toBe("object-src 'none'");
    expect(directive(header, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(header, 'img-src')).toBe("img-src 'self' data: https://raw.githubusercontent.com");
  });

  it('leaves out of a <meta> policy what only a header may carry', () => {
    expect(directive(meta, 'frame-ancestors')).toBeUndefined();
    expect(directive(meta, 'script-src')).toBe(directive(header, 'script-src'));
  });
});

describe('insertMetaPolicy', () => {
  it('puts the policy right after <meta charset>, before any script, with quotes escaped', () => {
    const html = insertMetaPolicy('<html><head><meta charset="utf-8"/><script>x()</script></head></html>', `script-src 'self' "a"`);
    expect(html).toBe(`<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' &quot;a&quot;"><script>x()</script></head></html>`);
  });
});

describe('headersFile', () => {
  it('writes one pattern line, then its headers indented', () => {
    expect(headersFile([['/*', [['X-A', '1'], ['X-B', '2']]]]).split('\n').slice(1)).toEqual(['/*', '  X-A: 1', '  X-B: 2', '']);
  });
});
