import { contentSecurityPolicy } from './csp/index.ts';

/**
 * Astro integrations the site adds after Starlight, in order. The CSP integration stays last:
 * it hashes the final HTML, so anything that rewrites pages must run before it.
 */
export const siteIntegrations = [contentSecurityPolicy()];
