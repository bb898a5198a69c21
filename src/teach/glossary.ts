// The glossary: every governance concept of GAME.md's "Teaching" section, one paragraph each, with the line of
// FACTS.md (and its source) where the crisis shows it. It follows the rulebook in force: a concept whose 2023 words a
// what-if switch contradicts drops them for the switch's own ("under notice-required, removing the CEO takes a
// supermajority after notice"), and a switch that only adds to a concept adds a sentence.
import { S } from '../sim/history/news.ts';
import { CONCEPTS, RULE_SWITCHES, type ConceptId, type RuleSwitch } from '../sim/ids.ts';
import { initialWorld } from '../sim/world.ts';
import { gameText, type Lang } from '../text/index.ts';

/** Concepts beyond the simulation's own list: none now (CONCEPTS holds every concept of GAME.md). */
export const NEW_CONCEPTS = [] as const;
export type TeachingConceptId = ConceptId;

/** Every concept, in GAME.md's order: the simulation's own list. */
export const TEACHING_CONCEPTS: readonly TeachingConceptId[] = CONCEPTS;

interface ConceptDef {
  /** The FACTS.md line, as `teach.fact.<id>` in the tables, and its source. */
  source: string;
  /** Whether the concept has words true only of the 2023 rulebook (`teach.glossary.<id>.2023`). */
  has2023: boolean;
  /** Switches that change the concept: `replaces` drops the 2023 words for the switch's, `adds` appends a sentence. */
  switches: Partial<Record<RuleSwitch, 'replaces' | 'adds'>>;
}

const DEFS: Record<TeachingConceptId, ConceptDef> = {
  'nonprofit-control': { source: S.wrap, has2023: true, switches: { 'microsoft-board-seat': 'replaces', 'directors-with-equity': 'adds' } },
  'duty-to-mission': { source: S.pressreader, has2023: false, switches: { 'directors-with-equity': 'adds' } },
  'fiduciary-duty': { source: S.suit, has2023: true, switches: { 'directors-with-equity': 'replaces' } },
  'self-perpetuating-board': { source: S.rational, has2023: false, switches: { 'microsoft-board-seat': 'adds' } },
  'acting-without-notice': { source: S.axiosTimeline, has2023: true, switches: { 'notice-required': 'replaces' } },
  'quorum-and-majority': {
    source: S.regret,
    has2023: true,
    switches: { 'full-board': 'replaces', 'microsoft-board-seat': 'replaces', 'notice-required': 'replaces' },
  },
  supermajority: { source: 'thewrap.com/openai-ex-ceo-and-president-statement-after-exit-chatgpt', has2023: true, switches: { 'notice-required': 'replaces' } },
  'key-person-risk': { source: S.verge, has2023: false, switches: {} },
  'employee-leverage': { source: S.letter, has2023: false, switches: { 'no-tender': 'adds', 'no-microsoft-offer': 'adds' } },
  'investor-rights-without-seat': { source: S.nadellaMon, has2023: true, switches: { 'microsoft-board-seat': 'replaces' } },
  'candour-and-communication': { source: S.itwc, has2023: true, switches: { 'board-explains': 'replaces' } },
  'interim-leadership': { source: S.northernpen, has2023: false, switches: {} },
  'board-composition': { source: 'campaignasia.com (reactions)', has2023: true, switches: { 'full-board': 'replaces', 'microsoft-board-seat': 'adds' } },
  'acqui-hire': { source: S.kevinScott, has2023: true, switches: { 'no-microsoft-offer': 'replaces', 'no-salesforce': 'adds' } },
};

export interface GlossaryEntry {
  id: TeachingConceptId;
  title: string;
  /** One paragraph, as true under the rulebook in force. */
  text: string;
  /** Where the crisis shows it: the FACTS.md line, in the reader's language, and its source. */
  fact: { text: string; source: string };
  /** The rulebook switches that changed this entry's words. */
  rules: RuleSwitch[];
}

/** The board's arithmetic under a rulebook: who sits on Friday morning and how many votes each step takes. */
export function boardArithmetic(rules: readonly RuleSwitch[]): { seated: number; removal: number; after: number; afterNeeded: number } {
  // The seats do not depend on the draws (only the directors' tempers do): any generator will do.
  const world = initialWorld(rules, { rng: 1 });
  const seated = world.directors.filter((d) => d.seated).length;
  const removal = rules.includes('notice-required') ? Math.ceil((seated * 2) / 3) : Math.floor(seated / 2) + 1;
  // Altman and Brockman leave the board with the removal.
  const after = seated - 2;
  return { seated, removal, after, afterNeeded: Math.floor(after / 2) + 1 };
}

function entry(id: TeachingConceptId, rules: readonly RuleSwitch[], lang: Lang): GlossaryEntry {
  const def = DEFS[id];
  const vars = boardArithmetic(rules);
  const active = RULE_SWITCHES.filter((s) => rules.includes(s) && def.switches[s]);
  const replaced = active.some((s) => def.switches[s] === 'replaces');
  const parts = [gameText(`teach.glossary.${id}`, lang, vars)];
  if (def.has2023 && !replaced) parts.push(gameText(`teach.glossary.${id}.2023`, lang, vars));
  for (const s of active) parts.push(gameText(`teach.glossary.${id}.${s}`, lang, vars));
  return {
    id,
    title: gameText(`concept.${id}.title`, lang),
    text: parts.join(' '),
    fact: { text: gameText(`teach.fact.${id}`, lang), source: def.source },
    rules: active,
  };
}

/** The glossary under a rulebook, in a language: every concept, in GAME.md's order. */
export function glossary(rules: readonly RuleSwitch[], lang: Lang = 'en'): GlossaryEntry[] {
  return TEACHING_CONCEPTS.map((id) => entry(id, rules, lang));
}

/** One concept's entry (for a chip on a move card). */
export function glossaryEntry(id: TeachingConceptId, rules: readonly RuleSwitch[], lang: Lang = 'en'): GlossaryEntry {
  return entry(id, rules, lang);
}

/** Whether an id is a concept the glossary explains. */
export const isTeachingConcept = (id: string): id is TeachingConceptId => (TEACHING_CONCEPTS as readonly string[]).includes(id);

// Every concept the simulation names is in the glossary.
for (const c of CONCEPTS) if (!isTeachingConcept(c)) throw new Error(`the glossary lacks the concept "${c}"`);
