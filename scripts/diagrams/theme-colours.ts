/**
 * The colours a diagram is drawn in. Mermaid renders with a placeholder palette (one distinct
 * colour per role); the renderer then replaces each placeholder with the Starlight custom property
 * of that role, so one SVG follows the site's light/dark switch, the system setting (through
 * Starlight's theme script) and print (Starlight forces light colours there), with no re-render.
 */
export type ColourRole =
  | 'background'
  | 'text'
  | 'strongText'
  | 'line'
  | 'accent'
  | 'accentLow'
  | 'surface'
  | 'hairline'
  | 'noteBackground'
  | 'noteText'
  | 'noteBorder';

export interface ThemeColour {
  /** The Starlight custom property the colour becomes in the page. */
  variable: string;
  /**
   * What Mermaid draws with, and the fallback a standalone `.svg` file (opened outside the site)
   * shows: a light palette whose values occur nowhere else, so every occurrence in Mermaid's
   * output is known to be this role.
   */
  placeholder: string;
}

export const THEME_COLOURS: Record<ColourRole, ThemeColour> = {
  background: { variable: '--sl-color-bg', placeholder: '#fffffe' },
  /** Body text. */
  text: { variable: '--sl-color-text', placeholder: '#333334' },
  /** Node labels, titles: the strongest text. */
  strongText: { variable: '--sl-color-white', placeholder: '#111112' },
  /** Arrows and lines. */
  line: { variable: '--sl-color-gray-3', placeholder: '#555556' },
  accent: { variable: '--sl-color-accent', placeholder: '#3355fe' },
  accentLow: { variable: '--sl-color-accent-low', placeholder: '#dde3fe' },
  /** A quiet surface: subgraphs, activation bars, actor boxes' neighbours. */
  surface: { variable: '--sl-color-gray-6', placeholder: '#eeeeef' },
  hairline: { variable: '--sl-color-gray-5', placeholder: '#cccccd' },
  noteBackground: { variable: '--sl-color-orange-low', placeholder: '#fff0c1' },
  noteText: { variable: '--sl-color-orange-high', placeholder: '#664401' },
  noteBorder: { variable: '--sl-color-orange', placeholder: '#ffbb34' },
};

/** The placeholder palette, by role: what the Mermaid configuration is given. */
export const PLACEHOLDERS = Object.fromEntries(Object.entries(THEME_COLOURS).map(([role, colour]) => [role, colour.placeholder])) as Record<ColourRole, string>;

/** `r,g,b` of a `#rrggbb` colour: the key the renderer looks colours up by, however Mermaid spelled them. */
export function rgbKey(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff].join(',');
}

/** What each placeholder colour (by `rgbKey`) becomes in the SVG: `var(--sl-color-…, placeholder)`. */
export function themedColourTable(): Record<string, string> {
  return Object.fromEntries(Object.values(THEME_COLOURS).map(({ variable, placeholder }) => [rgbKey(placeholder), `var(${variable}, ${placeholder})`]));
}
