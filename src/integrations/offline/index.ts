import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OFFLINE_PAGE } from './cache-routes.ts';
import { writeOfflineSupport } from './offline-support.ts';

const sourcePath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Reading without the network: a web app manifest with icons (installable), a service worker
 * generated from dist/ (offline reading, search offline, updates behind a 有新内容 prompt), the
 * 离线阅读 download list, and the client script that registers the worker on every page. The
 * 离线阅读 page itself is src/pages/offline.astro. Registered after the CSP integration: it
 * changes no page, and reads them as they will be served.
 */
export function offlineReading(): AstroIntegration {
  let base = '/';
  let publicDir = '';
  return {
    name: 'kb:offline-reading',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // Only a built site has a worker; in `astro dev` the script would register a 404.
        if (command === 'build') injectScript('page', `import ${JSON.stringify(sourcePath('../../client/offline-updates.ts'))};`);
        injectScript('page-ssr', `import ${JSON.stringify(sourcePath('../../styles/offline.css'))};`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const support = await writeOfflineSupport(fileURLToPath(dir), base, join(publicDir, 'favicon.svg'));
        logger.info(
          `sw.js (${(support.workerBytes / 1024).toFixed(1)} KB) precaches ${support.precached.count} files (${mb(support.precached.bytes)}, search index ${support.searchDataPrecached ? 'included' : 'left to runtime'}) ` +
            `and stores ${support.shell.paths.length} shell assets (${mb(support.shell.bytes)}) at install; ` +
            `离线阅读 downloads ${support.download.pages} pages and ${support.download.files} files (${mb(support.download.bytes)}); offline page ${base}${OFFLINE_PAGE}`,
        );
      },
    },
  };
}
