import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './astro-build.ts';

/**
 * Writes, in `dir`, a bare Starlight site built from this site's pages: the same
 * src/content/docs with the components and data module those pages import, and the same
 * frontmatter schema, but Starlight's default configuration (title and zh-CN locale only: no
 * sidebar, CSS, component overrides, Markdown plugins or integrations of ours). `dir` must lie
 * inside this repository (see `scratchDir`) so that it resolves this repository's node_modules.
 */
export function writeBareStarlight(dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  // The pages, what they import (components, data modules and the import pipeline's id tables) and the schema.
  for (const path of ['src/content', 'src/components/content', 'src/lib', 'src/content.config.ts', 'public', 'scripts', 'anchors.lock.json']) {
    if (existsSync(join(REPO, path))) cpSync(join(REPO, path), join(dir, path), { recursive: true });
  }
  // Astro finds the packages it must bundle (Starlight's .astro components) from the dependencies.
  const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  cacheDir: './.astro-cache',
  integrations: [starlight({ title: '后端面试知识库', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
  );
}
