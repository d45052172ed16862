import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writePracticeFiles } from './practice-files.ts';

/**
 * Practice mode (/practice/, src/pages/practice/): after the build, the answers as the practice
 * page fetches them, the Anki files, and the practice marks in pages with questions (their
 * script and styles come with src/components/practice/PracticeMarks.astro). Runs after the
 * search index (which must not index the marks) and before the CSP integration (which hashes
 * the final pages).
 */
export function practice(): AstroIntegration {
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'kb:practice',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const built = writePracticeFiles(fileURLToPath(dir), { site, base });
        logger.info(
          `${built.questions} practice questions in ${built.topics} topics, ${built.ankiFiles.length} Anki files, marks on ${built.markedPages} pages in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
