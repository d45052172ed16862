import { join } from 'node:path';
import { curatedAnchorIdsSchema } from '../../schemas/anchor-ids.ts';
import { readYamlData } from './yaml-data.ts';

export const ANCHOR_IDS_FILE = 'src/content/anchor-ids.yaml';

/** The curated heading ids, heading text → id, validated (duplicate keys and bad ids name their line). */
export function readCuratedAnchorIds(root = process.cwd()): Map<string, string> {
  const { data } = readYamlData(join(root, ANCHOR_IDS_FILE), curatedAnchorIdsSchema, root);
  return new Map(Object.entries(data));
}
