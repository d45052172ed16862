// Trigger pairs: a preposition or conjunction earlier in a clause announces what comes later ("在…中", "从…中",
// "如果…就"). Counted in the clean notes; a damaged character's candidates are scored by the intact triggers before it.

export interface TriggerStatistics {
  /** Keyed by trigger + character: Han positions of the character with that trigger earlier in their clause. */
  pairs: Map<string, number>;
  /** Per trigger: Han positions with it earlier in their clause. */
  triggerTotals: Map<string, number>;
  /** Han positions counted (the character counts themselves are the notes' unigram). */
  total: number;
}

const HAN = /^\p{Script=Han}$/u;
const CLAUSE_END = new Set([...'\n，。；：！？,;:!?|']);
/** Farthest trigger looked at, in characters: a frame rarely spans more. */
const TRIGGER_REACH = 16;
/** Parts of speech that open frames: prepositions and conjunctions. */
const TRIGGER_TAGS: ReadonlySet<string> = new Set(['p', 'c']);

export function isTriggerTag(tag: string | undefined): boolean {
  return tag !== undefined && TRIGGER_TAGS.has(tag);
}

/** Distinct Han characters before `position` in its clause, nearest first; `charAt` gives '' for unknown ones. */
export function clauseTriggers(position: number, charAt: (at: number) => string | undefined): string[] {
  const seen: string[] = [];
  for (let at = position - 1; at >= 0 && at >= position - TRIGGER_REACH; at--) {
    const char = charAt(at) ?? '';
    if (CLAUSE_END.has(char)) break;
    if (HAN.test(char) && !seen.includes(char)) seen.push(char);
  }
  return seen;
}

export function buildTriggerStatistics(texts: readonly string[], isTrigger: (char: string) => boolean): TriggerStatistics {
  const pairs = new Map<string, number>();
  const triggerTotals = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    const chars = [...text.replace(/\r\n?/g, '\n')];
    chars.forEach((char, position) => {
      if (!HAN.test(char)) return;
      total++;
      for (const trigger of clauseTriggers(position, (at) => chars[at])) {
        if (!isTrigger(trigger)) continue;
        triggerTotals.set(trigger, (triggerTotals.get(trigger) ?? 0) + 1);
        pairs.set(trigger + char, (pairs.get(trigger + char) ?? 0) + 1);
      }
    });
  }
  return { pairs, triggerTotals, total };
}
