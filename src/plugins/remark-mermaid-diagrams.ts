import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportDeclaration, Program } from 'estree';
import type { ElementContent, Properties } from 'hast';
import type { Code, Data, Node, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Declares `data.hName` / `hProperties` / `hChildren` on mdast nodes (how remark shapes HTML).
import type {} from 'mdast-util-to-hast';
import { diagramKey, diagramLabels, type DiagramSizes } from '../lib/diagram-source.ts';

/** A Mermaid diagram waiting for the browser to draw it: a `<figure>` placeholder in the HTML. */
export interface DiagramNode extends Node {
  type: 'kbDiagram';
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    kbDiagram: DiagramNode;
  }
}

export interface MermaidDiagramOptions {
  /** Measured sizes by `diagramKey(source)`; by default `diagrams/sizes.json`. */
  sizes?: DiagramSizes;
  /** The component that loads the renderer; by default `src/components/diagrams/DiagramRuntime.astro`. */
  runtime?: string;
}

const SIZES_FILE = fileURLToPath(new URL('../../diagrams/sizes.json', import.meta.url));
const RUNTIME_COMPONENT = fileURLToPath(new URL('../components/diagrams/DiagramRuntime.astro', import.meta.url));
const RUNTIME_NAME = 'KbDiagramRuntime';

/**
 * Turns each ```mermaid fence into a diagram placeholder before Expressive Code sees it: a figure
 * whose box already has the diagram's measured aspect ratio (so drawing it shifts nothing), its
 * accessible title as caption, and its source kept out of the search index. An MDX page with a
 * diagram also imports the small runtime component, so only those pages load Mermaid.
 */
export function remarkMermaidDiagrams(options: MermaidDiagramOptions = {}) {
  const sizes = options.sizes ?? readSizes(SIZES_FILE);
  const runtime = options.runtime ?? RUNTIME_COMPONENT;
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const key = diagramKey(node.value);
      const size = sizes[key];
      if (!size) file.message(`Mermaid diagram ${key} has no measured size; run \`npm run diagrams:measure\``, node);
      const diagram: DiagramNode = { type: 'kbDiagram', data: diagramFigure(node.value, key, size, count), position: node.position };
      parent.children.splice(index, 1, diagram as Parent['children'][number]);
      count++;
      return [SKIP, index + 1];
    });
    if (count === 0) return;
    if (file.extname === '.mdx' || file.path?.endsWith('.mdx')) {
      tree.children.unshift(runtimeImport(runtime));
      tree.children.push(runtimeElement());
    }
    // A Markdown page cannot import anything: src/components/overrides/MarkdownContent.astro adds the runtime.
  };
}

function readSizes(path: string): DiagramSizes {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DiagramSizes) : {};
}

/** The placeholder's HTML: everything the page needs before (and without) the renderer. */
export function diagramFigure(source: string, key: string, size: { width: number; height: number } | undefined, index: number): Data {
  const { title } = diagramLabels(source);
  const captionId = `kb-diagram-${index + 1}-caption`;
  const canvas: Properties = { className: ['kb-diagram__canvas'] };
  // The reserved box: custom properties the stylesheet turns into width and aspect-ratio.
  if (size) canvas.style = `--kb-diagram-width: ${round(size.width)}; --kb-diagram-height: ${round(size.height)}`;
  const children: ElementContent[] = [
    element('div', { className: ['kb-diagram__viewport'], dataPagefindIgnore: '' }, [
      element('div', canvas, [element('p', { className: ['kb-diagram__status'] }, [text('图表加载中…')])]),
    ]),
    element('figcaption', { className: ['kb-diagram__caption'], id: captionId }, [text(title ?? '示意图')]),
    element('details', { className: ['kb-diagram__source'], dataPagefindIgnore: '' }, [
      element('summary', {}, [text('查看 Mermaid 源码')]),
      // A bare <pre> (no <code>), so Expressive Code leaves it alone.
      element('pre', { className: ['kb-diagram__code'] }, [text(source)]),
    ]),
  ];
  return { hName: 'figure', hProperties: { className: ['kb-diagram'], dataDiagram: key }, hChildren: children };
}

function element(tagName: string, properties: Properties, children: ElementContent[]): ElementContent {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function runtimeImport(path: string): MdxjsEsm {
  const declaration: ImportDeclaration = {
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: RUNTIME_NAME } }],
    source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
    attributes: [],
  };
  const estree: Program = { type: 'Program', sourceType: 'module', body: [declaration] };
  return { type: 'mdxjsEsm', value: `import ${RUNTIME_NAME} from ${JSON.stringify(path)};`, data: { estree } };
}

function runtimeElement(): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name: RUNTIME_NAME, attributes: [], children: [] };
}
