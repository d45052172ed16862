import { appHeadTags } from '../integrations/offline/web-app-manifest.ts';
import { deployment } from './deployment.ts';

/**
 * Tags added to every page's <head>. Starlight already writes the description and most Open
 * Graph tags (og:title, og:description, og:url, og:type, og:site_name); an entry here replaces
 * Starlight's tag with the same `property`.
 */
export const head = [
  // Open Graph names locales language_TERRITORY; Starlight writes the BCP 47 tag (zh-CN).
  { tag: 'meta' as const, attrs: { property: 'og:locale', content: 'zh_CN' } },
  // The web app manifest, its Apple icon and the browser bar's colours (src/integrations/offline).
  ...appHeadTags(deployment.base.replace(/\/?$/, '/')),
];
