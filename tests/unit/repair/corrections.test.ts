import { describe, expect, it } from 'vitest';
import { loadCorrections, sha256Hex } from '../../../scripts/repair/corrections.ts';
import { decodeNote } from '../../../scripts/repair/index.ts';
import { noteFile } from './fixtures.ts';

describe('corrections file', () => {
  const note = noteFile('000_');
  const pins = loadCorrections();

  it('holds only reviewed pins bound to note 000 by content hash', () => {
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) {
      expect(pin.noteSha256).toBe(sha256Hex(note.bytes));
      expect(pin.reason.length).toBeGreaterThan(20);
      expect(pin.context.length).toBeGreaterThan(8);
    }
  });

  it('never fires on other text, even the same note with one byte changed', () => {
    const edited = Buffer.from(note.bytes);
    edited[0] = 0x20; // "#" -> " ": same damaged contexts, different hash
    const { report } = decodeNote(edited, 'edited.txt');
    expect(report.pinned).toBe(0);
    expect(report.damagedCharacters).toBeGreaterThan(900);
  });
});
