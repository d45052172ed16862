// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  markdown: { processor: unified({}) },
  integrations: [
    starlight({
      title: '后端面试知识库',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: [{ label: 'Go', items: [{ autogenerate: { directory: 'go' } }] }],
    }),
  ],
});
