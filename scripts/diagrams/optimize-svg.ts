import { optimize, type Config } from 'svgo';

/**
 * SVGO (the maintained SVG optimizer, already in the tree through Astro) roughly halves a
 * diagram's gzip size: Mermaid writes coordinates with 15 digits and round shapes as hundreds of
 * curve segments. It also moves Mermaid's stylesheet into style attributes, so the SVG has no
 * `<style>` element: a page's Markdown pipeline may treat `<style>` as its own (MDX turns it into
 * an Astro directive), and attributes need nothing but the page's `style-src 'unsafe-inline'`.
 * With the stylesheet gone, the `data-*` attributes it selected on go too. Left off: ids (the
 * renderer already removed the unused ones and kept those aria and markers refer to) and element
 * kinds (shapes stay `rect`, `line`, … as the tests find them). The renderer compares the result
 * with Mermaid's own drawing, pixel by pixel.
 */
export const SVGO_CONFIG: Config = {
  multipass: true,
  floatPrecision: 2,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          convertShapeToPath: false,
          inlineStyles: { onlyMatchedOnce: false, removeMatchedSelectors: true },
          removeDesc: false,
          removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
        },
      },
    },
    { name: 'removeAttrs', params: { attrs: 'data-.*' } },
  ],
};

export function optimizeSvg(svg: string): string {
  return optimize(svg, SVGO_CONFIG).data;
}
