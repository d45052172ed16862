import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../scripts/import/steps/parse-markdown.ts';
import { serializeBody } from '../../../scripts/import/steps/serialize-markdown.ts';
import { useVendoredImages } from '../../../scripts/import/steps/use-vendored-images.ts';
import type { VendoredImages } from '../../../src/lib/vendored-images.ts';

const REMOTE = 'https://raw.githubusercontent.com/owner/bed/main/docs/202407171639189.png';
const vendored: VendoredImages = {
  [REMOTE]: { file: '407eaa18380cade3.png', width: 1168, height: 488, bytes: 20147, sha256: '407eaa18380cade3'.padEnd(64, '0') },
};

function run(markdown: string, pageFile = 'src/content/docs/kubernetes/basics'): string {
  const tree = parseMarkdown(markdown);
  useVendoredImages(tree.children, pageFile, vendored);
  return serializeBody(tree.children);
}

describe('use-vendored-images', () => {
  it('shows an image from its copy, relative to the page, with the remote address as its 来源 paragraph', () => {
    expect(run(`![核心组件](${REMOTE})\n\ndeployment--->pod\n`)).toBe(
      `![核心组件](../../../assets/note-images/407eaa18380cade3.png)\n\n来源：[原图](${REMOTE})\n\ndeployment--->pod\n`,
    );
  });

  it('resolves the copy from a page at the top of the docs too', () => {
    expect(run(`![图](${REMOTE})\n`, 'src/content/docs/interview-tips')).toContain('](../../assets/note-images/407eaa18380cade3.png)');
  });

  it('puts the 来源 right after an image that shares its paragraph or list item with text', () => {
    expect(run(`* 步骤：![图](${REMOTE}) 见上\n`)).toBe(`- 步骤：![图](../../../assets/note-images/407eaa18380cade3.png)（来源：[原图](${REMOTE})） 见上\n`);
  });

  it('leaves an image without a copy remote, as before', () => {
    const other = 'https://example.com/a.png';
    expect(run(`![图](${other})\n`)).toBe(`![图](${other})\n`);
  });
});
