type Renderer = typeof import('./render-diagrams.ts');

/**
 * The only diagram code every diagram page runs: it watches the placeholders and, when the first
 * one comes within a screen of the viewport, loads the renderer (and Mermaid) as a separate chunk.
 */
export function startDiagrams(): void {
  const figures = document.querySelectorAll<HTMLElement>('figure.kb-diagram');
  if (figures.length === 0) return;
  let renderer: Promise<Renderer> | undefined;
  const draw = (figure: HTMLElement) => {
    renderer ??= import('./render-diagrams.ts');
    renderer.then(
      ({ drawDiagram }) => drawDiagram(figure),
      (error: unknown) => reportLoadFailure(figure, error),
    );
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

/** Without the renderer there is no drawing, but the source below the box still tells the story. */
function reportLoadFailure(figure: HTMLElement, error: unknown): void {
  const status = figure.querySelector('.kb-diagram__status');
  if (status) {
    status.textContent = '图表脚本加载失败，可展开下方源码查看。';
    status.setAttribute('role', 'alert');
  }
  figure.dataset.state = 'error';
  console.error('Diagram renderer failed to load', error);
}
