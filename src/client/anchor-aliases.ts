/**
 * Keeps old answer links working: when the URL's fragment names no element on this page but is
 * an alias in anchors.lock.json, moves to the answer's current id (replacing the history entry,
 * so Back still leaves the page), which scrolls to it and makes it the `:target`.
 */
import { aliases } from '../../anchors.lock.json';
import { aliasTarget, type AnchorLock } from '../lib/anchor-lock.ts';
import { pageOfPathname } from '../lib/page-path.ts';

const declared: AnchorLock['aliases'] = aliases;

function followAlias(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // A malformed fragment (a stray `%`) names nothing.
  }
  if (id === '' || document.getElementById(id)) return;
  const page = pageOfPathname(location.pathname, import.meta.env.BASE_URL);
  if (page === null) return;
  const target = aliasTarget(declared, page, id, (candidate) => candidate.page !== page || document.getElementById(candidate.id) !== null);
  if (!target) return;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  location.replace(target.page === page ? `#${target.id}` : `${base}${target.page}#${target.id}`);
}

followAlias();
window.addEventListener('hashchange', followAlias);
