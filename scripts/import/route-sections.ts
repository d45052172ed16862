import type { Heading, RootContent } from 'mdast';
import { DISSOLVED_HEADINGS_FILE, TOPICS_DIR } from '../../src/lib/content-model/topic-map.ts';
import { DataFileError, dataLocation } from '../../src/lib/content-model/yaml-data.ts';
import type { DissolvedHeading, PageSpec, SourceSelector, TopicSpec } from '../../src/schemas/topic-map.ts';
import { collectErrors, throwAll, type LocatedError } from '../../src/lib/located-error.ts';
import { ImportError } from './errors.ts';
import { plainText, text } from './mdast-helpers.ts';
import { emptySectionBlock } from './site-blocks.ts';
import { walkSections } from './sections.ts';
import { slugify } from './steps/assign-anchor-ids.ts';
import { normalizeHeadingLevels } from './steps/normalize-heading-levels.ts';
import { parseMarkdown } from './steps/parse-markdown.ts';
import type { DroppedLine, Section } from './types.ts';

/** Named in errors about topic-map values that were not read from a file (tests). */
const TOPIC_MAP_FILES = `${TOPICS_DIR}/*.yaml`;

export interface NoteOutline {
  id: string;
  file: string;
  root: Section;
  /** The note's lines, for dropping a replaced section line by line. */
  lines?: string[];
}

/** One selector of a page and the note sections it resolved to. */
export interface PagePart {
  selector: SourceSelector;
  file: string;
  sections: Section[];
  /** Sections under these that the page's site view replaces: not emitted, dropped line by line. */
  replaced: Set<Section>;
}

export interface PagePlan {
  topic: TopicSpec | null;
  spec: PageSpec;
  /** Route below the site root, without slashes at either end: `go/interview`. */
  path: string;
  parts: PagePart[];
}

export interface RoutedPage {
  plan: PagePlan;
  title: string;
  /** The source heading the title replaced, shown in the page's source note. */
  originalHeading: string | null;
  /** The source heading that became the page title (links to it land on the page itself). */
  titleHeading: Heading | null;
  blocks: RootContent[];
  sources: { note: string; lines: [number, number]; heading: string }[];
}

/** Where a selector or other topic-map value was written, for error messages. */
function mapLocation(value: object, fallback: string): { file: string; line: number | undefined } {
  const location = dataLocation(value);
  return { file: location?.file ?? fallback, line: location?.line };
}

function topicMapError(value: object, message: string): DataFileError {
  const { file, line } = mapLocation(value, TOPIC_MAP_FILES);
  return new DataFileError(file, line, message);
}

function describeSelector(selector: SourceSelector): string {
  return `{ ${Object.entries(selector).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }`;
}

/**
 * Resolves a selector to the sections it names; it must name exactly what it means. Errors
 * point at the selector's line in the topic map and say what to change.
 */
export function resolveSelector(outline: NoteOutline, selector: SourceSelector): Section[] {
  const sections = [...walkSections(outline.root)].filter((section) => section.heading !== null);
  const sameTitle = sections.filter((section) => section.title === selector.heading);
  const matches = sameTitle.filter((section) => selector.under === undefined || section.parent?.title === selector.under);
  const where = `selector ${describeSelector(selector)}`;
  const note = `notes/${outline.file}`;
  if (matches.length === 0) {
    if (sameTitle.length > 0) {
      const parents = [...new Set(sameTitle.map((section) => section.parent?.title || '(top level)'))];
      throw topicMapError(selector, `${where}: no section "${selector.heading}" under "${selector.under}" in ${note}; its sections of that title are under ${parents.map((title) => JSON.stringify(title)).join(', ')}`);
    }
    const near = nearestTitles(selector.heading, sections.map((section) => section.title));
    throw topicMapError(selector, `${where} matches no heading of ${note}${near.length ? `; did you mean ${near.map((title) => JSON.stringify(title)).join(' or ')}?` : ''} (a selector names a heading's text without Markdown or leading emoji)`);
  }
  if (selector.nth === undefined && matches.length > 1) {
    const parents = matches.map((section) => section.parent?.title ?? '');
    const hint = new Set(parents).size === matches.length && selector.under === undefined
      ? `add "under" (${parents.map((title) => JSON.stringify(title)).join(' or ')}) or "nth" (1 to ${matches.length})`
      : `add "nth" (1 to ${matches.length})`;
    throw topicMapError(selector, `${where} matches ${matches.length} sections of ${note} (lines ${matches.map((match) => match.startLine).join(', ')}); ${hint}`);
  }
  const first = matches[(selector.nth ?? 1) - 1];
  if (!first) throw topicMapError(selector, `${where}: ${note} has only ${matches.length} such section${matches.length === 1 ? '' : 's'} (lines ${matches.map((match) => match.startLine).join(', ')}), not an occurrence ${selector.nth}`);
  if (selector.through === undefined) return [first];
  const siblings = first.parent?.children ?? [];
  const start = siblings.indexOf(first);
  const end = siblings.findIndex((sibling, index) => index > start && sibling.title === selector.through);
  if (end < 0) {
    const following = siblings.slice(start + 1).map((sibling) => JSON.stringify(sibling.title));
    throw topicMapError(selector, `${where}: no section "${selector.through}" follows "${first.title}" (${note}:${first.startLine}) at its level${following.length ? `; the following ones are ${following.slice(0, 6).join(', ')}${following.length > 6 ? ' …' : ''}` : ''}`);
  }
  return siblings.slice(start, end + 1);
}

/** Up to three titles that share the most characters with a title no heading has (a typo, an old wording). */
function nearestTitles(wanted: string, titles: string[]): string[] {
  const chars = new Set(wanted.toLowerCase());
  const scored = [...new Set(titles)]
    .map((title) => {
      const own = new Set(title.toLowerCase());
      const shared = [...own].filter((char) => chars.has(char)).length;
      return { title, score: shared / Math.max(chars.size, own.size) };
    })
    .filter((entry) => entry.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, 3).map((entry) => entry.title);
}

/**
 * Applies the topic map: every section goes to exactly one page, or the import fails. Problems
 * in the topic map are all reported at once (file and line of each selector); then every
 * section no page claims is reported at once, with topic-map entries ready to paste.
 */
export function routeSections(
  outlines: NoteOutline[],
  plans: PagePlan[],
  dissolvedSpecs: DissolvedHeading[],
  drop: (dropped: DroppedLine) => void,
): RoutedPage[] {
  const errors: LocatedError[] = [];
  const byId = new Map(outlines.map((outline) => [outline.id, outline]));
  const outlineOf = (value: { note: string }): NoteOutline | undefined => {
    const outline = byId.get(value.note);
    if (!outline) errors.push(topicMapError(value, `no note with id "${value.note}" in notes/ (notes there: ${[...byId.keys()].join(', ') || 'none'})`));
    return outline;
  };
  const attempt = <T>(run: () => T): T | undefined => collectErrors(errors, run);

  const claims = new Map<Section, PagePart>();
  for (const plan of plans) {
    for (const selector of plan.spec.sources) {
      const outline = outlineOf(selector);
      const sections = outline && attempt(() => resolveSelector(outline, selector));
      if (!outline || !sections) continue;
      const part: PagePart = { selector, file: outline.file, sections, replaced: new Set() };
      plan.parts.push(part);
      for (const section of part.sections) {
        const previous = claims.get(section);
        if (previous) {
          const first = mapLocation(previous.selector, TOPIC_MAP_FILES);
          errors.push(topicMapError(selector, `"${section.title}" (notes/${outline.file}:${section.startLine}) is already claimed by ${first.file}${first.line ? `:${first.line}` : ''}; a section belongs to one page: remove one of the two selectors`));
          continue;
        }
        claims.set(section, part);
      }
    }
  }
  for (const plan of plans) {
    for (const title of plan.spec.replacedBySiteView ?? []) {
      if (!plan.spec.siteView) {
        errors.push(topicMapError(plan.spec, `"replacedBySiteView" needs a "siteView" that replaces the sections`));
        break;
      }
      const found = plan.parts.flatMap((part) => part.sections.flatMap((section) => [...walkSections(section)].filter((inner) => inner.title === title).map((inner) => ({ part, inner }))));
      if (found.length !== 1) {
        errors.push(topicMapError(plan.spec, `replacedBySiteView "${title}" must name exactly one section of the page's sources (found ${found.length})`));
        continue;
      }
      const { part, inner } = found[0]!;
      part.replaced.add(inner);
      const outline = byId.get(part.selector.note)!;
      for (let line = inner.startLine; line <= inner.endLine; line++) {
        // Each line's words without its Markdown (`### 🚀 Go语言基础（必考）`, `1. [Go的GMP调度模型](#…)`).
        const raw = outline.lines?.[line - 1] ?? (line === inner.startLine ? inner.title : '');
        const words = plainText(parseMarkdown(raw).children).trim();
        if (words !== '') drop({ note: outline.file, line, text: words, reason: 'handwritten-toc' });
      }
    }
  }
  const dissolved = new Set<Section>();
  for (const spec of dissolvedSpecs) {
    const outline = outlineOf(spec);
    const [section] = (outline && attempt(() => resolveSelector(outline, { note: spec.note, heading: spec.heading, ...(spec.under ? { under: spec.under } : {}) }))) ?? [];
    if (!outline || !section) continue;
    if (section.blocks.length > 0) {
      errors.push(topicMapError(spec, `dissolved heading "${section.title}" (notes/${outline.file}:${section.startLine}) has its own text; route it to a page instead of dissolving it`));
      continue;
    }
    dissolved.add(section);
    // The heading as a reader would have seen it (with its emoji), so the fidelity check knows what is gone.
    drop({ note: outline.file, line: section.startLine, text: plainText(section.heading!).trim(), reason: 'dissolved-category-heading' });
  }
  throwAll(errors);
  const unrouted = outlines.flatMap((outline) => unroutedSections(outline, claims, dissolved));
  if (unrouted.length > 0) throw unroutedError(unrouted);
  const pages: RoutedPage[] = [];
  for (const plan of plans) {
    const page = attempt(() => assemblePage(plan, claims, dissolved));
    if (page) pages.push(page);
  }
  throwAll(errors);
  return pages;
}

interface UnroutedSection {
  outline: NoteOutline;
  section: Section;
}

/** The outermost sections no page owns (their unclaimed children go with them). */
function unroutedSections(outline: NoteOutline, claims: Map<Section, PagePart>, dissolved: Set<Section>): UnroutedSection[] {
  const out: UnroutedSection[] = [];
  const visit = (section: Section): void => {
    if (claims.has(section)) return;
    if (!dissolved.has(section)) {
      if (section.heading !== null) {
        out.push({ outline, section });
        return;
      }
      if (section.blocks.length > 0) out.push({ outline, section });
    }
    for (const child of section.children) visit(child);
  };
  visit(outline.root);
  return out;
}

/** One error for every unrouted section, with the topic-map entries that would route them. */
function unroutedError(unrouted: UnroutedSection[]): ImportError {
  const [first] = unrouted;
  const lineOf = ({ section }: UnroutedSection) => (section.heading ? section.startLine : (section.blocks[0]?.position?.start.line ?? 1));
  const listed = unrouted.map((entry) => `  notes/${entry.outline.file}:${lineOf(entry)}  ${entry.section.heading ? `"${entry.section.title}"` : 'text before the first heading'}`);
  const headless = unrouted.filter((entry) => entry.section.heading === null);
  const routable = unrouted.filter((entry) => entry.section.heading !== null);
  const slugs = new Set<string>();
  const pages = routable.map(({ outline, section }) => {
    const base = slugify(section.title);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return [
      `  - slug: ${slug}`,
      `    title: ${yamlScalar(section.title)}`,
      `    # description: one sentence of at most 80 characters, ending in 。 (required)`,
      `    sources:`,
      `      - ${selectorFor(outline, section)}`,
    ].join('\n');
  });
  const message = [
    `${unrouted.length} section${unrouted.length === 1 ? ' is' : 's are'} not routed to any page:`,
    ...listed,
    ...(routable.length > 0
      ? [
          '',
          `Route them in the topic map: paste these pages under "pages:" in an existing ${TOPICS_DIR}/<topic-id>.yaml,`,
          `or start a new topic file ${TOPICS_DIR}/<new-topic-id>.yaml with "label:", "summary:" and "order:" lines above "pages:".`,
          'Each page needs a one-sentence description; to drop a category heading that has no text of its own, list it in',
          `${DISSOLVED_HEADINGS_FILE} instead.`,
          '',
          'pages:',
          ...pages,
        ]
      : []),
    ...(headless.length > 0 ? ['', 'Text before a note\'s first heading cannot be named by a selector: the note must start with a heading.'] : []),
  ].join('\n');
  return new ImportError(first!.outline.file, lineOf(first!), message);
}

/** The shortest selector that names exactly this section. */
function selectorFor(outline: NoteOutline, section: Section): string {
  const all = [...walkSections(outline.root)].filter((candidate) => candidate.heading !== null && candidate.title === section.title);
  const fields: string[] = [`note: "${outline.id}"`, `heading: ${yamlScalar(section.title)}`];
  if (all.length > 1) {
    const parent = section.parent?.title;
    const underParent = all.filter((candidate) => candidate.parent?.title === parent);
    if (parent && underParent.length === 1) fields.push(`under: ${yamlScalar(parent)}`);
    else fields.push(`nth: ${all.indexOf(section) + 1}`);
  }
  return `{ ${fields.join(', ')} }`;
}

/** A YAML flow scalar: plain when YAML reads it back as the same string, else double-quoted. */
function yamlScalar(value: string): string {
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9][^:#,[\]{}]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

function assemblePage(plan: PagePlan, claims: Map<Section, PagePart>, dissolved: Set<Section>): RoutedPage {
  const onlySection = plan.parts.length === 1 && plan.parts[0]!.sections.length === 1 ? plan.parts[0]!.sections[0]! : null;
  const titleFromSource = onlySection !== null && !plan.parts[0]!.selector.keepHeading;
  const title = plan.spec.title ?? onlySection?.title;
  if (!title) throw topicMapError(plan.spec, `page "${plan.path}" has several sources and needs a "title"`);
  const blocks: RootContent[] = [];
  for (const part of plan.parts) {
    const partBlocks: RootContent[] = [];
    for (const section of part.sections) {
      emitSection(section, part, { omitHeading: titleFromSource }, partBlocks, claims, dissolved);
    }
    // Each source starts at h2, whatever level it had in its note: a question from one note
    // must not end up nested under a section of another.
    normalizeHeadingLevels(partBlocks);
    blocks.push(...partBlocks);
  }
  return {
    plan,
    title,
    originalHeading: titleFromSource && onlySection?.heading && onlySection.title !== title ? plainText(onlySection.heading).trim() : null,
    titleHeading: titleFromSource && onlySection ? onlySection.heading : null,
    blocks,
    sources: plan.parts.map((part) => ({
      note: part.file,
      lines: [part.sections[0]!.startLine, part.sections[part.sections.length - 1]!.endLine],
      heading: part.sections.map((section) => section.title).join(' … '),
    })),
  };
}

function emitSection(
  section: Section,
  part: PagePart,
  options: { omitHeading: boolean },
  out: RootContent[],
  claims: Map<Section, PagePart>,
  dissolved: Set<Section>,
): void {
  if (dissolved.has(section) || part.replaced.has(section)) return;
  const claimedBy = claims.get(section);
  if (claimedBy && claimedBy !== part) return;
  const heading = section.heading && !options.omitHeading ? retitled(section.heading, part, section) : null;
  if (heading && section.blocks.length === 0 && section.children.length === 0) {
    // A heading the author left without text is not an answer: a notice takes its place.
    out.push(emptySectionNotice(heading));
    return;
  }
  if (heading) {
    headingNotes.set(heading, part.file);
    out.push(heading);
  }
  out.push(...section.blocks);
  for (const child of section.children) emitSection(child, part, { omitHeading: false }, out, claims, dissolved);
}

function retitled(heading: Heading, part: PagePart, section: Section): Heading {
  const isRoot = part.sections[0] === section;
  const retitle = isRoot ? part.selector.retitle : undefined;
  if (!retitle) return heading;
  if (!retitle.includes(section.title)) {
    throw topicMapError(part.selector, `retitle "${retitle}" must keep the original heading text "${section.title}" (notes/${part.file}:${section.startLine})`);
  }
  return { ...heading, children: [text(retitle)] };
}

function emptySectionNotice(heading: Heading): RootContent {
  const notice = emptySectionBlock(plainText(heading).trim());
  if (heading.position) notice.position = heading.position;
  return notice;
}

/** The note file each emitted heading comes from, for messages that point at its line. */
const headingNotes = new WeakMap<Heading, string>();

/** `notes/<file>:<line>` of a heading a page was assembled from, when known. */
export function headingSource(heading: Heading): { file: string; line: number | undefined } | undefined {
  const file = headingNotes.get(heading);
  return file === undefined ? undefined : { file, line: heading.position?.start.line };
}
