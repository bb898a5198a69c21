// Changes and steps in words: "Continuity: 66 → 41 ▼", "Microsoft (you): Offer all staff jobs", each with its cause.
import { c, causeText, metricName, moveTitle, partyName, playedLabel, u } from '../ui/i18n.ts';
import type { Change } from '../sim/types.ts';
import type { Step } from '../flow/facts.ts';
import type { UiKey } from '../text/index.ts';
import { fmtNum, mergeChanges } from './view.ts';

export const directorName = (id: string): string => c(`director.${id}`, undefined, id);

/** A step's title, short or with the move's parameters. */
export function stepLabel(step: Step, humans: readonly string[], full: boolean): string {
  if (!step.party || !step.move) return u('ui.crisis.worldReacts');
  const who = partyName(step.party) + (humans.includes(step.party) ? ` (${u('ui.crisis.you')})` : '');
  return u('ui.crisis.by', { party: who, move: full ? playedLabel({ party: step.party, move: step.move, params: step.params }) : moveTitle(step.move) });
}

function valueText(ch: Change, v: number | string): string {
  if (ch.metric === 'ceo' || ch.metric === 'altmanAt' || ch.metric === 'tender') return u(`ui.crisis.${ch.metric}.${v}` as UiKey);
  if (ch.metric === 'seat') return u(v === 'seated' ? 'ui.crisis.seated' : 'ui.crisis.gone');
  return fmtNum(ch.metric, v);
}

export function changeName(ch: Change): string {
  if (ch.metric === 'departures' && ch.detail) return `${u('ui.crisis.departures')} (${u(`ui.crisis.dest.${ch.detail}` as UiKey)})`;
  if (ch.metric === 'resolve' && ch.detail) return `${directorName(ch.detail)} (${u('ui.metric.resolve').toLowerCase()})`;
  if (ch.metric === 'seat' && ch.detail) return `${directorName(ch.detail)} (${metricName('seat').toLowerCase()})`;
  if (ch.metric === 'valuation') return u('ui.crisis.valuationLabel');
  return metricName(ch.metric);
}

/** "Continuity: 66 → 41 ▼" */
export function changeText(ch: Change): string {
  const arrow = typeof ch.from === 'number' && typeof ch.to === 'number' ? (ch.to > ch.from ? ' ▲' : ' ▼') : '';
  return `${u('ui.change', { metric: changeName(ch), from: valueText(ch, ch.from), to: valueText(ch, ch.to) })}${arrow}`;
}

/** "▲ +12" / "▼ −25" / "→ at Microsoft" */
export function deltaText(ch: Change): string {
  if (typeof ch.from === 'number' && typeof ch.to === 'number') {
    const d = ch.to - ch.from;
    const n = ch.metric === 'msftPrice' ? Math.abs(d).toFixed(2) : String(Math.round(Math.abs(d)));
    return d > 0 ? `▲ +${n}` : `▼ −${n}`;
  }
  return `→ ${valueText(ch, ch.to)}`;
}

/** The cause of a change, capitalised: "Microsoft: Offer all staff jobs", "Directors weigh the staff's threat". */
export function causeLine(ch: Change): string {
  const why = causeText(ch.cause);
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}`;
}

/** A step's changes in words, one line per number (with the change it says), grouped by cause. */
export function stepLines(step: Step): { cause: string; lines: string[]; changes: Change[] }[] {
  const groups = new Map<string, Change[]>();
  for (const ch of mergeChanges(step.changes)) {
    const list = groups.get(ch.cause) ?? [];
    list.push(ch);
    groups.set(ch.cause, list);
  }
  return [...groups.values()].map((list) => ({ cause: causeLine(list[0]), lines: list.map(changeText), changes: list }));
}
