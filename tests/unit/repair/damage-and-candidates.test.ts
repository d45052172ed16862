import { describe, expect, it } from 'vitest';
import { candidateCharacters } from '../../../scripts/repair/candidate-characters.ts';
import { damageText, WINDOWS_1254_DROPPED_BYTES } from '../../../scripts/repair/damage-model.ts';

function utf8(char: string): number[] {
  return [...Buffer.from(char, 'utf8')];
}

/** What a character looks like after the damage: its lead byte and the continuation bytes that survive. */
function survivors(char: string): { lead: number; present: number[]; length: number } {
  const [lead = 0, ...rest] = utf8(char);
  return { lead, present: rest.filter((byte) => !WINDOWS_1254_DROPPED_BYTES.includes(byte)), length: rest.length + 1 };
}

describe('damage model', () => {
  it('drops exactly the undefined Windows-1254 bytes and the soft hyphen', () => {
    expect(damageText('中文')).toBe('ä¸æ–‡'); // 中 = E4 B8 AD loses AD
    expect(damageText('与')).toBe('ä¸'); // 与 = E4 B8 8E loses 8E
    expect(damageText('🎯')).toBe('ğŸ¯'); // F0 9F 8E AF loses 8E
    expect(damageText('plain ASCII')).toBe('plain ASCII');
  });
});

describe('candidateCharacters', () => {
  it.each(['与', '不', '中', '十', '、', '！', '🎯', '🌐', '🎪', '❌', '\uFE0F', '”', '【'])('includes the original of %s', (char) => {
    const { lead, present, length } = survivors(char);
    expect(present.length).toBeLessThan(length - 1);
    expect(candidateCharacters(lead, present, length, WINDOWS_1254_DROPPED_BYTES)).toContain(char);
  });

  it('offers the whole confusion set of E4 B8 ?? and nothing unassigned', () => {
    const candidates = candidateCharacters(0xe4, [0xb8], 3, WINDOWS_1254_DROPPED_BYTES);
    expect(candidates).toEqual(expect.arrayContaining(['与', '不', '中', '丁']));
    for (const char of candidates) expect(/\p{Cn}/u.test(char)).toBe(false);
  });

  it('gives no candidate to an intact sequence', () => {
    expect(candidateCharacters(0xe4, [0xb8, 0x80], 3, WINDOWS_1254_DROPPED_BYTES)).toEqual([]);
  });
});
