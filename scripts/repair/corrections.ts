// Reviewed pins for decisions the model cannot make; each is bound to one exact damaged file and context.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Pin {
  /** SHA-256 of the damaged file's bytes: a pin can never fire on any other text. */
  noteSha256: string;
  line: number;
  /** The damaged input text around the character, exactly as in the file (see damagedContext). */
  context: string;
  chosen: string;
  /** Why the reviewer chose this character, in one line. */
  reason: string;
}

export const CORRECTIONS_PATH = new URL('./corrections.json', import.meta.url);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isPin(value: unknown): value is Pin {
  if (typeof value !== 'object' || value === null) return false;
  const pin = value as Record<string, unknown>;
  return (
    typeof pin.noteSha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(pin.noteSha256) &&
    typeof pin.line === 'number' &&
    typeof pin.context === 'string' &&
    typeof pin.chosen === 'string' &&
    [...pin.chosen].length === 1 &&
    typeof pin.reason === 'string' &&
    pin.reason.length > 0
  );
}

export function parseCorrections(json: string, source: string): Pin[] {
  const parsed: unknown = JSON.parse(json);
  const pins = (parsed as { pins?: unknown }).pins;
  if (!Array.isArray(pins)) throw new Error(`${source}: expected an object with a "pins" array`);
  return pins.map((pin: unknown, index) => {
    if (!isPin(pin)) throw new Error(`${source}: pin ${index} needs noteSha256, line, context, one-character chosen and a reason`);
    return pin;
  });
}

let cached: Pin[] | undefined;

export function loadCorrections(): Pin[] {
  cached ??= parseCorrections(readFileSync(CORRECTIONS_PATH, 'utf8'), CORRECTIONS_PATH.pathname);
  return cached;
}
