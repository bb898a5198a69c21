// The numbers as shown: during a resolution they start from the world before the turn and move step by step; the
// changes shown beside them are the ones made so far this turn (or, while choosing, by the last turn), with causes.
import type { Destination } from '../sim/ids.ts';
import type { Change, GameState, World } from '../sim/types.ts';
import { stepsOf, type Step } from '../flow/facts.ts';
import type { FlowContext } from '../flow/types.ts';

/** The world's numbers as a screen shows them (a copy it may step through a resolution). */
export type NumView = Pick<
  World,
  | 'staff' | 'signatures' | 'departures' | 'continuity' | 'boardCredibility' | 'investorPressure' | 'microsoftConfidence'
  | 'missionSafeguards' | 'valuation' | 'msftPrice' | 'directors' | 'ceo' | 'altmanAt' | 'tender'
>;

export function viewOf(w: World): NumView {
  return {
    staff: w.staff, signatures: w.signatures, departures: { ...w.departures }, continuity: w.continuity,
    boardCredibility: w.boardCredibility, investorPressure: w.investorPressure, microsoftConfidence: w.microsoftConfidence,
    missionSafeguards: w.missionSafeguards, valuation: w.valuation, msftPrice: w.msftPrice,
    directors: w.directors.map((d) => ({ ...d })), ceo: w.ceo, altmanAt: w.altmanAt, tender: w.tender,
  };
}

/** The view after the first `n` steps of a resolution (`after`: the world at its end, for directors who join in it). */
export function viewAt(before: World, steps: Step[], n: number, after?: World): NumView {
  const v = viewOf(before);
  for (const step of steps.slice(0, n)) {
    for (const ch of step.changes) {
      if (ch.metric === 'departures' && ch.detail) v.departures[ch.detail as Destination] = Number(ch.to);
      else if (ch.metric === 'resolve' || ch.metric === 'seat') {
        let d = v.directors.find((x) => x.id === ch.detail);
        const joining = after?.directors.find((x) => x.id === ch.detail);
        if (!d && joining) v.directors.push((d = { ...joining }));
        if (d && ch.metric === 'resolve') d.resolve = Number(ch.to);
        if (d && ch.metric === 'seat') d.seated = ch.to === 'seated';
      } else if (ch.metric in v) (v as unknown as Record<string, unknown>)[ch.metric] = ch.to;
    }
  }
  return v;
}

/**
 * What the screen shows now: the numbers, and the changes (with their causes) that brought them there; `was`, the
 * numbers before the steps shown since the snapshot `prev` (the gauges move from there), when steps were just shown.
 */
export function currentView(ctx: FlowContext, prev?: FlowContext | null): { view: NumView; changes: Change[]; turn: number | null; was?: NumView } {
  const game = ctx.game as GameState;
  const res = ctx.resolution;
  if (res) {
    const steps = stepsOf(res.record);
    const before = prev?.resolution?.record === res.record ? prev.resolution.shown : prev && !prev.resolution ? 0 : res.shown;
    const was = before < res.shown ? viewAt(res.before, steps, before, game.world) : undefined;
    return { view: viewAt(res.before, steps, res.shown, game.world), changes: steps.slice(0, res.shown).flatMap((s) => s.changes), turn: res.record.turn, was };
  }
  const last = game.log[game.log.length - 1];
  return { view: viewOf(game.world), changes: last ? last.changes : [], turn: last ? last.turn : null };
}

/** Where a change lands: `staff`, `departures:microsoft`, `resolve:toner`... */
export const changeKey = (ch: Change): string => (ch.metric === 'departures' || ch.metric === 'resolve' || ch.metric === 'seat' ? `${ch.metric}:${ch.detail ?? ''}` : ch.metric);

export const fmtNum = (metric: string, v: number | string): string => {
  if (typeof v === 'string') return v;
  if (metric === 'msftPrice') return `$${v.toFixed(2)}`;
  if (metric === 'valuation') return `$${Math.round(v)}B`;
  return String(Math.round(v));
};

/** One entry per number and cause: repeated changes merged, no-op changes dropped. */
export function mergeChanges(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  const byKey = new Map<string, Change>();
  for (const ch of changes) {
    const key = `${ch.cause}|${ch.metric}|${ch.detail ?? ''}`;
    const prev = byKey.get(key);
    if (prev) prev.to = ch.to;
    else {
      const copy = { ...ch };
      byKey.set(key, copy);
      out.push(copy);
    }
  }
  return out.filter((ch) => fmtNum(ch.metric, ch.from) !== fmtNum(ch.metric, ch.to));
}
