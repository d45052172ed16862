/**
 * The steps of `npm run diagrams:render` that run inside Chromium, where Mermaid measures text in
 * the page's own fonts and the CSS engine can say which rules and attributes take effect. Each
 * function is passed to `page.evaluate`, so it is self-contained: it uses nothing from this module
 * at run time, only the arguments it is given.
 */
import type { Mermaid, MermaidConfig } from 'mermaid';

/** The page the diagrams are drawn in: the site's theme variables, set to the placeholder palette. */
export function stagePage(variables: Record<string, string>): string {
  const declarations = Object.entries(variables).map(([name, value]) => `${name}: ${value};`).join(' ');
  return `<!doctype html><html lang="zh-CN"><head><style>:root { ${declarations} } body { margin: 0; background: #fff; } #stage { display: inline-block; padding: 4px; } #stage > svg { display: block; }</style></head><body><div id="stage"></div></body></html>`;
}

export type DrawOutcome = { width: number; height: number } | { error: string };

/**
 * Draws one diagram with Mermaid (its UMD bundle is on `window.mermaid`) into `#stage`, at its
 * natural size: the viewBox in CSS pixels, instead of Mermaid's `width="100%"` and max-width.
 */
export async function drawInPage({ source, config, id }: { source: string; config: MermaidConfig; id: string }): Promise<DrawOutcome> {
  const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
  mermaid.initialize(config);
  let markup: string;
  try {
    markup = (await mermaid.render(id, source)).svg;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  // Parsed in an inert document (nothing runs or loads there) before it joins the page.
  const svg = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg');
  if (!svg) return { error: 'Mermaid returned no SVG' };
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!(width > 0 && height > 0)) return { error: 'the drawing has no viewBox size' };
  svg.removeAttribute('style');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  document.getElementById('stage')!.replaceChildren(document.adoptNode(svg));
  return { width, height };
}

export interface ThemedSvg {
  svg: string;
  /** Everything the renderer could not vouch for, one line each; the SVG is not written if any. */
  problems: string[];
}

/**
 * Turns the drawing in `#stage` into the SVG the site ships: every colour becomes a Starlight
 * custom property (or the diagram fails), CSS rules and attributes that take no effect go, ids
 * nothing refers to go (so two diagrams on one page never share one), and it is announced as one
 * image named by its accTitle and described by its accDescr.
 */
export function themeInPage({ colours, allowedElements }: { colours: Record<string, string>; allowedElements: string[] }): ThemedSvg {
  const svg = document.querySelector<SVGSVGElement>('#stage > svg')!;
  const problems: string[] = [];
  /** `a, b:is(c, d)` → `a`, `b:is(c, d)`: commas inside brackets, parentheses or quotes do not split. */
  const splitSelectorList = (list: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let index = 0; index < list.length; index++) {
      const char = list[index]!;
      if (quote) {
        if (char === quote && list[index - 1] !== '\\') quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '(' || char === '[') depth++;
      else if (char === ')' || char === ']') depth--;
      else if (char === ',' && depth === 0) {
        parts.push(list.slice(start, index).trim());
        start = index + 1;
      }
    }
    parts.push(list.slice(start).trim());
    return parts.filter(Boolean);
  };
  const label = (element: Element) => `<${element.tagName}${element.id ? ` id="${element.id}"` : ''}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
  const elements = () => [svg, ...svg.querySelectorAll('*')];

  const probe = document.createElement('i');
  probe.style.display = 'none';
  document.body.append(probe);
  /** A CSS colour as `r,g,b` and alpha, or undefined when the text is no colour (none, url(…), currentColor…). */
  const parse = (text: string): { key: string; alpha: number } | undefined => {
    if (/^\s*(?:none|transparent|currentcolor|inherit|url\(.*)\s*$/i.test(text)) return undefined;
    probe.style.color = '';
    probe.style.color = text;
    if (!probe.style.color) return undefined;
    const [r = 0, g = 0, b = 0, alpha = 1] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
    return { key: [r, g, b].map(Math.round).join(','), alpha };
  };
  /** Replaces each colour in a CSS value or style text with its custom property. */
  const theme = (text: string, where: string) =>
    text.replace(/#[0-9a-f]{3,8}\b|(?:rgb|hsl)a?\([^)]*\)/gi, (token) => {
      const colour = parse(token);
      if (!colour) return token;
      if (colour.alpha === 0) return 'transparent';
      const variable = colours[colour.key];
      if (!variable) {
        problems.push(`${where}: colour ${token} is not in the palette (give Mermaid this colour in scripts/diagrams/mermaid-config.ts)`);
        return token;
      }
      return colour.alpha === 1 ? variable : `color-mix(in srgb, ${variable} ${Math.round(colour.alpha * 1000) / 10}%, transparent)`;
    });

  // 1. Flat shapes, as the configuration asks (dropShadow: none): Mermaid's "neo" sequence actors
  //    still get a hard-coded white offset shadow, a colour no theme variable stands for.
  for (const element of svg.querySelectorAll('[filter]')) {
    const target = /^url\(#(.+)\)$/.exec(element.getAttribute('filter') ?? '')?.[1];
    const filter = target ? svg.querySelector(`filter[id="${target}"]`) : null;
    if (filter && [...filter.children].every((child) => child.localName === 'feDropShadow')) element.removeAttribute('filter');
  }

  // 2. Ids: only those something refers to (url(#…), href, aria-*), and the root's, which scopes the stylesheet.
  const referenced = new Set([svg.id]);
  for (const match of svg.outerHTML.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) referenced.add(match[1]!);
  for (const element of elements()) {
    for (const name of ['href', 'xlink:href']) {
      const value = element.getAttribute(name);
      if (value?.startsWith('#')) referenced.add(value.slice(1));
    }
    for (const name of ['aria-labelledby', 'aria-describedby']) for (const id of (element.getAttribute(name) ?? '').split(/\s+/)) if (id) referenced.add(id);
  }
  for (const element of elements()) {
    if (element.id && !referenced.has(element.id)) element.removeAttribute('id');
    if (element.id && !element.id.includes(svg.id)) problems.push(`${label(element)}: id is not scoped to the diagram (${svg.id})`);
  }
  // Definitions nothing refers to any more (markers, filters and symbols Mermaid always emits).
  for (const element of svg.querySelectorAll('defs > *, marker, filter, symbol, clipPath, mask, linearGradient, radialGradient, pattern')) {
    if (!element.id) element.remove();
  }
  for (const defs of svg.querySelectorAll('defs')) if (defs.children.length === 0) defs.remove();

  // 3. Mermaid's stylesheet: keep the rules that match something left, in the theme's colours.
  const style = svg.querySelector('style');
  if (style?.sheet) {
    const kept: CSSRule[] = [];
    for (const rule of style.sheet.cssRules) {
      if (rule instanceof CSSStyleRule) {
        // Of a selector list, only the selectors that match; interaction states count as a match.
        const selectors = splitSelectorList(rule.selectorText).filter((selector) => {
          const bare = selector.replace(/:(?:hover|focus|active|focus-visible|focus-within)\b/g, '');
          try {
            return svg.matches(bare) || svg.querySelector(bare) !== null;
          } catch {
            return false;
          }
        });
        if (selectors.length === 0) continue;
        rule.selectorText = selectors.join(', ');
        kept.push(rule);
      } else if (!(rule instanceof CSSKeyframesRule)) {
        problems.push(`<style>: unexpected rule ${rule.cssText.slice(0, 80)}`);
      }
    }
    const animations = kept.map((rule) => (rule as CSSStyleRule).style.animationName).join(' ');
    for (const rule of style.sheet.cssRules) if (rule instanceof CSSKeyframesRule && animations.includes(rule.name)) kept.push(rule);
    style.textContent = theme(kept.map((rule) => rule.cssText).join('\n'), '<style>');
  }

  // 4. Colour attributes and inline styles. An attribute the stylesheet overrides is dead and goes;
  //    a live one becomes a style property, since var() is not allowed in presentation attributes.
  const colourAttributes = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'];
  for (const element of elements()) {
    const inline = element.getAttribute('style');
    if (inline) element.setAttribute('style', theme(inline, `${label(element)} style`));
    const computed = getComputedStyle(element);
    for (const name of colourAttributes) {
      const value = element.getAttribute(name);
      const colour = value === null ? undefined : parse(value);
      if (!colour) continue;
      const effective = parse(computed.getPropertyValue(name));
      element.removeAttribute(name);
      if (effective?.key !== colour.key || effective.alpha !== colour.alpha) continue;
      (element as SVGElement).style.setProperty(name, theme(value!, `${label(element)} ${name}`));
    }
  }

  // 5. Only drawing elements: no scripts, links, foreign content or event handlers.
  for (const element of elements()) {
    if (!allowedElements.includes(element.localName)) problems.push(`${label(element)}: element not allowed in a diagram`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`${label(element)}: event handler ${attribute.name}`);
      if (/href$/i.test(attribute.name) && !attribute.value.startsWith('#')) problems.push(`${label(element)}: link to ${attribute.value}`);
    }
  }

  // 6. One image for assistive technology, named and described by Mermaid's <title> and <desc>.
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-roledescription');
  for (const [attribute, tag] of [['aria-labelledby', 'title'], ['aria-describedby', 'desc']] as const) {
    const target = svg.getAttribute(attribute) ? document.getElementById(svg.getAttribute(attribute)!) : null;
    if (target?.localName !== tag || target.parentNode !== svg || !target.textContent?.trim()) problems.push(`<svg>: ${attribute} must point to its own non-empty <${tag}> (accTitle / accDescr)`);
  }
  probe.remove();
  return { svg: new XMLSerializer().serializeToString(svg), problems };
}

/** Puts a finished SVG in `#stage`, for the comparison with Mermaid's own drawing. */
export function showInPage(markup: string): void {
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  document.getElementById('stage')!.replaceChildren(document.adoptNode(svg));
}
