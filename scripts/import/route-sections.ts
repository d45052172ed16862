import type { Heading, RootContent } from 'mdast';
import { ImportError } from './errors.ts';
import { plainText, text } from './mdast-helpers.ts';
import { emptySectionBlock } from './site-blocks.ts';
import { walkSections } from './sections.ts';
import { normalizeHeadingLevels } from './steps/normalize-heading-levels.ts';
import type { DissolvedHeading, PageSpec, SourceSelector, TopicSpec } from './topic-map.ts';
import type { DroppedLine, Section } from './types.ts';

export interface NoteOutline {
  id: string;
  file: string;
  root: Section;
}

/** One selector of a page and the note sections it resolved to. */
export interface PagePart {
  selector: SourceSelector;
  file: string;
  sections: Section[];
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

/** Resolves a selector to the sections it names; it must name exactly what it means. */
export function resolveSelector(outline: NoteOutline, selector: SourceSelector): Section[] {
  const matches = [...walkSections(outline.root)].filter(
    (section) =>
      section.heading !== null &&
      section.title === selector.heading &&
      (selector.under === undefined || section.parent?.title === selector.under),
  );
  const where = `topic map selector ${JSON.stringify(selector)}`;
  if (matches.length === 0) throw new ImportError(outline.file, undefined, `${where} matches no section`);
  if (selector.nth === undefined && matches.length > 1) {
    throw new ImportError(outline.file, matches[1]!.startLine, `${where} matches ${matches.length} sections (lines ${matches.map((m) => m.startLine).join(', ')}); add "under" or "nth"`);
  }
  const first = matches[(selector.nth ?? 1) - 1];
  if (!first) throw new ImportError(outline.file, undefined, `${where}: there is no occurrence ${selector.nth}`);
  if (selector.through === undefined) return [first];
  const siblings = first.parent?.children ?? [];
  const start = siblings.indexOf(first);
  const end = siblings.findIndex((sibling, index) => index > start && sibling.title === selector.through);
  if (end < 0) throw new ImportError(outline.file, first.startLine, `${where}: no following sibling titled "${selector.through}"`);
  return siblings.slice(start, end + 1);
}

/** Applies the topic map: every section goes to exactly one page, or the import fails naming it. */
export function routeSections(
  outlines: NoteOutline[],
  plans: PagePlan[],
  dissolvedSpecs: DissolvedHeading[],
  drop: (dropped: DroppedLine) => void,
): RoutedPage[] {
  const byId = new Map(outlines.map((outline) => [outline.id, outline]));
  const outlineOf = (note: string): NoteOutline => {
    const outline = byId.get(note);
    if (!outline) throw new ImportError('scripts/import/topic-map.ts', undefined, `no note with id ${note} in notes/`);
    return outline;
  };
  const claims = new Map<Section, PagePart>();
  for (const plan of plans) {
    for (const selector of plan.spec.sources) {
      const outline = outlineOf(selector.note);
      const part: PagePart = { selector, file: outline.file, sections: resolveSelector(outline, selector) };
      plan.parts.push(part);
      for (const section of part.sections) {
        const previous = claims.get(section);
        if (previous) throw new ImportError(outline.file, section.startLine, `"${section.title}" is claimed twice in the topic map`);
        claims.set(section, part);
      }
    }
  }
  const dissolved = new Set<Section>();
  for (const spec of dissolvedSpecs) {
    const outline = outlineOf(spec.note);
    const [section] = resolveSelector(outline, { note: spec.note, heading: spec.heading, ...(spec.under ? { under: spec.under } : {}) });
    if (section!.blocks.length > 0) throw new ImportError(outline.file, section!.startLine, `dissolved heading "${section!.title}" has its own text; give it a page instead`);
    dissolved.add(section!);
    drop({ note: outline.file, line: section!.startLine, text: section!.title, reason: 'dissolved-category-heading' });
  }
  for (const outline of outlines) assertEverythingRouted(outline, claims, dissolved);
  return plans.map((plan) => assemblePage(plan, claims, dissolved));
}

function assertEverythingRouted(outline: NoteOutline, claims: Map<Section, PagePart>, dissolved: Set<Section>): void {
  const owned = (section: Section): boolean => {
    if (claims.has(section)) return true;
    if (dissolved.has(section) || !section.parent) return false;
    return owned(section.parent);
  };
  for (const section of walkSections(outline.root)) {
    if (dissolved.has(section)) continue;
    const hasContent = section.heading !== null || section.blocks.length > 0;
    if (!hasContent || owned(section)) continue;
    const line = section.heading ? section.startLine : (section.blocks[0]?.position?.start.line ?? 1);
    throw new ImportError(outline.file, line, `"${section.title || section.blocks.length + ' blocks before the first heading'}" is not routed to any page; add a selector in scripts/import/topic-map.ts`);
  }
}

function assemblePage(plan: PagePlan, claims: Map<Section, PagePart>, dissolved: Set<Section>): RoutedPage {
  const onlySection = plan.parts.length === 1 && plan.parts[0]!.sections.length === 1 ? plan.parts[0]!.sections[0]! : null;
  const titleFromSource = onlySection !== null && !plan.parts[0]!.selector.keepHeading;
  const title = plan.spec.title ?? onlySection?.title;
  if (!title) throw new ImportError('scripts/import/topic-map.ts', undefined, `page ${plan.path} has several sources and needs a title`);
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
  if (dissolved.has(section)) return;
  const claimedBy = claims.get(section);
  if (claimedBy && claimedBy !== part) return;
  if (section.heading && !options.omitHeading) out.push(retitled(section.heading, part, section));
  out.push(...section.blocks);
  if (section.heading && section.blocks.length === 0 && section.children.length === 0) {
    out.push(emptySectionBlock());
  }
  for (const child of section.children) emitSection(child, part, { omitHeading: false }, out, claims, dissolved);
}

function retitled(heading: Heading, part: PagePart, section: Section): Heading {
  const isRoot = part.sections[0] === section;
  const retitle = isRoot ? part.selector.retitle : undefined;
  if (!retitle) return heading;
  if (!retitle.includes(section.title)) {
    throw new ImportError(part.file, section.startLine, `retitle "${retitle}" must keep the original heading text "${section.title}"`);
  }
  return { ...heading, children: [text(retitle)] };
}

