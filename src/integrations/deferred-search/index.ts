import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Starlight's search imports Pagefind's UI (about 26 KB gzip, the largest file of a first
 * visit) as soon as the browser is idle, on every page, searched or not. This points that
 * import at a stand-in that loads the real UI when the reader reaches for search (hovers,
 * focuses or taps the button, or presses Ctrl/⌘ K), so a visit that never searches never
 * downloads it.
 */
export function deferredSearch(): AstroIntegration {
  return {
    name: 'kb:deferred-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            resolve: {
              alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./pagefind-ui-on-demand.ts', import.meta.url)) }],
            },
          },
        });
      },
    },
  };
}
