import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist.ts';
import { findMojibake } from '../support/mojibake.ts';

describe('built site', () => {
  const pages = builtPages();

  it('has at least 40 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  it('declares zh-CN on every page', () => {
    const wrong = pages.filter((page) => !/<html[^>]*\blang="zh-CN"/.test(readBuilt(page)));
    expect(wrong).toEqual([]);
  });

  it('publishes no mojibake (U+FFFD, C1 controls, UTF-8 read as Windows-125x)', () => {
    const found = pages.flatMap((page) => findMojibake(readBuilt(page)).map((hit) => `${page}: ${hit.kind} near "${hit.context}"`));
    expect(found).toEqual([]);
  });

  it('gives every page a title and a description', () => {
    const missing = pages.filter((page) => {
      const html = readBuilt(page);
      return !/<title>[^<]+<\/title>/.test(html) || !/<meta name="description" content="[^"]+"/.test(html);
    });
    expect(missing).toEqual([]);
  });
});
