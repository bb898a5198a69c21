// Dates and times of the crisis in words, through Intl in Pacific time: "Saturday 18 November, 12:00–18:00",
// "samedi 18 novembre, 12 h – 18 h". The turn's start comes from the simulation's clock (src/sim/clock.ts).
import { turnClock } from '../sim/clock.ts';
import { translate } from './i18n.ts';
import type { Lang } from './keys.ts';

/** The crisis happened in San Francisco: every date and hour is Pacific time, wherever the player is. */
export const TIME_ZONE = 'America/Los_Angeles';
/** The locale Intl formats each language in: British English (18 November, 24-hour clock), French of France. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

const HOUR_MS = 3_600_000;

type Style = 'date' | 'day' | 'dayShort' | 'hour' | 'hourEnd' | 'minute';
const STYLES: Record<Style, (lang: Lang) => Intl.DateTimeFormatOptions> = {
  date: () => ({ weekday: 'long', day: 'numeric', month: 'long' }),
  day: () => ({ weekday: 'long', day: 'numeric' }),
  dayShort: () => ({ weekday: 'short', day: 'numeric' }),
  // A whole hour as each language writes it: "18:00", "18 h".
  hour: (lang) => (lang === 'fr' ? { hour: 'numeric', hourCycle: 'h23' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  // The end of a turn that closes a day is "24:00" of that day, not "00:00" of the next.
  hourEnd: (lang) => ({ ...STYLES.hour(lang), hourCycle: 'h24' }),
  minute: () => ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, style: Style, when: Date): string {
  const id = `${lang} ${style}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...STYLES[style](lang) })));
  return f.format(when);
}

const startOf = (turn: number) => new Date(turnClock(turn).iso);
const endOf = (turn: number) => new Date(startOf(turn).getTime() + 6 * HOUR_MS);
const isMidnight = (when: Date) => format('en', 'minute', when) === '00:00';

/** An hour in words: "18:00" / "18 h", "06:30"; with `end`, midnight is "24:00" / "24 h". */
export function timeText(when: Date, lang: Lang, end = false): string {
  if (when.getUTCMinutes() !== 0) return format(lang, 'minute', when);
  return format(lang, end && isMidnight(when) ? 'hourEnd' : 'hour', when);
}

/** "Saturday 18 November" / "samedi 18 novembre": the day a turn begins. */
export const turnDate = (turn: number, lang: Lang): string => format(lang, 'date', startOf(turn));
/** "Saturday 18" / "samedi 18". */
export const turnDay = (turn: number, lang: Lang): string => format(lang, 'day', startOf(turn));
/** "Sat 18" / "sam. 18". */
export const turnDayShort = (turn: number, lang: Lang): string => format(lang, 'dayShort', startOf(turn));

/** A turn's hours: "12:00–18:00" / "12 h – 18 h". */
export function turnHours(turn: number, lang: Lang): string {
  return translate('clock.hours', lang, { start: timeText(startOf(turn), lang), end: timeText(endOf(turn), lang, true) });
}

/** When a turn ends, the hour its deadlines fall. */
export const turnEnd = (turn: number): Date => endOf(turn);

/**
 * A moment in words: "Saturday 18 November, 18:00", or short, "Sat 18, 18:00"; "lundi 20 novembre à 06:30". Midnight
 * is the end of the day before: "Thursday 23 November, 24:00".
 */
export function momentText(when: Date, lang: Lang, short = false): string {
  const day = isMidnight(when) ? new Date(when.getTime() - 1) : when;
  const date = format(lang, short ? 'dayShort' : 'date', day);
  return translate(short ? 'clock.atShort' : 'clock.at', lang, { date, time: timeText(when, lang, true) });
}

/**
 * A turn in words: "Saturday 18 November, 12:00–18:00"; the prologue says it is the prologue. With `end`, the hour
 * the turn ends, when a deadline set for it falls: "Saturday 18 November, 18:00", "Thursday 23 November, 24:00".
 */
export function clockLabel(turn: number, lang: Lang = 'en', which: 'span' | 'end' = 'span'): string {
  if (which === 'end') return momentText(endOf(turn), lang);
  const date = turnDate(turn, lang);
  const span = translate('clock.turn', lang, { date, hours: turnHours(turn, lang) });
  return turn === -1 ? translate('clock.prologue', lang, { span }) : span;
}

/** The first letter in capitals, as a line that opens with a French day name needs: "Samedi 18 novembre". */
export function capitalized(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(LOCALES[lang]) + text.slice(1);
}
