import { contentSecurityPolicy } from './csp/index.ts';
import { deferredSearch } from './deferred-search/index.ts';
import { practice } from './practice/index.ts';

/**
 * Astro integrations the site adds after Starlight, in order. The CSP integration stays last:
 * it hashes the final HTML, so anything that rewrites pages must run before it.
 */
export const siteIntegrations = [deferredSearch(), practice(), contentSecurityPolicy()];
