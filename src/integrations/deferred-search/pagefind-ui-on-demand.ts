/**
 * Stands in for `@pagefind/default-ui` in the browser: Starlight constructs it at idle, and it
 * constructs the real PagefindUI, with the same options, only once the reader moves to search.
 */
type PagefindOptions = Record<string, unknown>;

export class PagefindUI {
  constructor(options: PagefindOptions) {
    const opener = document.querySelector('button[data-open-modal]');
    const dialog = document.querySelector('site-search dialog');
    let loading: Promise<void> | undefined;
    const load = () => {
      loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
        new Real(options);
        // The dialog may already be open: Starlight focused an input that did not exist yet.
        if (dialog instanceof HTMLDialogElement && dialog.open) dialog.querySelector('input')?.focus();
      });
      return loading;
    };
    for (const type of ['pointerenter', 'focus', 'touchstart', 'click']) opener?.addEventListener(type, load, { once: true, passive: true });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') void load();
    });
  }
}
