import lock from '../../anchors.lock.json' with { type: 'json' };
import { deployment } from './deployment.ts';

export interface MovedPage {
  /** The old path below the base, as a rest parameter: `go/old-interview`. */
  from: string;
  /** Where it went, as a URL path with the base: `/repo/go/interview/`. */
  to: string;
}

/** The `redirects` declared in anchors.lock.json (old path → new path, both below the base). */
export function movedPages(declared: Record<string, string>, base: string): MovedPage[] {
  const prefix = base.replace(/\/$/, '');
  return Object.entries(declared).map(([from, to]) => ({ from: from.replace(/^\/|\/$/g, ''), to: `${prefix}${to}` }));
}

export const redirects: MovedPage[] = movedPages(lock.redirects, deployment.base);
