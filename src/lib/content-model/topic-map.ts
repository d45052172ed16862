import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  dissolvedHeadingsSchema,
  slugSchema,
  standalonePagesSchema,
  topicSchema,
  type DissolvedHeading,
  type PageSpec,
  type TopicSpec,
} from '../../schemas/topic-map.ts';
import { collectErrors, throwAll, type LocatedError } from '../located-error.ts';
import { DataFileError, dataLocation, readYamlData, withLocationOf, yamlFilesIn } from './yaml-data.ts';

export const TOPICS_DIR = 'src/content/topics';
export const STANDALONE_PAGES_FILE = 'src/content/standalone-pages.yaml';
export const DISSOLVED_HEADINGS_FILE = 'src/content/dissolved-headings.yaml';

export interface TopicMap {
  /** In their declared order. */
  topics: TopicSpec[];
  /** Pages outside the topics, linked at the top of the sidebar. */
  standalonePages: PageSpec[];
  dissolvedHeadings: DissolvedHeading[];
}

/**
 * Reads and validates the topic map: every file parses and fits its schema, topic ids (file
 * names) and orders are unique, page slugs are unique within a topic and no standalone page
 * takes a topic's URL. All problems are reported at once, each naming its file and line.
 */
export function readTopicMap(root = process.cwd()): TopicMap {
  const errors: LocatedError[] = [];
  const attempt = <T>(read: () => T): T | undefined => collectErrors(errors, read);

  const topics: TopicSpec[] = [];
  for (const { path, file, name: id } of yamlFilesIn(TOPICS_DIR, root, errors)) {
    if (!slugSchema.safeParse(id).success) {
      errors.push(new DataFileError(file, undefined, `topic id "${id}" (the file name) must be lower-case ASCII words joined by hyphens: it is the topic's URL`));
      continue;
    }
    const read = attempt(() => readYamlData(path, topicSchema, root));
    if (read) topics.push(withLocationOf(read.data, { id, ...read.data }));
  }

  const standalone = existsSync(join(root, STANDALONE_PAGES_FILE))
    ? attempt(() => readYamlData(join(root, STANDALONE_PAGES_FILE), standalonePagesSchema, root))
    : undefined;
  const standalonePages: PageSpec[] = Object.entries(standalone?.data ?? {}).map(([slug, page]) => withLocationOf(page, { slug, ...page }));
  const dissolved = existsSync(join(root, DISSOLVED_HEADINGS_FILE))
    ? attempt(() => readYamlData(join(root, DISSOLVED_HEADINGS_FILE), dissolvedHeadingsSchema, root))
    : undefined;

  errors.push(...checkTopicMap(topics, standalonePages));
  throwAll(errors);
  return { topics: topics.sort((a, b) => a.order - b.order), standalonePages, dissolvedHeadings: dissolved?.data ?? [] };
}

/** The cross-file rules a schema cannot state. */
export function checkTopicMap(topics: TopicSpec[], standalonePages: PageSpec[]): DataFileError[] {
  const errors: DataFileError[] = [];
  const where = (value: object) => dataLocation(value);
  const fail = (value: object, fallbackFile: string, message: string) => {
    const location = where(value);
    errors.push(new DataFileError(location?.file ?? fallbackFile, location?.line, message));
  };

  const orders = new Map<number, TopicSpec>();
  for (const topic of topics) {
    const first = orders.get(topic.order);
    if (first) fail(topic, `${TOPICS_DIR}/${topic.id}.yaml`, `order ${topic.order} is already taken by topic "${first.id}" (${TOPICS_DIR}/${first.id}.yaml); give each topic its own order`);
    else orders.set(topic.order, topic);

    const slugs = new Map<string, PageSpec>();
    for (const page of topic.pages) {
      const previous = slugs.get(page.slug);
      if (previous) {
        const line = where(previous)?.line;
        fail(page, `${TOPICS_DIR}/${topic.id}.yaml`, `page slug "${page.slug}" is used twice in topic "${topic.id}"${line ? ` (first on line ${line})` : ''}; the second page would overwrite the first: give it another slug`);
      } else {
        slugs.set(page.slug, page);
      }
    }
  }

  const topicIds = new Set(topics.map((topic) => topic.id));
  const standaloneSlugs = new Set<string>();
  for (const page of standalonePages) {
    if (topicIds.has(page.slug)) fail(page, STANDALONE_PAGES_FILE, `standalone page "${page.slug}" would take the URL of topic "${page.slug}" (${TOPICS_DIR}/${page.slug}.yaml); rename one of them`);
    if (standaloneSlugs.has(page.slug)) fail(page, STANDALONE_PAGES_FILE, `standalone page "${page.slug}" is declared twice`);
    standaloneSlugs.add(page.slug);
  }
  return errors;
}
