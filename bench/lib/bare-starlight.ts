import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './astro-build.ts';

/**
 * Writes, in `dir`, a bare Starlight site built from this site's pages: the same
 * src/content/docs, rendered with what the pages themselves ask for (the site's blocks, which
 * the pages write as directives, with their stylesheet, and the site views their frontmatter
 * names, through the MarkdownContent override), and the same frontmatter schema, but otherwise
 * Starlight's default configuration (title and zh-CN locale only: no sidebar, other CSS, other
 * overrides, Markdown plugins or integrations of ours). `dir` must lie inside this repository
 * (see `scratchDir`) so that it resolves this repository's node_modules.
 */
export function writeBareStarlight(dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  // The pages, what they import (components, data modules and the import pipeline's id tables) and the schema.
  for (const path of ['src/content', 'src/components/content', 'src/components/overrides/MarkdownContent.astro', 'src/components/diagrams', 'src/lib', 'src/schemas', 'src/plugins/remark-site-directives.ts', 'src/styles/site-blocks.css', 'src/content.config.ts', 'public', 'scripts', 'diagrams', 'anchors.lock.json']) {
    if (existsSync(join(REPO, path))) cpSync(join(REPO, path), join(dir, path), { recursive: true });
  }
  // Astro finds the packages it must bundle (Starlight's .astro components) from the dependencies.
  const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { remarkSiteDirectives } from './src/plugins/remark-site-directives.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  cacheDir: './.astro-cache',
  markdown: { remarkPlugins: [remarkSiteDirectives] },
  integrations: [
    starlight({
      title: '后端面试知识库',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/site-blocks.css'],
      components: { MarkdownContent: './src/components/overrides/MarkdownContent.astro' },
    }),
  ],
});
`,
  );
}
