import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicMap } from '../../../src/lib/content-model/topic-map.ts';
import { dataLocation } from '../../../src/lib/content-model/yaml-data.ts';
import { ROOT } from '../../support/dist.ts';

/**
 * Fixture roots in tests/fixtures/content-model/topic-map/<case>/: a `src/content/` with a
 * broken topic map and `expected.txt`, the error lines the reader must print (file:line first).
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/content-model/topic-map');
const broken = readdirSync(FIXTURES).filter((name) => name !== 'valid');

describe('the topic map (src/content/topics, standalone-pages.yaml, dissolved-headings.yaml)', () => {
  it('reads topics in their declared order, with ids from the file names and every value located', () => {
    const map = readTopicMap(join(FIXTURES, 'valid'));
    expect(map.topics.map((topic) => topic.id)).toEqual(['etcd', 'go']);
    expect(map.standalonePages.map((page) => [page.slug, page.siteView])).toEqual([['questions', 'question-index']]);
    expect(map.dissolvedHeadings).toEqual([{ note: '000', heading: '分布式系统' }]);
    expect(dataLocation(map.topics[0]!.pages[0]!.sources[0]!)).toEqual({ file: 'src/content/topics/etcd.yaml', line: 9 });
    expect(dataLocation(map.standalonePages[0]!)).toEqual({ file: 'src/content/standalone-pages.yaml', line: 2 });
  });

  it.each(broken)('refuses %s, naming the data file and line', (name) => {
    const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').trimEnd();
    expect(() => readTopicMap(join(FIXTURES, name))).toThrow(expected);
    let message = '';
    try {
      readTopicMap(join(FIXTURES, name));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(expected);
  });

  it('is valid for this site', () => {
    const map = readTopicMap(ROOT);
    expect(map.topics.length).toBeGreaterThan(5);
    expect(new Set(map.topics.map((topic) => topic.order)).size).toBe(map.topics.length);
  });
});
