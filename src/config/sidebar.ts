import { readTopicMap } from '../lib/content-model/topic-map.ts';

const { standalonePages, topics } = readTopicMap();

/** The sidebar follows the topic map: the standalone pages first, then one group per topic. */
export const sidebar = [
  ...standalonePages.map((page) => ({ slug: page.slug })),
  ...topics.map((topic) => ({
    label: topic.label,
    collapsed: true,
    items: [{ autogenerate: { directory: topic.id } }],
  })),
];
