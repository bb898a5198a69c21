// The crisis screen's numbers as displayed: during a resolution they start from the world before the turn and move
// step by step; each drawn number registers a setter so a step can move it (tweened, or at once).
import type Phaser from 'phaser';
import { tweenNumber } from '../../src/ui/widgets.ts';
import type { Destination } from '../../src/sim/ids.ts';
import type { Change, Director, World } from '../../src/sim/types.ts';
import type { Step } from '../../src/flow/facts.ts';

export interface View {
  staff: number;
  signatures: number;
  departures: Record<Destination, number>;
  continuity: number;
  boardCredibility: number;
  investorPressure: number;
  microsoftConfidence: number;
  missionSafeguards: number;
  valuation: number;
  msftPrice: number;
  directors: Director[];
  ceo: string;
  altmanAt: string;
  tender: string;
}

export function viewOf(w: World): View {
  return {
    staff: w.staff, signatures: w.signatures, departures: { ...w.departures }, continuity: w.continuity,
    boardCredibility: w.boardCredibility, investorPressure: w.investorPressure, microsoftConfidence: w.microsoftConfidence,
    missionSafeguards: w.missionSafeguards, valuation: w.valuation, msftPrice: w.msftPrice,
    directors: w.directors.map((d) => ({ ...d })), ceo: w.ceo, altmanAt: w.altmanAt, tender: w.tender,
  };
}

/** Where a change lands among the drawn numbers: `staff`, `departures:microsoft`, `resolve:toner`... */
export const dashKey = (ch: Change): string => (ch.metric === 'departures' || ch.metric === 'resolve' ? `${ch.metric}:${ch.detail ?? ''}` : ch.metric);

/** The view after the first `n` steps of a resolution (the table's seats move when the player continues). */
export function viewAt(before: World, steps: Step[], n: number): View {
  const v = viewOf(before);
  for (const step of steps.slice(0, n)) {
    for (const ch of step.changes) {
      if (ch.metric === 'departures' && ch.detail) v.departures[ch.detail as Destination] = Number(ch.to);
      else if (ch.metric === 'resolve') {
        const d = v.directors.find((x) => x.id === ch.detail);
        if (d) d.resolve = Number(ch.to);
      } else if (ch.metric in v) (v as unknown as Record<string, unknown>)[ch.metric] = ch.to;
    }
  }
  return v;
}

/** The setters of the numbers drawn now, by dashKey. */
export interface Dash {
  numbers: Map<string, (v: number) => void>;
  words: Map<string, (v: string) => void>;
}

export const newDash = (): Dash => ({ numbers: new Map(), words: new Map() });

/** Move the drawn numbers by a step's changes: numbers tween (or jump with reduced motion), words switch. */
export function applyChanges(scene: Phaser.Scene, dash: Dash, changes: Change[]): void {
  for (const ch of changes) {
    if (typeof ch.to === 'string') {
      dash.words.get(ch.metric)?.(ch.to);
      continue;
    }
    if (typeof ch.from !== 'number') continue;
    const set = dash.numbers.get(dashKey(ch));
    if (set) tweenNumber(scene, ch.from, ch.to, set, 700);
  }
}

export const fmtNum = (metric: string, v: number | string): string => {
  if (typeof v === 'string') return v;
  if (metric === 'msftPrice') return `$${v.toFixed(2)}`;
  if (metric === 'valuation') return `$${Math.round(v)}B`;
  return String(Math.round(v));
};

/** One line per number and step: repeated changes of the same number are merged, and no-op changes dropped. */
export function mergeChanges(changes: Change[]): Change[] {
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
