import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { diagramKey, diagramLabels } from '../lib/diagram-source.ts';
import { readRenderedDiagrams, type RenderedDiagram } from '../lib/rendered-diagrams.ts';

export interface MermaidDiagramOptions {
  /** The rendered diagrams; by default `diagrams/*.svg`. */
  diagrams?: RenderedDiagram[];
}

const DIAGRAMS_DIR = fileURLToPath(new URL('../../diagrams', import.meta.url));

/**
 * Replaces each ```mermaid block whose source is one of `diagrams/*.mmd` with its pre-rendered
 * SVG, inline, in a figure: no Mermaid and no script in the page, text that stays text, colours
 * from Starlight's custom properties. Works on the HTML tree of any page (`.md` or `.mdx`), from
 * the `<pre><code class="language-mermaid">` every Markdown code fence becomes.
 *
 * Trust: the SVG is build output of `npm run diagrams:render` from this repository's own
 * `diagrams/` (checked there: drawing elements only, no scripts, links or event handlers), never
 * from a note. A note's own mermaid fence matches no rendered source and stays a code block. So
 * this plugin runs after the render-time sanitizer of note pages, which never sees the SVG.
 */
export function rehypeMermaidDiagrams(options: MermaidDiagramOptions = {}) {
  const rendered = new Map((options.diagrams ?? readRenderedDiagrams(DIAGRAMS_DIR)).map((diagram) => [diagram.stamp.key, diagram]));
  const parsed = new Map<string, Element>();
  const svgOf = (diagram: RenderedDiagram): Element => {
    let svg = parsed.get(diagram.stamp.key);
    if (!svg) {
      svg = fromHtml(diagram.svg, { fragment: true }).children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
      if (!svg) throw new Error(`${diagram.file}: no <svg> element`);
      delete svg.properties.xmlns;
      parsed.set(diagram.stamp.key, svg);
    }
    return structuredClone(svg);
  };

  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code || !classNames(code).includes('language-mermaid')) return;
      const source = toString(code).trim();
      const diagram = rendered.get(diagramKey(source));
      if (!diagram) {
        file.message(`Mermaid diagram ${diagramKey(source)} has no rendered SVG in diagrams/ (run \`npm run diagrams:render\`); it stays a code block`, node);
        return SKIP;
      }
      count++;
      parent.children.splice(index, 1, diagramBlock(diagram, svgOf(diagram), source, count) as RootContent & ElementContent);
      return [SKIP, index + 1];
    });
  };
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The diagram on the page: its natural size in custom properties (the stylesheet reserves the box
 * from them, so nothing shifts), the SVG in a popover that shows it at full size over the page
 * (no script: the buttons are declarative popover invokers), the caption from accTitle, and the
 * source in a collapsed <details> after the figure. Diagram text and source stay out of the search
 * index; the caption is indexed.
 */
export function diagramBlock(diagram: RenderedDiagram, svg: Element, source: string, number: number): Element {
  const title = diagramLabels(source).title ?? '示意图';
  const id = `kb-diagram-${number}`;
  svg.properties.className = ['kb-diagram__svg'];
  return element('div', { className: ['kb-diagram'], dataDiagram: diagram.stamp.key, style: `--kb-diagram-width: ${round(diagram.width)}; --kb-diagram-height: ${round(diagram.height)}` }, [
    element('figure', { className: ['kb-diagram__figure'] }, [
      element('div', { className: ['kb-diagram__frame'], dataPagefindIgnore: '' }, [
        // The stylesheet shows this only while the drawing is smaller than its natural size.
        element('div', { className: ['kb-diagram__zoom-slot'] }, [
          element('button', { type: 'button', className: ['kb-diagram__zoom'], popoverTarget: `${id}-full`, popoverTargetAction: 'show', ariaDescribedBy: [`${id}-caption`] }, [text('查看原尺寸')]),
        ]),
        element('div', { className: ['kb-diagram__canvas'] }, [
          element('div', { className: ['kb-diagram__zoomable'], id: `${id}-full`, popover: 'auto' }, [
            svg,
            element('button', { type: 'button', className: ['kb-diagram__close'], popoverTarget: `${id}-full`, popoverTargetAction: 'hide', autoFocus: true }, [text('关闭')]),
          ]),
        ]),
      ]),
      element('figcaption', { className: ['kb-diagram__caption'], id: `${id}-caption` }, [text(title)]),
    ]),
    element('details', { className: ['kb-diagram__source'], dataPagefindIgnore: '' }, [
      element('summary', {}, [text('查看 Mermaid 源码')]),
      // A bare <pre> (no <code>), so Expressive Code leaves it alone.
      element('pre', { className: ['kb-diagram__code'] }, [text(source)]),
    ]),
  ]);
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
