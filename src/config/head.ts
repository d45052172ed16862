/**
 * Tags added to every page's <head>. Starlight already writes the description and most Open
 * Graph tags (og:title, og:description, og:url, og:type, og:site_name); an entry here replaces
 * Starlight's tag with the same `property`.
 */
export const head = [
  // Open Graph names locales language_TERRITORY; Starlight writes the BCP 47 tag (zh-CN).
  { tag: 'meta' as const, attrs: { property: 'og:locale', content: 'zh_CN' } },
];
