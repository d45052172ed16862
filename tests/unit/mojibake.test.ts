import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findMojibake } from '../support/mojibake.ts';

/** UTF-8 bytes of `text` decoded as a Windows code page, as an editor with the wrong encoding shows them. */
function misread(text: string, codePage: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), codePage);
}

describe('mojibake detector', () => {
  it('accepts clean Chinese, English and symbols', () => {
    expect(findMojibake('Go 的 GMP 调度模型：M 从 P 的本地队列获取 G，“work stealing” — café ✅ 🎯 ☸️')).toEqual([]);
  });

  it.each(['windows-1252', 'windows-1254', 'latin1'])('catches UTF-8 Chinese read as %s', (codePage) => {
    expect(findMojibake(misread('中间件技术，标准答案', codePage)).length).toBeGreaterThan(0);
  });

  it('catches replacement characters and C1 controls', () => {
    expect(findMojibake('调度\uFFFD程').map((hit) => hit.kind)).toContain('U+FFFD replacement character');
    expect(findMojibake('abc\u0081def').map((hit) => hit.kind)).toContain('C1 control character');
  });
});
