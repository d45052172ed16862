import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { damageText, WINDOWS_1254_DROPPED_BYTES } from '../../../scripts/repair/damage-model.ts';
import { decodeNote, NoteDecodeError } from '../../../scripts/repair/index.ts';
import { fixtureBytes, fixtureText, noteFile } from './fixtures.ts';

function decodeError(bytes: Uint8Array, file: string): NoteDecodeError {
  try {
    decodeNote(bytes, file);
  } catch (error) {
    if (error instanceof NoteDecodeError) return error;
    throw error;
  }
  throw new Error('expected a NoteDecodeError');
}

describe('detectEncoding via decodeNote', () => {
  it('passes clean UTF-8 notes through unchanged', () => {
    for (const prefix of ['001_', '002_', '003_', '004_']) {
      const note = noteFile(prefix);
      const { text, report } = decodeNote(note.bytes, note.name);
      expect(report.encoding).toBe('utf-8');
      expect(report.damagedCharacters).toBe(0);
      expect(Buffer.from(text, 'utf8').equals(note.bytes)).toBe(true);
    }
  });

  it('keeps a BOM and reports it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBytes('punctuation.md')]);
    const { text, report } = decodeNote(bytes, 'bom.md');
    expect(report.encoding).toBe('utf-8-bom');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
  });

  it('leaves ASCII and Latin text alone (café is not mojibake)', () => {
    for (const sample of ['plain ASCII\n', 'naïve café, Ünïcödé — “quotes”\n']) {
      const { text, report } = decodeNote(Buffer.from(sample, 'utf8'), 'latin.md');
      expect(report.encoding).toBe('utf-8');
      expect(text).toBe(sample);
    }
  });

  it('decodes a GBK file', () => {
    const { text, report } = decodeNote(fixtureBytes('gbk-note.gbk.txt'), 'gbk-note.gbk.txt');
    expect(report.encoding).toBe('gb18030');
    expect(text).toBe(fixtureText('gbk-note.utf8.md'));
  });

  it.each(['windows-1252', 'windows-1254', 'iso-8859-1'])('recognizes UTF-8 shown as %s, with or without dropped bytes', (page) => {
    const clean = fixtureText('code-and-prose.md');
    // Undefined bytes shown as U+FFFD (nothing dropped): the replaced bytes are restored too.
    const whole = decodeNote(Buffer.from(iconv.decode(Buffer.from(clean, 'utf8'), page), 'utf8'), 'whole.md');
    expect(whole.report.encoding).toMatch(/^utf-8-as-(windows-125[24]|iso-8859-1)$/);
    expect(whole.text).toBe(clean);
    const dropped = decodeNote(Buffer.from(damageText(clean, page, [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad]), 'utf8'), 'dropped.md');
    expect(dropped.report.encoding).toMatch(/^utf-8-as-/);
    expect(dropped.report.damagedCharacters).toBeGreaterThan(0);
    expect(dropped.text).toBe(clean);
  });

  it('names the code page when the text tells them apart (ğ for F0 exists only in Windows-1254)', () => {
    const { report } = decodeNote(Buffer.from(damageText('# 🎯 面试\n'), 'utf8'), 'emoji.md');
    expect(report.encoding).toBe('utf-8-as-windows-1254');
  });

  it('repairs raw UTF-8 bytes that lost continuation bytes (no code page in between)', () => {
    const clean = fixtureText('code-and-prose.md');
    const raw = Buffer.from([...Buffer.from(clean, 'utf8')].filter((byte) => !WINDOWS_1254_DROPPED_BYTES.includes(byte)));
    const { text, report } = decodeNote(raw, 'raw.md');
    expect(report.encoding).toBe('utf-8-with-dropped-bytes');
    expect(report.damagedCharacters).toBeGreaterThan(0);
    expect(text).toBe(clean);
  });

  it('names the file and line for binary input', () => {
    const error = decodeError(fixtureBytes('binary.bin'), 'tests/fixtures/repair/binary.bin');
    expect(error.file).toBe('tests/fixtures/repair/binary.bin');
    expect(error.message).toMatch(/^tests\/fixtures\/repair\/binary\.bin:\d+: binary data/);
  });

  it('rejects truncated UTF-8 and truncated GBK', () => {
    const utf8 = decodeError(fixtureBytes('truncated-utf8.txt'), 'truncated-utf8.txt');
    expect(utf8.message).toContain('truncated');
    expect(utf8.line).toBe(3);
    const gbk = fixtureBytes('gbk-note.gbk.txt');
    const cut = gbk.subarray(0, gbk.length - 2);
    expect(cut.at(-1)).toBeGreaterThanOrEqual(0x81);
    expect(decodeError(cut, 'cut.gbk').message).toMatch(/truncated|unrecognized/);
  });

  it('rejects mojibake that no code page explains instead of passing it as clean', () => {
    const shown = `${damageText('中间件技术，标准答案')} ✓`; // ✓ exists in no single-byte code page
    expect(decodeError(Buffer.from(shown, 'utf8'), 'mixed.md').message).toContain('mojibake');
  });

  it('rejects text whose bytes were replaced by U+FFFD', () => {
    const lossy = iconv.decode(fixtureBytes('gbk-note.gbk.txt'), 'utf8');
    expect(decodeError(Buffer.from(lossy, 'utf8'), 'lossy.md').message).toContain('U+FFFD');
  });
});
