// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, searchIndex } from './src/plugins/index.ts';
import { sidebar } from './src/config/sidebar.ts';
import { deployment } from './src/config/deployment.ts';
import { answerLinks } from './src/integrations/answer-links.ts';
import { siteIntegrations } from './src/integrations/index.ts';
import { head } from './src/config/head.ts';
import { searchRanking } from './src/config/search.ts';
import { quietKnownBuildWarnings } from './src/config/build-logs.ts';

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'always',
  // The notes are the author's words: no smart quotes or other typographic rewriting.
  markdown: { processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }) },
  vite: { build: { rolldownOptions: { onLog: quietKnownBuildWarnings } } },
  integrations: [
    starlight({
      title: '后端面试知识库',
      description: 'Go、Kubernetes、分布式系统、微服务、中间件、Kafka、etcd、云原生、可观测性与项目经验的面试题与学习笔记。',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar,
      head,
      customCss: ['./src/styles/custom.css', './src/styles/site-blocks.css', './src/styles/search.css', './src/styles/diagrams.css', './src/styles/questions.css'],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      lastUpdated: false,
      // Adds the site views' headings (the question index's topics) to 本页内容.
      routeMiddleware: './src/route-data/index.ts',
      // Ranking for the search dialog; the index itself is built by searchIndex() below.
      pagefind: { ranking: searchRanking },
    }),
    answerLinks(),
    // Overwrites Starlight's page-level index with the answer-level one; before the CSP hashes the pages.
    searchIndex(),
    ...siteIntegrations,
  ],
});
