import type { Heading, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../scripts/import/errors.ts';
import { plainText } from '../../../scripts/import/mdast-helpers.ts';
import { routeSections, type PagePlan } from '../../../scripts/import/route-sections.ts';
import { assignAnchorIds, headingId, slugify } from '../../../scripts/import/steps/assign-anchor-ids.ts';
import { normalizeHeadingLevels } from '../../../scripts/import/steps/normalize-heading-levels.ts';
import { chunkStarts, parseMarkdown } from '../../../scripts/import/steps/parse-markdown.ts';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { noteAnchorIndex, relativeUrl, resolveInternalLinks, tagInternalLinks } from '../../../scripts/import/steps/resolve-internal-links.ts';
import { serializeBody } from '../../../scripts/import/steps/serialize-markdown.ts';
import type { PageSpec } from '../../../src/schemas/topic-map.ts';
import type { DroppedLine } from '../../../scripts/import/types.ts';
import { fixtureOutline } from '../../support/note-outline.ts';

function plan(path: string, spec: Omit<PageSpec, 'slug' | 'description'>): PagePlan {
  return { topic: null, spec: { slug: path, description: '测试页面的一句话描述。', ...spec }, path, parts: [] };
}

const note = `# 分布式

## CAP理论

C、A、P 三者不可兼得。

### 应用

注册中心选 AP 还是 CP。

## RAFT

Leader 选举。
`;

describe('routing note sections to pages (topic map)', () => {
  it('puts each claimed section, with its unclaimed children, on its page', () => {
    const dropped: DroppedLine[] = [];
    const pages = routeSections(
      [fixtureOutline('001', note)],
      [plan('distributed/cap', { sources: [{ note: '001', heading: 'CAP理论' }] }), plan('distributed/raft', { title: 'Raft 共识', sources: [{ note: '001', heading: 'RAFT' }] })],
      [{ note: '001', heading: '分布式' }],
      (entry) => dropped.push(entry),
    );
    expect(pages.map((page) => [page.title, page.blocks.map((block) => plainText(block))])).toEqual([
      ['CAP理论', ['C、A、P 三者不可兼得。', '应用', '注册中心选 AP 还是 CP。']],
      ['Raft 共识', ['Leader 选举。']],
    ]);
    expect(pages[1]!.originalHeading).toBe('RAFT');
    expect(pages[0]!.sources).toEqual([{ note: '001_fixture.txt', lines: [3, 10], heading: 'CAP理论' }]);
    expect(dropped).toEqual([{ note: '001_fixture.txt', line: 1, text: '分布式', reason: 'dissolved-category-heading' }]);
  });

  it('fails, naming the file and line, when a section is routed nowhere', () => {
    const route = () => routeSections([fixtureOutline('001', note)], [plan('distributed/cap', { sources: [{ note: '001', heading: 'CAP理论' }] })], [{ note: '001', heading: '分布式' }], () => {});
    expect(route).toThrow(ImportError);
    expect(route).toThrow('001_fixture.txt:11: 1 section is not routed to any page:\n  notes/001_fixture.txt:11  "RAFT"');
  });

  it('refuses ambiguous selectors and sections claimed twice', () => {
    const twice = () => routeSections([fixtureOutline('001', note)], [plan('a', { sources: [{ note: '001', heading: '分布式' }] }), plan('b', { sources: [{ note: '001', heading: '分布式' }] })], [], () => {});
    expect(twice).toThrow('"分布式" (notes/001_fixture.txt:1) is already claimed by');
    const ambiguous = fixtureOutline('002', '## 介绍\n\nA\n\n## 介绍\n\nB\n');
    expect(() => routeSections([ambiguous], [plan('x', { title: 'X', sources: [{ note: '002', heading: '介绍' }] })], [], () => {})).toThrow('matches 2 sections');
  });

  it('does not let a retitle lose the original words', () => {
    const page = plan('x', { title: 'X', sources: [{ note: '001', heading: 'RAFT', retitle: 'Raft' }, { note: '001', heading: '分布式' }] });
    expect(() => routeSections([fixtureOutline('001', note)], [page], [], () => {})).toThrow('must keep the original heading text "RAFT"');
  });
});

describe('page headings', () => {
  const headings = (blocks: RootContent[]) => blocks.filter((block): block is Heading => block.type === 'heading');

  it('become a hierarchy that starts at h2 and skips no level', () => {
    const blocks = parseMarkdown('#### 一\n\n###### 二\n\n### 三\n\n##### 四\n').children;
    normalizeHeadingLevels(blocks);
    expect(headings(blocks).map((heading) => heading.depth)).toEqual([2, 3, 2, 3]);
  });

  it('get stable ASCII ids: curated, else pinyin, unique on the page', () => {
    const blocks = parseMarkdown('## 1. Go的GMP调度模型\n\n## 优点\n\n## 优点\n\n## requests 和 limits\n').children;
    assignAnchorIds(blocks, new Map([['1. Go的GMP调度模型', 'gmp-scheduler']]));
    expect(headings(blocks).map((heading) => headingId(heading))).toEqual(['gmp-scheduler', 'you-dian', 'you-dian-2', 'requests-he-limits']);
    expect(slugify('2.1 两阶段提交协议 (2PC)')).toBe('liang-jie-duan-ti-jiao-xie-yi-2pc');
    for (const id of headings(blocks).map((heading) => headingId(heading))) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('the notes’ own #anchor links', () => {
  it('point at the page and stable id their heading ended up on', () => {
    const tree = parseMarkdown('1. [Go的GMP调度模型](#1-go的gmp调度模型)\n\n### 1. Go的GMP调度模型\n\n内容\n');
    tagInternalLinks(tree, '000');
    const index = noteAnchorIndex(tree);
    const [list, heading] = tree.children;
    assignAnchorIds([heading!], new Map([['1. Go的GMP调度模型', 'gmp-scheduler']]));
    const pages = [
      { path: 'questions', blocks: [list!], titleHeading: null },
      { path: 'go/interview', blocks: [heading!], titleHeading: null },
    ];
    resolveInternalLinks(pages, new Map([['000', { file: '000_fixture.txt', index }]]));
    expect(serializeBody([list!])).toBe('1. [Go的GMP调度模型](../go/interview/#gmp-scheduler)\n');
  });

  it('fail the import when they point nowhere', () => {
    const tree = parseMarkdown('[断链](#不存在的标题)\n');
    tagInternalLinks(tree, '000');
    expect(() => resolveInternalLinks([{ path: 'p', blocks: tree.children, titleHeading: null }], new Map([['000', { file: '000_fixture.txt', index: noteAnchorIndex(tree) }]]))).toThrow(
      '000_fixture.txt:1: internal link #不存在的标题 points at no published heading',
    );
  });

  it('are relative, so the site works under any base path', () => {
    expect(relativeUrl('questions', 'go/interview', 'gmp-scheduler')).toBe('../go/interview/#gmp-scheduler');
    expect(relativeUrl('go/a', 'go/b', null)).toBe('../b/');
    expect(relativeUrl('go/a', 'go/a', 'x')).toBe('#x');
  });
});

describe('Markdown serialization', () => {
  it('writes heading ids, and keeps as text what Markdown would read as HTML or a directive', () => {
    const blocks = parseMarkdown('### --build-arg <key=value>：\n\n`-f <path/to/Dockerfile>` 和 {braces} 以及 a<b\n').children;
    assignAnchorIds(blocks, new Map());
    expect(serializeBody(blocks)).toBe('### --build-arg \\<key=value>： {#build-arg-key-value}\n\n`-f <path/to/Dockerfile>` 和 {braces} 以及 a\\<b\n');
  });

  it('escapes the colons a note could use to open one of the site\'s directives', () => {
    const blocks: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'text', value: ':::question\n::empty-section\n时间 10:30，键 a:b' }] },
    ];
    const markdown = serializeBody(blocks);
    expect(markdown).not.toMatch(/^:{2,3}[a-z]/m);
    expect(parseMarkdown(markdown).children.map((node) => plainText(node))).toEqual([':::question\n::empty-section\n时间 10:30，键 a:b']);
  });

  it('writes two code spans side by side as one, never as a "``" that opens a longer span', () => {
    const blocks: RootContent[] = [{ type: 'paragraph', children: [{ type: 'inlineCode', value: '<object></object>' }, { type: 'inlineCode', value: '<embed src="x">' }] }];
    const markdown = serializeBody(blocks);
    expect(markdown).toBe('`<object></object><embed src="x">`\n');
    expect(plainText(parseMarkdown(markdown).children)).toBe('<object></object><embed src="x">');
  });
});

describe('parsing a long note in pieces', () => {
  it('cuts only at headings no construct can span, and gives the same tree as one parse', () => {
    const section = (n: number) => `# 第 ${n} 节\n\n正文 ${n}。\n\n- 列表\n  继续\n\n\`\`\`bash\n# 不是标题 ${n}\n\`\`\`\n\n<!--\n# 也不是标题 ${n}\n-->\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;
    const text = Array.from({ length: 40 }, (_, n) => section(n + 1)).join('\n');
    const starts = chunkStarts(text, 200);
    expect(starts.length).toBeGreaterThan(5);
    for (const start of starts) expect(text.slice(start.offset).startsWith('# 第 ')).toBe(true);
    const whole = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);
    const one = whole.runSync(whole.parse(text)) as Root;
    const pieces = parseMarkdown(text);
    expect(pieces.children).toEqual(one.children);
  });
});
