import { createHash } from 'node:crypto';

/** A policy as ordered directives: name → sources. */
export type Policy = [directive: string, sources: string[]][];

/** CSP source expression for a script text: the base64 SHA-256 the browser compares against. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInputs {
  inlineScripts: Iterable<string>;
  imageOrigins: Iterable<string>;
}

/**
 * The site's policy. Scripts: same-origin files plus the exact inline scripts the build emitted
 * (by hash, never 'unsafe-inline'); 'wasm-unsafe-eval' because Pagefind's search runs as
 * WebAssembly (in its worker and on the page). Styles keep 'unsafe-inline': Expressive Code
 * colours code tokens with `style="…"` attributes, and so do the pre-rendered diagram SVGs (their
 * colours are Starlight's custom properties, set per shape), which a hash cannot name; injected
 * CSS cannot run script, and the site holds no secret a stylesheet could exfiltrate.
 */
export function sitePolicy({ inlineScripts, imageOrigins }: PolicyInputs): Policy {
  const hashes = [...new Set([...inlineScripts].map(scriptHash))].sort();
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', ...[...new Set(imageOrigins)].sort()]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** Directives a <meta http-equiv> policy cannot carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function serializePolicy(policy: Policy, where: 'header' | 'meta'): string {
  return policy
    .filter(([directive]) => where === 'header' || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
