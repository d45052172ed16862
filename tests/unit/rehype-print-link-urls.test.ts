import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypePrintLinkUrls } from '../../src/plugins/rehype-print-link-urls.ts';

function transform(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypePrintLinkUrls()(tree);
  return toHtml(tree);
}

describe('rehypePrintLinkUrls', () => {
  it('marks a link to another site whose text is not its address', () => {
    expect(transform('<a href="https://etcd.io/docs/">etcd 文档</a>')).toBe('<a href="https://etcd.io/docs/" data-print-href="">etcd 文档</a>');
  });

  it('leaves a bare address alone, with or without scheme or trailing slash', () => {
    expect(transform('<a href="https://github.com/etcd-io/bbolt">https://github.com/etcd-io/bbolt</a>')).not.toContain('data-print-href');
    expect(transform('<a href="https://etcd.io/">etcd.io</a>')).not.toContain('data-print-href');
  });

  it('leaves links inside the site and fragments alone', () => {
    expect(transform('<a href="/go/interview/#gmp">GMP</a><a href="#x">上文</a><a href="mailto:a@b.c">邮件</a>')).not.toContain('data-print-href');
  });
});
