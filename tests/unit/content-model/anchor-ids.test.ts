import { describe, expect, it } from 'vitest';
import { readCuratedAnchorIds } from '../../../src/lib/content-model/anchor-ids.ts';
import { parseYamlData } from '../../../src/lib/content-model/yaml-data.ts';
import { curatedAnchorIdsSchema } from '../../../src/schemas/anchor-ids.ts';
import { ROOT } from '../../support/dist.ts';

describe('curated anchor ids (src/content/anchor-ids.yaml)', () => {
  it('are read and valid for this site', () => {
    const ids = readCuratedAnchorIds(ROOT);
    expect(ids.get('CAP理论')).toBe('cap');
    expect(ids.size).toBeGreaterThan(200);
  });

  it('refuse a heading declared twice, naming its line', () => {
    expect(() => parseYamlData('src/content/anchor-ids.yaml', '# ids\n介绍: introduction\n安装: installation\n介绍: intro\n', curatedAnchorIdsSchema)).toThrow('src/content/anchor-ids.yaml:4: Map keys must be unique');
  });

  it('refuse ids that are not short lower-case ASCII words, or that end in -<number>', () => {
    expect(() => parseYamlData('a.yaml', '介绍: Introduction\n', curatedAnchorIdsSchema)).toThrow('a.yaml:1: 介绍: an anchor id is lower-case ASCII words joined by hyphens');
    expect(() => parseYamlData('a.yaml', '总结: 1\n', curatedAnchorIdsSchema)).toThrow('a.yaml:1: 总结: Invalid input: expected string, received number');
    expect(() => parseYamlData('a.yaml', '安装:\n  installation-2\n', curatedAnchorIdsSchema)).toThrow('a.yaml:2: 安装: an anchor id never ends in -<number>');
  });
});
