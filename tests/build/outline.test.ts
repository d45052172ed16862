import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist.ts';

/** The edited outline and the written descriptions, as a reader gets them in dist/. */
const pages = builtPages().map((path) => ({ path, tree: fromHtml(readBuilt(path)) as Root }));
const content = (tree: Root) => selectAll('.sl-markdown-content', tree)[0] as Element | undefined;

describe('the outline of every page', () => {
  it('has no heading inside a list item', () => {
    const found = pages.flatMap(({ path, tree }) => {
      const body = content(tree);
      return body ? selectAll('li h1, li h2, li h3, li h4, li h5, li h6', body).map((heading) => `${path}: ${toString(heading)}`) : [];
    });
    expect(found).toEqual([]);
  });

  it('has no heading that ends in a colon', () => {
    const found = pages.flatMap(({ path, tree }) => {
      const body = content(tree);
      return body ? selectAll('h1, h2, h3, h4, h5, h6', body).map((heading) => toString(heading).trim()).filter((text) => /[:：]$/u.test(text)).map((text) => `${path}: ${text}`) : [];
    });
    expect(found).toEqual([]);
  });

  it('keeps note 000’s global question numbers out of the topic pages’ headings', () => {
    const numbered = pages.flatMap(({ path, tree }) =>
      selectAll('h1, h2, h3', tree)
        .map((heading) => toString(heading).trim())
        .filter((text) => /^(?:[1-9]|1\d|2[01])\.\s*(?:Go的GMP|Channel的实现|垃圾回收|切片和数组|Pod的生命周期|Service的实现|网络插件|存储管理|大规模集群架构|集群性能|自定义控制器|集群故障|多租户|集群升级|CAP理论的理解|Raft算法|分布式锁实现|服务发现机制|Kafka消息可靠性|Redis集群方案|etcd的应用场景)/u.test(text))
        .map((text) => `${path}: ${text}`),
    );
    expect(numbered).toEqual([]);
  });
});

describe('page descriptions', () => {
  const descriptions = pages.map(({ path, tree }) => {
    const meta = selectAll('meta[name="description"]', tree)[0];
    return { path, description: String(meta?.properties.content ?? '') };
  });

  it('are written for every page: one sentence of at most 80 characters, no URL, not cut off', () => {
    const bad = descriptions.filter(({ description }) =>
      description.length < 8 ||
      description.length > 80 ||
      /https?:|www\./i.test(description) ||
      !/[。！？]$/u.test(description) ||
      /[…,，、：:]$/u.test(description.slice(0, -1)) ||
      /[。！？]/u.test(description.slice(0, -1)),
    );
    expect(bad).toEqual([]);
  });

  it('are not the first line of a note’s text (a topic overview opens with its written summary)', () => {
    const copied = pages.filter(({ tree }, index) => {
      if (selectAll('.kb-topic-pages', tree).length > 0) return false;
      const first = selectAll('.sl-markdown-content p', tree)[0];
      const text = first ? toString(first).trim() : '';
      return text !== '' && descriptions[index]!.description === text;
    });
    expect(copied.map(({ path }) => path)).toEqual([]);
  });
});
