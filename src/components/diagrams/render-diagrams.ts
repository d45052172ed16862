import mermaid from 'mermaid';
import { mermaidConfig, PALETTE_PROPERTIES, type DiagramPalette } from './mermaid-config.ts';

type Theme = 'light' | 'dark';

const drawn = new Set<HTMLElement>();
let renders = 0;
// Mermaid keeps one global configuration: renders run one at a time so a theme never leaks into another.
let queue: Promise<void> = Promise.resolve();
let watchingTheme = false;

/** Draws one diagram placeholder, and keeps it in step with Starlight's theme from then on. */
export function drawDiagram(figure: HTMLElement): Promise<void> {
  drawn.add(figure);
  watchTheme();
  watchOverflow(figure);
  return enqueue(() => render(figure));
}

function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task);
  return queue;
}

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Starlight switches theme by setting `data-theme` on <html>: redraw what is already drawn. */
function watchTheme(): void {
  if (watchingTheme) return;
  watchingTheme = true;
  new MutationObserver(() => {
    for (const figure of drawn) void enqueue(() => render(figure));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

async function render(figure: HTMLElement): Promise<void> {
  const theme = currentTheme();
  if (figure.dataset.drawnTheme === theme) return;
  const canvas = figure.querySelector<HTMLElement>('.kb-diagram__canvas');
  const source = figure.querySelector('.kb-diagram__code')?.textContent ?? '';
  if (!canvas) return;
  mermaid.initialize(mermaidConfig(readPalette(theme)));
  try {
    const { svg } = await mermaid.render(`kb-mermaid-${++renders}`, source);
    const drawing = parseSvg(svg);
    // The box already has the measured size: the drawing fills it instead of sizing itself.
    drawing.removeAttribute('style');
    drawing.removeAttribute('width');
    drawing.removeAttribute('height');
    canvas.replaceChildren(drawing);
    figure.dataset.drawnTheme = theme;
    figure.dataset.state = 'drawn';
  } catch (error) {
    showError(figure, canvas, error);
  }
}

/** Parses Mermaid's SVG in an inert document (nothing runs or loads there) before adopting it. */
function parseSvg(markup: string): SVGSVGElement {
  const svg = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg');
  if (!svg) throw new Error('Mermaid returned no SVG');
  return document.adoptNode(svg);
}

/** A broken diagram says why, in place, and opens its source: never a blank box. */
function showError(figure: HTMLElement, canvas: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const alert = document.createElement('div');
  alert.className = 'kb-diagram__error';
  alert.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.textContent = '图表无法绘制：Mermaid 源码有误。';
  const detail = document.createElement('pre');
  detail.textContent = message;
  alert.append(title, detail);
  canvas.replaceChildren(alert);
  figure.dataset.state = 'error';
  delete figure.dataset.drawnTheme;
  const source = figure.querySelector('details');
  if (source) source.open = true;
  console.error(`Mermaid diagram ${figure.dataset.diagram ?? ''} failed to render: ${message}`);
}

/** A wide diagram on a phone scrolls inside its box; keyboard users then need to reach it. */
function watchOverflow(figure: HTMLElement): void {
  const viewport = figure.querySelector<HTMLElement>('.kb-diagram__viewport');
  const caption = figure.querySelector('figcaption');
  if (!viewport) return;
  new ResizeObserver(() => {
    if (viewport.scrollWidth > viewport.clientWidth + 1) {
      viewport.tabIndex = 0;
      viewport.setAttribute('role', 'group');
      if (caption?.id) viewport.setAttribute('aria-labelledby', caption.id);
      figure.dataset.overflow = '';
    } else {
      viewport.removeAttribute('tabindex');
      viewport.removeAttribute('role');
      viewport.removeAttribute('aria-labelledby');
      delete figure.dataset.overflow;
    }
  }).observe(viewport);
}

/** Reads Starlight's colours for the theme now on <html>, resolved to hex through a probe element. */
function readPalette(theme: Theme): DiagramPalette {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const resolve = (property: string) => {
    probe.style.color = `var(${property})`;
    return toHex(getComputedStyle(probe).color);
  };
  const entries = Object.entries(PALETTE_PROPERTIES).map(([key, property]) => [key, resolve(property)]);
  probe.remove();
  return { dark: theme === 'dark', ...Object.fromEntries(entries) } as DiagramPalette;
}

function toHex(color: string): string {
  const channels = color.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
