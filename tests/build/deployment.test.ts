import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment } from '../../src/config/deployment.ts';
import { builtPages, DIST, readBuilt } from '../support/dist.ts';

/** The site's root URL as deployed: `site` joined with `base`, ending in a slash. */
const siteRoot = new URL(deployment.base.replace(/\/?$/, '/'), deployment.site).href;
const metaContent = (html: string, key: 'name' | 'property' | 'http-equiv', value: string) =>
  new RegExp(`<meta ${key}="${value}" content="([^"]*)"`, 'i').exec(html)?.[1];
const contentPages = builtPages().filter((page) => page !== '404.html');

/** Executable inline scripts, found by a plain pattern (independently of the integration's parser). */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const sha256 = async (text: string) => `'sha256-${Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('base64')}'`;

describe('deployment files', () => {
  it('robots.txt allows crawling and points at the sitemap under site and base', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });

  it('the sitemap lists every page by its absolute URL', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    const expected = contentPages.map((page) => siteRoot + page.replace(/index\.html$/, ''));
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
    expect(listed.size).toBe(expected.length);
  });

  it('every page has a description and Open Graph tags naming it', () => {
    const problems = contentPages.flatMap((page) => {
      const html = readBuilt(page);
      const url = siteRoot + page.replace(/index\.html$/, '');
      const checks: [string, string | undefined, (value: string) => boolean][] = [
        ['description', metaContent(html, 'name', 'description'), (value) => value.length >= 10],
        ['og:title', metaContent(html, 'property', 'og:title'), (value) => html.includes(`<title>${value}`)],
        ['og:description', metaContent(html, 'property', 'og:description'), (value) => value === metaContent(html, 'name', 'description')],
        ['og:url', metaContent(html, 'property', 'og:url'), (value) => value === url],
        ['og:type', metaContent(html, 'property', 'og:type'), (value) => value === 'article'],
        ['og:locale', metaContent(html, 'property', 'og:locale'), (value) => value === 'zh_CN'],
        ['og:site_name', metaContent(html, 'property', 'og:site_name'), (value) => value === '后端面试知识库'],
      ];
      return checks.filter(([, value, ok]) => value === undefined || !ok(value)).map(([name, value]) => `${page}: ${name}=${value}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('Content-Security-Policy files', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const headerPolicy = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
  const scriptSrc = (policy: string) => policy.split(/;\s*/).find((directive) => directive.startsWith('script-src ')) ?? '';

  it('_headers sends the policy for every path under the base, without unsafe-inline scripts', () => {
    expect(headers.split('\n').find((line) => /^\S/.test(line) && !line.startsWith('#'))).toBe(`${deployment.base.replace(/\/?$/, '/')}*`);
    expect(scriptSrc(headerPolicy)).toMatch(/^script-src 'self'/);
    expect(scriptSrc(headerPolicy)).not.toContain("'unsafe-inline'");
    expect(headerPolicy).toContain("object-src 'none'");
    expect(headerPolicy).toContain("frame-ancestors 'none'");
  });

  it('fits Cloudflare Pages’ 2,000-character limit for one header line', () => {
    const longest = Math.max(...headers.split('\n').map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(2000);
  });

  it('every inline script of every page is allowed by hash, in the header and in the page’s own <meta> policy', async () => {
    const missing: string[] = [];
    for (const page of builtPages()) {
      const html = readBuilt(page);
      const meta = metaContent(html, 'http-equiv', 'Content-Security-Policy')?.replaceAll('&#39;', "'") ?? '';
      expect(meta, page).not.toContain('frame-ancestors');
      for (const script of inlineScripts(html)) {
        const hash = await sha256(script);
        if (!scriptSrc(headerPolicy).includes(hash)) missing.push(`${page}: header lacks ${hash}`);
        if (!scriptSrc(meta).includes(hash)) missing.push(`${page}: <meta> lacks ${hash}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
