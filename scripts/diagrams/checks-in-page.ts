/**
 * Checks of a finished drawing, run inside Chromium by `npm run diagrams:render` and by the site's
 * Chromium tests. Like ./in-page.ts, each function is self-contained for `page.evaluate`; unlike
 * it, nothing here shapes the SVG, so these are not part of the renderer settings hash.
 */

/**
 * With the theme variables set to `probe` colours, lists every painted colour in `#stage` that is
 * not one of them: a colour that does not follow the site's theme.
 */
export function unthemedColoursInPage(probe: Record<string, string>): string[] {
  const stage = document.getElementById('stage')!;
  for (const [name, value] of Object.entries(probe)) stage.style.setProperty(name, value);
  const swatch = document.createElement('i');
  document.body.append(swatch);
  const normal = (text: string) => {
    swatch.style.color = text;
    return getComputedStyle(swatch).color.replace(/,\s*[\d.]+\)$/, ')').replace(/^rgba/, 'rgb');
  };
  const allowed = new Set(Object.values(probe).map(normal));
  const found: string[] = [];
  // What paints: shapes' fill and stroke (a line has no fill), text's fill, filter and gradient colours.
  const painted: Record<string, string[]> = { fill: ['path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan'], stroke: ['path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'line', 'text', 'tspan'], 'flood-color': ['feFlood', 'feDropShadow'], 'stop-color': ['stop'] };
  for (const [name, tags] of Object.entries(painted)) {
    for (const element of stage.querySelectorAll(tags.join(', '))) {
      const value = getComputedStyle(element).getPropertyValue(name);
      if (!value || /^(?:none|transparent)$|^url\(|rgba\(0, 0, 0, 0\)/.test(value)) continue;
      if (!allowed.has(normal(value))) found.push(`<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${name}: ${value}`);
    }
  }
  swatch.remove();
  for (const name of Object.keys(probe)) stage.style.removeProperty(name);
  return [...new Set(found)];
}

/**
 * For each SVG matching `selector`, the labels that stick out of the box drawn around them (the
 * smallest filled shape covering most of the label; free labels over arrows have none, and lines
 * and arrows are not filled). Mermaid sizes
 * boxes from the text it measured, but not every box (a note over two participants spans them,
 * whatever its text), and a page could show the text in another font.
 */
export function labelsOutsideTheirBoxesInPage(selector: string): string[][] {
  const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  return [...document.querySelectorAll(selector)].map((svg) => {
    const shapes = [...svg.querySelectorAll('rect, path, polygon, circle, ellipse')]
      .filter((shape) => !shape.closest('defs, marker') && !/^(?:none|rgba\(0, 0, 0, 0\))$/.test(getComputedStyle(shape).fill))
      .map((shape) => shape.getBoundingClientRect())
      .filter((rect) => rect.width > 4 && rect.height > 4);
    const outside: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const label = text.getBoundingClientRect();
      if (label.width === 0) continue;
      const [box] = shapes.filter((rect) => overlap(rect, label) > 0.5 * label.width * label.height).sort((a, b) => a.width * a.height - b.width * b.height);
      if (box && (label.left < box.left - 0.5 || label.right > box.right + 0.5 || label.top < box.top - 0.5 || label.bottom > box.bottom + 0.5)) outside.push(text.textContent ?? '');
    }
    return outside;
  });
}
