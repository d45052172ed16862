/**
 * The web app manifest and its icons: what a browser needs to offer 安装 / 添加到主屏幕 and to
 * open the site in its own window. Paths are relative to the manifest, which sits at the base.
 */

/** Icons rendered from public/favicon.svg at build time (app-icons.ts). */
export const APP_ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  // Launchers crop maskable icons to a circle or squircle: the glyph sits inside the safe zone.
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

export const MANIFEST_FILE = 'manifest.webmanifest';

/** The favicon's blue: the installed app's title bar. */
export const THEME_COLOR = '#3447d4';
/** Starlight's page backgrounds (light, dark): the splash screen and the browser bar. */
export const BACKGROUND_LIGHT = '#ffffff';
export const BACKGROUND_DARK = '#17181c';

export interface ManifestInputs {
  /** The site's name (og:site_name of the built home page). */
  name: string;
  description: string;
  /** The site's base path, with a trailing slash. */
  base: string;
}

export function webAppManifest({ name, description, base }: ManifestInputs): Record<string, unknown> {
  return {
    id: base,
    name,
    // Under a home-screen icon about six Chinese characters fit.
    short_name: name.length <= 6 ? name : name.replace(/^后端/, ''),
    description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_LIGHT,
    icons: APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
      src: `${base}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** Tags for every page's <head> (given to Starlight's `head` option). */
export function appHeadTags(base: string) {
  return [
    { tag: 'link' as const, attrs: { rel: 'manifest', href: `${base}${MANIFEST_FILE}` } },
    { tag: 'link' as const, attrs: { rel: 'apple-touch-icon', href: `${base}${APP_ICONS[3].file}` } },
    { tag: 'meta' as const, attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: BACKGROUND_LIGHT } },
    { tag: 'meta' as const, attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: BACKGROUND_DARK } },
  ];
}
