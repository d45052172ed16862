import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scanPageSources } from './inline-sources.ts';
import { serializePolicy, sitePolicy } from './policy.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Puts the page's policy first in <head>, before any script it governs. */
export function insertMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const anchor = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html) ?? /<head(?:\s[^>]*)?>/i.exec(html);
  if (!anchor) throw new Error('page has no <head>');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** A Netlify/Cloudflare Pages `_headers` file: one path pattern, then its indented headers. */
export function headersFile(rules: [pattern: string, headers: [string, string][]][]): string {
  const lines = ['# Generated at build time by src/integrations/csp: edit the integration, not this file.'];
  for (const [pattern, headers] of rules) lines.push(pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Content-Security-Policy generated from the built pages: at `astro:build:done` every page's
 * inline scripts are hashed. Each page gets its own policy as a <meta> tag (GitHub Pages sends no
 * custom headers), and `_headers` carries the union plus what only a header can say
 * (frame-ancestors) for hosts that honour it. Register it last, after anything that rewrites
 * the HTML.
 */
export function contentSecurityPolicy(): AstroIntegration {
  let base = '/';
  let origin = 'http://localhost';
  return {
    name: 'kb:content-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const allScripts = new Set<string>();
        const allImageOrigins = new Set<string>();
        const files = htmlFiles(root);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const sources = scanPageSources(html, origin);
          if (sources.unhashableScripts.length > 0) {
            throw new Error(`${relative(root, file)}: inline event handlers or javascript: URLs cannot be allowed by the CSP: ${sources.unhashableScripts.join(', ')}`);
          }
          sources.inlineScripts.forEach((script) => allScripts.add(script));
          sources.imageOrigins.forEach((imageOrigin) => allImageOrigins.add(imageOrigin));
          writeFileSync(file, insertMetaPolicy(html, serializePolicy(sitePolicy(sources), 'meta')));
        }
        const policy = serializePolicy(sitePolicy({ inlineScripts: allScripts, imageOrigins: allImageOrigins }), 'header');
        writeFileSync(
          join(root, '_headers'),
          headersFile([
            [
              `${base}*`,
              [
                ['Content-Security-Policy', policy],
                ['X-Content-Type-Options', 'nosniff'],
                ['Referrer-Policy', 'strict-origin-when-cross-origin'],
              ],
            ],
            // Astro fingerprints these file names, so they never change under the same URL.
            [`${base}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]],
          ]),
        );
        logger.info(`${allScripts.size} inline script hashes from ${files.length} pages → <meta> policies and _headers`);
      },
    },
  };
}
