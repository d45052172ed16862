import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { APP_ICONS, THEME_COLOR } from './web-app-manifest.ts';

/** Share of a maskable icon's width the glyph may use: the spec's safe zone is a centred circle of 80%. */
const MASKABLE_GLYPH = 0.7;

/**
 * Renders the app icons from the favicon (one source for every size), so a new favicon
 * changes them all. The maskable icon is the favicon shrunk onto a full-bleed square of its
 * own blue, because launchers crop it to their own shape.
 */
export async function writeAppIcons(faviconSvg: string, outDir: string): Promise<string[]> {
  const svg = readFileSync(faviconSvg);
  const written: string[] = [];
  for (const icon of APP_ICONS) {
    const target = join(outDir, icon.file);
    mkdirSync(dirname(target), { recursive: true });
    const glyph = icon.purpose === 'maskable' ? Math.round(icon.size * MASKABLE_GLYPH) : icon.size;
    // Rasterize at the target size (density scales the SVG's 64-unit viewBox), not by upscaling a small bitmap.
    const rendered = await sharp(svg, { density: (72 * glyph) / 64 }).resize(glyph, glyph).png().toBuffer();
    if (icon.purpose === 'maskable') {
      const inset = Math.round((icon.size - glyph) / 2);
      await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOR } })
        .composite([{ input: rendered, top: inset, left: inset }])
        .png()
        .toFile(target);
    } else {
      // Apple draws its own rounded corners over an opaque square.
      const flatten = icon.purpose === 'apple' ? { background: THEME_COLOR } : undefined;
      await (flatten ? sharp(rendered).flatten(flatten) : sharp(rendered)).png().toFile(target);
    }
    written.push(icon.file);
  }
  return written;
}
