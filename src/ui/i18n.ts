// The interface's texts in the player's language: thin wrappers over the one text module in src/text, reading the
// language from the settings.
import {
  capitalized, formatMessage, formatParams, gameText, hasText, momentText, turnDate, turnDay, turnDayShort, turnEnd, turnHours, uiText,
  type KeyArg, type Lang, type UiKey, type Vars,
} from '../text/index.ts';
import type { Message, PlayedMove } from '../sim/types.ts';
import type { PartyId } from '../sim/ids.ts';
import { turnClock } from '../sim/index.ts';
import { settings } from './settings.ts';

export function lang(): Lang {
  return settings().lang;
}

export function u(key: UiKey, vars?: Vars): string {
  return uiText(key, lang(), vars);
}

/** A game text; `fallback` when there is no such key (keys built from data are checked here, at run time). */
export function c<K extends string>(key: KeyArg<K>, vars?: Vars, fallback?: string): string {
  if (fallback !== undefined && !hasText(key, 'en')) return fallback;
  return gameText(key, lang(), vars);
}

export function msg(m: Message): string {
  return formatMessage(m, lang());
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
  return rules.length ? rules.map(switchTitle).join(', ') : c('switch.none');
}

/** Words for one choice of parameters, e.g. { interim: 'shear' } -> "Emmett Shear". */
export function optionLabel(params: Record<string, unknown> | undefined): string {
  return formatParams(params, lang());
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

/** A turn on the clock, as a line of its own: "Saturday 18 November, 12:00–18:00 PT", "Samedi 18 novembre, 12 h – 18 h (heure du Pacifique)". */
export function clockText(turn: number): string {
  return capitalized(u('ui.clock', { date: turnDate(turn, lang()), hours: turnHours(turn, lang()) }), lang());
}

/** A turn, short: "Sat 18, afternoon" / "sam. 18, après-midi". */
export function whenText(turn: number): string {
  return u('ui.when', { day: turnDayShort(turn, lang()), part: u(`ui.part.${turnClock(turn).part}`) });
}

/** A turn's day and part of the day: { day: "Saturday 18", part: "afternoon" }. */
export function dayPart(turn: number): { day: string; part: string } {
  return { day: turnDay(turn, lang()), part: u(`ui.part.${turnClock(turn).part}`) };
}

/** A turn's hours: "12:00–18:00" / "12 h – 18 h". */
export const hoursText = (turn: number): string => turnHours(turn, lang());

/** When a deadline set for a turn falls, short: "Sat 18, 24:00" / "sam. 18 à 24 h". */
export const deadlineText = (turn: number): string => momentText(turnEnd(turn), lang(), true);

/** A moment, short: "Mon 20, 06:30" (US markets open) / "lun. 20 à 06:30". */
export const momentShort = (when: Date): string => momentText(when, lang(), true);
