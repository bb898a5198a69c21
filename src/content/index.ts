// Texts for people: turns the simulation's messages into English or French.
import { turnClock } from '../sim/clock.ts';
import type { Message } from '../sim/types.ts';
import { en } from '../text/game.en.ts';
import { fr } from '../text/game.fr.ts';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

const TABLES: Record<Lang, Record<string, string>> = { en, fr };

/** The text for a key; English when the French is missing; the key itself when both are (a visible bug, not a crash). */
export function t(key: string, lang: Lang = 'en', vars?: Message['vars']): string {
  const template = TABLES[lang][key] ?? en[key] ?? key;
  return vars ? fill(template, vars, lang) : template;
}

export function hasText(key: string, lang: Lang = 'en'): boolean {
  return key in TABLES[lang];
}

function listOf(ids: string[], prefix: string, lang: Lang): string {
  const names = ids.filter(Boolean).map((id) => t(`${prefix}.${id}`, lang));
  if (names.length <= 1) return names.join('');
  return names.slice(0, -1).join(', ') + t('list.and', lang) + names[names.length - 1];
}

/** Variables whose values are ids are shown by name. */
function showVar(name: string, value: string | number, lang: Lang, vars: NonNullable<Message['vars']>): string {
  const v = String(value);
  if (name.endsWith('Directors') || name === 'directors') return listOf(v.split(','), 'director', lang);
  if (name === 'party' || name === 'from') return hasText(`party.${v}.name`) ? t(`party.${v}.name`, lang) : v;
  if (name === 'move') return hasText(`move.${v}.title`) ? t(`move.${v}.title`, lang) : v;
  if (name === 'rule') return t(v, lang, { ...vars, rule: '' });
  if (name === 'ceo') return t(`ceo.${v}`, lang);
  if (name === 'state') return vars.party ? t(`state.${vars.party}.${v}`, lang) : v;
  if (name === 'turn') return clockLabel(Number(value), lang, 'end');
  return v;
}

function fill(template: string, vars: NonNullable<Message['vars']>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? showVar(name, vars[name], lang, vars) : whole));
}

export function formatMessage(msg: Message, lang: Lang = 'en'): string {
  return t(msg.key, lang, msg.vars);
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** "Saturday 18 November, 12:00–18:00", or with `end`, the hour a deadline falls: "Saturday 18 November, 18:00". */
export function clockLabel(turn: number, lang: Lang = 'en', which: 'span' | 'end' = 'span'): string {
  if (turn === -1 && which === 'span') return t('clock.prologue', lang);
  const c = turnClock(turn);
  const day = t(`day.${c.day}`, lang);
  if (which === 'end') return lang === 'fr' ? `${day} ${c.date} novembre, ${hh(c.endHour)}` : `${day} ${c.date} November, ${hh(c.endHour)}`;
  return t('clock.turn', lang, { day, date: c.date, start: hh(c.startHour), end: hh(c.endHour) });
}

/** A move's parameters in words: "Emmett Shear", "3 director(s) step down, an independent review". */
export function formatParams(params: Record<string, unknown> | undefined, lang: Lang = 'en'): string {
  if (!params || Object.keys(params).length === 0) return '';
  if ('directorsLeave' in params) {
    return t('option.terms', lang, {
      leave: Number(params.directorsLeave),
      investigation: params.investigation === false ? '' : t('option.terms.investigation', lang),
      offBoard: params.altmanOffBoard === false ? '' : t('option.terms.offBoard', lang),
    });
  }
  if (Array.isArray(params.directors)) return t('option.directors', lang, { directors: (params.directors as string[]).join(',') });
  return Object.entries(params)
    .map(([k, v]) => t(`option.${k}.${String(v)}`, lang))
    .join(', ');
}

export const moveTitle = (move: string, lang: Lang = 'en') => t(`move.${move}.title`, lang);
export const partyName = (party: string, lang: Lang = 'en') => t(`party.${party}.name`, lang);
