// One place for every string the interface shows: UI chrome from src/ui-text, game texts from src/content.
import { formatMessage, formatParams, t } from '../content/index.ts';
import { ui, type Lang, type UiKey } from '../ui-text/index.ts';
import type { Message, PlayedMove } from '../sim/types.ts';
import type { PartyId } from '../sim/ids.ts';
import { turnClock } from '../sim/index.ts';
import { settings } from './settings.ts';

export function lang(): Lang {
  return settings().lang;
}

export function u(key: UiKey, vars?: Record<string, string | number>): string {
  return ui(key, lang(), vars);
}

/** A content text; `fallback` when the content has no such key. */
export function c(key: string, vars?: Record<string, string | number>, fallback?: string): string {
  let out: string;
  try {
    out = t(key, lang(), vars);
  } catch {
    out = key;
  }
  if ((out === key || out === '' || out == null) && fallback !== undefined) return fallback;
  return out;
}

export function msg(m: Message): string {
  try {
    return formatMessage(m, lang());
  } catch {
    return m.key;
  }
}

export const partyName = (p: PartyId | string): string => c(`party.${p}.name`, undefined, p);
export const moveTitle = (id: string): string => c(`move.${id}.title`, undefined, id);
export const moveExplain = (id: string): string => c(`move.${id}.explain`, undefined, '');
export const metricName = (m: string): string => c(`metric.${m}`, undefined, m);
export const conceptTitle = (id: string): string => c(`concept.${id}.title`, undefined, id);
export const switchTitle = (id: string): string => c(`switch.${id}.title`, undefined, id);
export const switchExplain = (id: string): string => c(`switch.${id}.explain`, undefined, '');

/** The rulebook in words: the switches' titles, or "As in 2023" when none is on. */
export function rulebookText(rules: readonly string[]): string {
  return rules.length ? rules.map(switchTitle).join(', ') : c('switch.none', undefined, 'As in 2023');
}

/** Words for one choice of parameters, e.g. { interim: 'shear' } -> "Emmett Shear". */
export function optionLabel(params: Record<string, unknown> | undefined): string {
  if (!params || Object.keys(params).length === 0) return '';
  try {
    return formatParams(params, lang());
  } catch {
    return Object.entries(params).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  }
}

/** Why a number changed: the move's title or the rule in words. */
export function causeText(cause: string): string {
  if (cause.startsWith('rule.')) return c(cause, undefined, cause);
  return c(`move.${cause}.title`, undefined, cause);
}

export function playedLabel(m: PlayedMove): string {
  const o = optionLabel(m.params);
  return o ? `${moveTitle(m.move)}: ${o}` : moveTitle(m.move);
}

const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

export function clockText(turn: number): string {
  const k = turnClock(turn);
  const fr = lang() === 'fr';
  return u('ui.clock', {
    day: u(`ui.day.${k.day}` as UiKey),
    date: k.date,
    from: fr ? String(k.startHour) : hh(k.startHour),
    to: fr ? String(k.endHour) : hh(k.endHour),
  });
}

export function whenText(turn: number): string {
  const k = turnClock(turn);
  return `${u(`ui.dayShort.${k.day}` as UiKey)} ${k.date}, ${u(`ui.part.${k.part}` as UiKey)}`;
}

export function dayPart(turn: number): { day: string; part: string } {
  const k = turnClock(turn);
  return { day: `${u(`ui.day.${k.day}` as UiKey)} ${k.date}`, part: u(`ui.part.${k.part}` as UiKey) };
}
