/**
 * Where the site is served. Locally it lives at the root; a GitHub Pages build sets
 * SITE_URL (https://<user>.github.io) and BASE_PATH (/<repo>) in the environment.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase.startsWith('/') ? rawBase : `/${rawBase}`;

export const deployment = { site, base };
