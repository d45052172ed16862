import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../scripts/import/check-catalogue.ts';
import { plainText } from '../../../scripts/import/mdast-helpers.ts';
import { routeSections, type NoteOutline } from '../../../scripts/import/route-sections.ts';
import { buildSectionTree } from '../../../scripts/import/sections.ts';
import { assignAnchorIds } from '../../../scripts/import/steps/assign-anchor-ids.ts';
import { parseMarkdown } from '../../../scripts/import/steps/parse-markdown.ts';
import { serializeBody } from '../../../scripts/import/steps/serialize-markdown.ts';
import { titleSentenceHeadings } from '../../../scripts/import/steps/title-sentence-headings.ts';
import { parseYamlData } from '../../../src/lib/content-model/yaml-data.ts';
import type { QuestionCatalogue } from '../../../src/lib/content-model/question-catalogue.ts';
import { answerKey, questionCatalogueFileSchema } from '../../../src/schemas/question-catalogue.ts';

const CATALOGUE_FILE = 'src/content/questions/kubernetes.yaml';

function catalogue(yaml: string): QuestionCatalogue {
  const entries = parseYamlData(CATALOGUE_FILE, yaml, questionCatalogueFileSchema).data;
  return { entries, byKey: new Map(entries.map((entry) => [answerKey(entry), entry])) };
}

function page(markdown: string, ids: Record<string, string> = {}): { path: string; blocks: RootContent[]; isIndex: boolean } {
  const blocks = parseMarkdown(markdown).children;
  assignAnchorIds(blocks, new Map(Object.entries(ids)));
  return { path: 'kubernetes/ops-interview', blocks, isIndex: false };
}

const entry = (anchor: string, question: string, wording = 'site', kind = 'question') =>
  `- page: kubernetes/ops-interview\n  anchor: ${anchor}\n  question: ${question}\n  wording: ${wording}\n  kind: ${kind}\n`;

describe('the catalogue and the outline', () => {
  it('accept a page whose every h2/h3 with text is an entry or part of one, and whose group headings only group', () => {
    const outline = page('## 运维面试题\n\n### 如何管理k8s集群\n\n答案。\n\n#### 安装和配置\n\n细节。\n\n### requests 和 limits\n\n答案。\n', { 如何管理k8s集群: 'managing-k8s-clusters', 'requests 和 limits': 'requests-and-limits' });
    const errors = checkCatalogue([outline], catalogue(entry('managing-k8s-clusters', '如何管理k8s集群', 'author') + entry('requests-and-limits', 'requests 和 limits 有什么区别？')));
    expect(errors).toEqual([]);
  });

  it('name an entry whose heading is gone, and give a ready entry for every section no entry covers', () => {
    const outline = page('## 如何管理k8s集群\n\n答案。\n\n## TPS 和 QPS\n\n答案。\n', { 如何管理k8s集群: 'managing-k8s-clusters' });
    const messages = checkCatalogue([outline], catalogue(entry('managing-k8s-clusters', '如何管理k8s集群', 'author') + entry('managing-clusters', '如何管理集群？'))).map((error) => error.message);
    expect(messages).toEqual([
      `${CATALOGUE_FILE}:6: /kubernetes/ops-interview/#managing-clusters: the page has no heading with this id; ids on the page that start alike: managing-k8s-clusters`,
      [
        'kubernetes/ops-interview: "TPS 和 QPS" (/kubernetes/ops-interview/#tps-he-qps) answers no question of the catalogue; add it to src/content/questions/kubernetes.yaml:',
        '- page: kubernetes/ops-interview',
        '  anchor: tps-he-qps',
        '  question: TPS 和 QPS？  # the question this section answers',
        '  wording: site  # or author, when the note\'s own words are the question',
        '  kind: question  # or reference: command lists, installation steps, code walk-throughs',
      ].join('\n'),
    ]);
  });

  it('turn a heading that is a sentence into the answer’s first paragraph, under the catalogue’s question', () => {
    const outline = page('## 在 Kubernetes 集群中，高可用通过多个节点和容器副本来实现。\n\n1.使用多个节点。\n\n#### 1.生产者丢了数据，都有可能。\n\n细节。\n', { '在 Kubernetes 集群中，高可用通过多个节点和容器副本来实现。': 'ha-with-nodes-and-replicas' });
    const entries = catalogue(entry('ha-with-nodes-and-replicas', '如何用多节点和多副本保证 k8s 集群的高可用？'));
    const errors = titleSentenceHeadings(outline, (anchor) => entries.byKey.get(answerKey({ page: outline.path, anchor })));
    expect(errors).toEqual([]);
    expect(serializeBody(outline.blocks)).toBe(
      '## 如何用多节点和多副本保证 k8s 集群的高可用？ {#ha-with-nodes-and-replicas}\n\n在 Kubernetes 集群中，高可用通过多个节点和容器副本来实现。\n\n1.使用多个节点。\n\n#### 1.生产者丢了数据，都有可能。 {#sheng-chan-zhe-diu-shu-ju-dou-you-ke-neng}\n\n细节。\n',
    );
  });

  it('refuse a sentence heading that has no site-written question to stand under', () => {
    const outline = page('## Kubernetes 中的有状态服务和无状态服务是两个不同的概念。\n\n答案。\n', { 'Kubernetes 中的有状态服务和无状态服务是两个不同的概念。': 'stateful-vs-stateless' });
    const [error] = titleSentenceHeadings(outline, () => undefined);
    expect(error?.message).toContain('is a sentence of its answer: it becomes the answer\'s first paragraph, under the question its catalogue entry declares (wording: site)');
  });
});

describe('empty sections', () => {
  it('are a notice, not a heading: not an answer, not in the outline', () => {
    const markdown = '# 项目\n\n## CA认证中心\n\n## 分布式任务调度\n\n笑话。\n';
    const outline: NoteOutline = { id: '004', file: '004_fixture.txt', root: buildSectionTree('004', parseMarkdown(markdown), 8) };
    const [routed] = routeSections([outline], [{ topic: null, spec: { slug: 'backlog', title: '待整理', description: '原笔记中尚待补充的主题。', sources: [{ note: '004', heading: '项目' }] }, path: 'backlog', parts: [] }], [], () => {});
    expect(routed!.blocks.map((block) => [block.type, plainText(block)])).toEqual([
      ['leafDirective', 'CA认证中心'],
      ['heading', '分布式任务调度'],
      ['paragraph', '笑话。'],
    ]);
    expect(serializeBody(routed!.blocks.slice(0, 1))).toBe('::empty-section[CA认证中心]\n');
  });
});

