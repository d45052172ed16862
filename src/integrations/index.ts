import { contentSecurityPolicy } from './csp/index.ts';
import { deferredSearch } from './deferred-search/index.ts';
import { practice } from './practice/index.ts';
import { offlineReading } from './offline/index.ts';

/**
 * Astro integrations the site adds after Starlight, in order. The CSP integration is the last
 * that changes pages: it hashes the final HTML, so anything that rewrites pages must run before
 * it. Offline reading comes after it because it changes no page but reads the final ones: the
 * service worker's precache revisions and the 离线阅读 download sizes must be those of the files
 * as served, CSP <meta> included.
 */
export const siteIntegrations = [deferredSearch(), practice(), contentSecurityPolicy(), offlineReading()];
