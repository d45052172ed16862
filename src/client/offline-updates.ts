/**
 * On every page: registers the service worker (dist/sw.js) after the page has loaded (see below), and when a
 * new deployment's worker is waiting, offers 有新内容，刷新; accepting activates it and reloads.
 * The first visit also stores the page it was opened on, which loaded before any worker.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Set when the reader accepts the update in this tab: only then does the new worker's arrival reload it. */
let accepted = false;

function offerUpdate(worker: ServiceWorker): void {
  if (document.querySelector('.kb-update')) return;
  const bar = document.createElement('div');
  bar.className = 'kb-update';
  bar.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'kb-offline-button';
  button.textContent = '刷新';
  button.addEventListener('click', () => {
    button.disabled = true;
    accepted = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  bar.append('有新内容，', button);
  document.body.append(bar);
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  const controlledAtLoad = container.controller !== null;
  const registration = await container.register(`${base}sw.js`, { scope: base });
  // Only a worker that replaces another is an update; the first one is silent.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const offer = () => worker.state === 'installed' && container.controller && offerUpdate(worker);
    offer();
    worker.addEventListener('statechange', offer);
  };
  watch(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // Accepted in another tab, the update reaches this one without interrupting the reader.
  container.addEventListener('controllerchange', () => (accepted ? location.reload() : document.querySelector('.kb-update')?.remove()));
  // A tab left open for a day still learns of a new deployment when the reader comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
  if (!controlledAtLoad) (await container.ready).active?.postMessage({ type: 'CACHE_PAGE', url: location.origin + location.pathname });
}

/**
 * A first visit installs the worker, and installing downloads the search engine and index for
 * offline use (about 0.6 MB gzip). Started at load, that download competes with what the reader
 * came for: measured with `bench:search` (cold), a search right after the first load took
 * 487 ms with the install running beside it and 346 ms without. So on a first visit the worker
 * is registered a few seconds after load, at an idle moment; at once on the 离线阅读 page, where
 * the reader asked for offline reading, and on a return visit, where registering is only the
 * browser's cheap check for a new deployment.
 */
const FIRST_VISIT_DELAY_MS = 5_000;

if ('serviceWorker' in navigator) {
  const start = () => void register().catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 10_000 }) : start());
  const afterLoad = () => {
    if (navigator.serviceWorker.controller || document.querySelector('[data-kb-offline]')) start();
    else setTimeout(whenIdle, FIRST_VISIT_DELAY_MS);
  };
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
