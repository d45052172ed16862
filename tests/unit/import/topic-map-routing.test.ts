import { describe, expect, it } from 'vitest';
import { routeSections, type PagePlan } from '../../../scripts/import/route-sections.ts';
import { parseYamlData } from '../../../src/lib/content-model/yaml-data.ts';
import { z } from 'astro/zod';
import { pageSchema, topicSchema, type TopicSpec } from '../../../src/schemas/topic-map.ts';
import { fixtureOutline } from '../../support/note-outline.ts';

/** Routing problems name the selector's line in the topic map, all at once, and say what to write. */
const TOPIC_FILE = 'src/content/topics/distributed.yaml';

const note001 = `# 分布式

## CAP理论

C、A、P 三者不可兼得。

### 应用

注册中心选 AP 还是 CP。

## RAFT

Leader 选举。

### 应用

etcd、Consul。

## PAXOS

Basic Paxos。
`;

/** Routing does not read descriptions; the fixtures leave them out to keep their lines short. */
const topicWithoutDescriptions = topicSchema.extend({ pages: z.array(pageSchema.extend({ description: z.string().default('一句话写出本页讲什么。') })).min(1) });

function topic(yaml: string): TopicSpec {
  return { id: 'distributed', ...parseYamlData(TOPIC_FILE, yaml, topicWithoutDescriptions).data };
}

function plans(spec: TopicSpec): PagePlan[] {
  return spec.pages.map((page) => ({ topic: spec, spec: page, path: `${spec.id}/${page.slug}`, parts: [] }));
}

const header = 'label: 分布式系统\nsummary: CAP 与共识算法。\norder: 0\npages:\n';

function routeError(yaml: string, notes = [fixtureOutline('001', note001)], dissolved = [{ note: '001', heading: '分布式' }]): string {
  try {
    routeSections(notes, plans(topic(header + yaml)), dissolved, () => {});
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('routing succeeded');
}

describe('topic map selectors', () => {
  it('that match no heading name their line and suggest the nearest headings', () => {
    const message = routeError('  - slug: cap\n    sources:\n      - { note: "001", heading: CAP 理论 }\n      - { note: "001", heading: RAFT, through: PAXOS }\n');
    expect(message).toBe(`${TOPIC_FILE}:7: selector { note: "001", heading: "CAP 理论" } matches no heading of notes/001_fixture.txt; did you mean "CAP理论"? (a selector names a heading's text without Markdown or leading emoji)`);
  });

  it('that match several sections say which lines and what to add', () => {
    const message = routeError('  - slug: cap\n    title: CAP\n    sources:\n      - { note: "001", heading: 应用 }\n      - { note: "001", heading: CAP理论 }\n      - { note: "001", heading: RAFT, through: PAXOS }\n');
    expect(message).toBe(`${TOPIC_FILE}:8: selector { note: "001", heading: "应用" } matches 2 sections of notes/001_fixture.txt (lines 7, 15); add "under" ("CAP理论" or "RAFT") or "nth" (1 to 2)`);
  });

  it('report every problem of a run at once', () => {
    const message = routeError(
      [
        '  - slug: cap',
        '    sources:',
        '      - { note: "001", heading: CAP理论 }',
        '  - slug: consensus',
        '    title: 共识',
        '    sources:',
        '      - { note: "001", heading: RAFT, through: ZAB }',
        '      - { note: "004", heading: PAXOS }',
        '      - { note: "001", heading: CAP理论 }',
        '      - { note: "001", heading: 应用, nth: 3 }',
        '',
      ].join('\n'),
    );
    expect(message.split('\n')).toEqual([
      `${TOPIC_FILE}:11: selector { note: "001", heading: "RAFT", through: "ZAB" }: no section "ZAB" follows "RAFT" (notes/001_fixture.txt:11) at its level; the following ones are "PAXOS"`,
      `${TOPIC_FILE}:12: no note with id "004" in notes/ (notes there: 001)`,
      `${TOPIC_FILE}:13: "CAP理论" (notes/001_fixture.txt:3) is already claimed by ${TOPIC_FILE}:7; a section belongs to one page: remove one of the two selectors`,
      `${TOPIC_FILE}:14: selector { note: "001", heading: "应用", nth: 3 }: notes/001_fixture.txt has only 2 such sections (lines 7, 15), not an occurrence 3`,
    ]);
  });

  it('refuse a dissolved heading that has text of its own', () => {
    const message = routeError('  - slug: all\n    sources:\n      - { note: "001", heading: CAP理论 }\n      - { note: "001", heading: RAFT, through: PAXOS }\n', [fixtureOutline('001', note001)], [{ note: '001', heading: 'RAFT' }]);
    expect(message).toContain('dissolved heading "RAFT" (notes/001_fixture.txt:11) has its own text; route it to a page instead of dissolving it');
  });

  it('keep the original words when a section is retitled', () => {
    const message = routeError('  - slug: cap\n    title: CAP\n    sources:\n      - { note: "001", heading: CAP理论, retitle: CAP 定理 }\n      - { note: "001", heading: RAFT, through: PAXOS }\n');
    expect(message).toBe(`${TOPIC_FILE}:8: retitle "CAP 定理" must keep the original heading text "CAP理论" (notes/001_fixture.txt:3)`);
  });
});

describe('unrouted sections', () => {
  const note005 = `# Linux 基础\n\n常用命令。\n\n## 文件权限\n\nchmod。\n\n# 网络\n\nip addr。\n\n## 应用\n\n抓包。\n\n# 应用\n\n两个同名标题。\n`;

  it('are all reported in the first run, with pages ready to paste that route them', () => {
    const notes = [fixtureOutline('001', note001), fixtureOutline('005', note005)];
    const yaml = '  - slug: cap\n    sources:\n      - { note: "001", heading: CAP理论 }\n';
    const message = routeError(yaml, notes);
    const [first, ...rest] = message.split('\n');
    expect(first).toBe('001_fixture.txt:11: 5 sections are not routed to any page:');
    expect(rest.slice(0, 5)).toEqual([
      '  notes/001_fixture.txt:11  "RAFT"',
      '  notes/001_fixture.txt:19  "PAXOS"',
      '  notes/005_fixture.txt:1  "Linux 基础"',
      '  notes/005_fixture.txt:9  "网络"',
      '  notes/005_fixture.txt:17  "应用"',
    ]);
    const pasted = message.slice(message.indexOf('\npages:\n') + '\npages:\n'.length);
    expect(pasted).toContain('      - { note: "005", heading: 应用, nth: 2 }');
    // Pasted under the page already there (with the descriptions written), they route everything.
    const completed = pasted.replace(/ {4}# description:.*\n/g, '    description: 一句话写出本页讲什么。\n');
    const pages = routeSections(notes, plans(topic(header + yaml + completed)), [{ note: '001', heading: '分布式' }], () => {});
    expect(pages.map((page) => page.plan.path)).toEqual(['distributed/cap', 'distributed/raft', 'distributed/paxos', 'distributed/linux-ji-chu', 'distributed/wang-luo', 'distributed/ying-yong']);
  });
});
