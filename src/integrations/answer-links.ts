import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { afterStarlightRehypePlugins } from '../plugins/index.ts';

const sourcePath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Shareable answer links: the 复制链接 buttons, the `:target` highlight and the anchor aliases
 * of anchors.lock.json. Listed after `starlight()` in astro.config.mjs, because the buttons go
 * inside the heading wrappers that Starlight's own rehype plugin adds in its setup hook.
 */
export function answerLinks(): AstroIntegration {
  return {
    name: 'answer-links',
    hooks: {
      'astro:config:setup': ({ config, injectScript, logger }) => {
        const processor = config.markdown.processor;
        if (processor && isUnifiedProcessor(processor)) processor.options.rehypePlugins.push(...afterStarlightRehypePlugins);
        else logger.warn('markdown.processor is not unified(): answer headings get no 复制链接 button.');
        // Bundled, external module scripts: nothing inline, so a strict Content-Security-Policy holds.
        injectScript('page', `import ${JSON.stringify(sourcePath('../client/copy-link.ts'))};`);
        injectScript('page', `import ${JSON.stringify(sourcePath('../client/anchor-aliases.ts'))};`);
        injectScript('page-ssr', `import ${JSON.stringify(sourcePath('../styles/answer-links.css'))};`);
      },
    },
  };
}
