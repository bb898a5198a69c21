// Why each number changed in a turn: the turn's recorded changes grouped per number (each director's resolve and
// each destination's departures apart), each with its causes in words: the move (by its title), the rule of the world
// (its `rule.*` words), the random draw and its size when there was one, and the hidden fact that drove it when one
// did ("the board's evidence is weak": how convincing its reasons are is drawn at the start and hidden until published).
import { MOVES } from '../sim/moves/index.ts';
import { exitStrength } from '../sim/rules/director-resolve.ts';
import type { PartyId } from '../sim/ids.ts';
import type { Change, GameState, TurnRecord } from '../sim/types.ts';
import { STAFF_AT_START } from '../sim/world.ts';
import { gameText, moveTitle, partyName, type Lang } from '../text/index.ts';
import { after, before } from './replay.ts';

export interface Cause {
  kind: 'move' | 'rule' | 'draw' | 'hidden';
  /** The move id or `rule.*` id; for a draw, the move or rule that drew; for a hidden fact, `world.<fact>`. */
  id: string;
  text: string;
  /** How much of the change this cause made, for numbers (a move's part, a rule's part). */
  amount?: number;
  /** The random draw, 0 to 1, for a draw. */
  draw?: number;
}

export interface Why {
  /** The number that changed: a metric id, `resolve`, `seat`, `departures`, `staff`, `ceo`, `altmanAt`, `tender`, `msftPrice`. */
  metric: Change['metric'];
  /** The director (resolve, seat) or the destination (departures). */
  detail?: string;
  /** The number's name in words: "Toner’s resolve", "Departures to Microsoft". */
  label: string;
  from: number | string;
  to: number | string;
  /** The net change for a number (rounded to a tenth); "from → to" in words for a state (the CEO, the tender). */
  change: number | string;
  causes: Cause[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const isNumber = (c: Change) => typeof c.from === 'number' && typeof c.to === 'number';

function labelOf(c: Change, lang: Lang): string {
  if (c.metric === 'resolve') return gameText('teach.why.resolve-of', lang, { director: gameText(`director.${c.detail}`, lang) });
  if (c.metric === 'seat') return gameText('teach.why.seat-of', lang, { director: gameText(`director.${c.detail}`, lang) });
  if (c.metric === 'departures') return gameText('teach.why.departures-to', lang, { dest: gameText(`dest.${c.detail}`, lang) });
  return gameText(`metric.${c.metric}`, lang);
}

/** A state's value in words: "Emmett Shear", "at Microsoft", "paused", "seated". */
function valueText(metric: Change['metric'], value: number | string, lang: Lang): string {
  if (metric === 'ceo') return gameText(`ceo.${value}`, lang);
  if (metric === 'altmanAt') return gameText(`altmanAt.${value}`, lang);
  if (metric === 'tender') return gameText(`tender.${value}`, lang);
  if (metric === 'seat') return gameText(`teach.why.seat.${value}`, lang);
  return String(value);
}

/** The rules that move the letter's names themselves: any other rule named on a change of signatures is history's number. */
const SIGNATURE_RULES = new Set(['rule.sutskever-regret', 'rule.attrition']);
/**
 * On history's line the engine sets history's count of names after the world's rules, under whichever rule acted last
 * (src/sim/engine.ts): that change is history's number (FACTS.md), not that rule's doing.
 */
export const HISTORY_NUMBERS = 'rule.history-numbers';
const causeIdOf = (c: Change, record: TurnRecord, state: GameState): string =>
  c.metric === 'signatures' && c.cause.startsWith('rule.') && !SIGNATURE_RULES.has(c.cause) && after(state, record.turn).onHistory ? HISTORY_NUMBERS : c.cause;

function causeOf(id: string, lang: Lang): Cause {
  const def = MOVES.get(id);
  if (def) return { kind: 'move', id, text: gameText('teach.why.move', lang, { party: partyName(def.party, lang), move: moveTitle(id, lang) }) };
  return { kind: 'rule', id, text: gameText(id, lang) };
}

/** The hidden fact behind a change, when one drove it; null when the cause worked from what everyone could see. */
function hiddenBehind(cause: string, c: Change, record: TurnRecord, state: GameState, lang: Lang, seat?: PartyId): Cause | null {
  const w = state.world;
  if (cause === 'board.explain-reasons' || cause === 'management.demand-evidence') {
    // Drawn once at the start and never changed: the run's final world holds it.
    const strength = w.reasonsStrength;
    const grade = strength >= 70 ? 'strong' : strength >= 40 ? 'mixed' : 'weak';
    const whose = seat === 'board' ? 'yours' : 'theirs';
    return { kind: 'hidden', id: 'world.reasonsStrength', text: gameText(`teach.why.hidden.evidence.${grade}.${whose}`, lang, { strength }) };
  }
  if (cause === 'rule.rival-answers') {
    const signed = record.metrics.signatures;
    return {
      kind: 'hidden',
      id: 'world.signatures',
      text: gameText('teach.why.hidden.rival', lang, { signatures: signed, staff: STAFF_AT_START, share: Math.round((signed / STAFF_AT_START) * 100), continuity: Math.round(record.metrics.continuity) }),
    };
  }
  if (cause === 'altman.accept-deal' && c.metric === 'ceo') {
    const talks = before(state, record.turn).world.talks;
    const agreed = before(state, record.turn).world.boardAgreedToResign;
    return {
      kind: 'hidden',
      id: 'world.talks',
      text: gameText(agreed ? 'teach.why.hidden.deal-resign' : 'teach.why.hidden.deal', lang, { progress: Math.floor(talks.progress), leave: talks.onTable?.directorsLeave ?? 0 }),
    };
  }
  if (cause === 'rule.sutskever-regret' && c.metric === 'resolve' && typeof c.from === 'number') {
    return { kind: 'hidden', id: 'world.resolve', text: gameText(after(state, record.turn).onHistory ? 'teach.why.hidden.regret-history' : 'teach.why.hidden.regret', lang, { resolve: c.from }) };
  }
  if (cause === 'rule.resolve-drift' && c.metric === 'resolve') {
    // The drift weighs the staff's threat as it stood after the turn's moves: the names and the best place to go.
    const exit = exitStrength(before(state, record.turn + 1).world);
    return {
      kind: 'hidden',
      id: 'world.staffThreat',
      text: gameText('teach.why.hidden.threat', lang, { signatures: record.metrics.signatures, staff: STAFF_AT_START, exit: exit.toFixed(2) }),
    };
  }
  return null;
}

/**
 * Why each number changed in one turn of a run, in the order the numbers first moved. `state` is the run (finished or
 * in progress) the record belongs to; `seat` words the board's hidden evidence as "your evidence" for the board's player.
 */
export function whyOf(record: TurnRecord, state: GameState, lang: Lang = 'en', seat?: PartyId): Why[] {
  const groups = new Map<string, Change[]>();
  for (const c of record.changes) {
    const key = c.metric === 'resolve' || c.metric === 'seat' || c.metric === 'departures' ? `${c.metric}:${c.detail}` : c.metric;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Why[] = [];
  for (const changes of groups.values()) {
    const first = changes[0];
    const last = changes[changes.length - 1];
    const numeric = changes.every(isNumber);
    const causes: Cause[] = [];
    const seen = new Map<string, Cause>();
    for (const c of changes) {
      const id = causeIdOf(c, record, state);
      let cause = seen.get(id);
      if (!cause) {
        cause = causeOf(id, lang);
        seen.set(id, cause);
        causes.push(cause);
      }
      if (numeric) cause.amount = round2((cause.amount ?? 0) + (c.to as number) - (c.from as number));
      if (c.draw !== undefined) {
        causes.push({ kind: 'draw', id: c.cause, draw: c.draw, text: gameText('teach.why.draw', lang, { draw: c.draw.toFixed(1), by: causeOf(c.cause, lang).text }) });
      }
      const hidden = hiddenBehind(c.cause, c, record, state, lang, seat);
      if (hidden && !causes.some((x) => x.kind === 'hidden' && x.id === hidden.id)) causes.push(hidden);
    }
    out.push({
      metric: first.metric,
      ...(first.detail !== undefined ? { detail: first.detail } : {}),
      label: labelOf(first, lang),
      from: first.from,
      to: last.to,
      change: numeric
        ? round2((last.to as number) - (first.from as number))
        : gameText('teach.why.from-to', lang, { from: valueText(first.metric, first.from, lang), to: valueText(first.metric, last.to, lang) }),
      causes,
    });
  }
  return out;
}

/** One line per number: "Toner’s resolve −4.2 (72 → 67.8): directors weigh ...; random draw 0.7 ...". */
export function whyLine(why: Why, lang: Lang = 'en'): string {
  const change = typeof why.change === 'number' ? `${why.change > 0 ? '+' : ''}${why.change} (${why.from} → ${why.to})` : why.change;
  return gameText('teach.why.line', lang, { label: why.label, change, causes: why.causes.map((c) => c.text).join('; ') });
}
