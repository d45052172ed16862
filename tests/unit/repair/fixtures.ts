// Shared paths for the repair tests: fixtures beside the tests, and the project's notes.
import { readdirSync, readFileSync } from 'node:fs';

export const FIXTURES = new URL('../../fixtures/repair/', import.meta.url);
export const NOTES = new URL('../../../notes/', import.meta.url);
export const CLI = new URL('../../../scripts/repair/cli.ts', import.meta.url);

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function noteFile(prefix: string): { name: string; path: string; bytes: Buffer } {
  const name = readdirSync(NOTES).find((entry) => entry.startsWith(prefix));
  if (name === undefined) throw new Error(`no note ${prefix}* in notes/`);
  const url = new URL(name, NOTES);
  return { name, path: url.pathname, bytes: readFileSync(url) };
}
