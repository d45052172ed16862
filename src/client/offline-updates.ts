/**
 * On every page: registers the service worker (dist/sw.js) once the page has loaded, and when a
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

if ('serviceWorker' in navigator) {
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
