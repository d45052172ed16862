/**
 * Starlight route data middleware: what Starlight derives from a page's Markdown, completed
 * with what the site's views add below it. Starlight builds the table of contents from the
 * Markdown headings only, so a site view's own headings (the question index's topics) would
 * be missing from 本页内容; they are added here from the same data the view renders.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { questionIndexToc } from './question-index-toc.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.data.siteView === 'question-index' && route.toc) {
    route.toc.items.push(...(await questionIndexToc()));
  }
});
