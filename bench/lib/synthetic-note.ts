import { readFileSync } from 'node:fs';
import type { TopicMap } from '../../src/lib/content-model/topic-map.ts';

/** The id of the synthetic note in a bench's notes folder. */
export const SYNTHETIC_NOTE_ID = '900';

/**
 * A note of about `bytes` bytes made of copies of a real note, each copy under a heading of
 * its own (`# 样本 k`, the note's headings one level down), so the import routes each copy to a
 * page of its own, as a large real note would be routed section by section.
 */
export function syntheticNote(source: string, bytes: number): { text: string; copies: number } {
  const body = readFileSync(source, 'utf8').replace(/^(#{1,5})(?=\s|[^#\s])/gm, '#$1');
  const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(body)));
  const parts: string[] = [];
  for (let copy = 1; copy <= copies; copy++) parts.push(`# 样本 ${copy}\n\n${body}`);
  return { text: parts.join('\n\n'), copies };
}

/** A topic map that publishes each copy of the synthetic note on its own page. */
export function syntheticTopicMap(copies: number): TopicMap {
  const pages = Array.from({ length: copies }, (_, index) => ({ slug: `copy-${index + 1}`, title: `样本 ${index + 1}`, description: '基准测试合成笔记的一份副本。', sources: [{ note: SYNTHETIC_NOTE_ID, heading: `样本 ${index + 1}` }] }));
  return { topics: [{ id: 'bench', label: '基准', summary: '基准测试的合成笔记。', order: 0, pages }], standalonePages: [], dissolvedHeadings: [] };
}
