// Every text the game shows, in English and French: one i18next instance over flat tables (game.*.ts, ui.*.ts),
// typed keys, plurals by Intl.PluralRules, dates and lists by Intl in Pacific time. Callers pass the language; the
// browser's choice lives in src/ui/i18n.ts, the command line prints English unless told otherwise.
import { hasKey } from './i18n.ts';
import type { KeyArg, Lang, Vars } from './keys.ts';
import { gameText } from './messages.ts';

export type { BaseKey, KeyArg, Lang, PluralKey, TextKey, UiKey, Vars } from './keys.ts';
export { LANGS, PLURAL_FORMS } from './keys.ts';
export { loadAllTexts, loadTexts, TABLES, textsReady, type Pack } from './i18n.ts';
export { COUNTED_BY, countFor, formatMessage, formatParams, gameText, listText, uiText } from './messages.ts';
export {
  capitalized, clockLabel, LOCALES, momentText, TIME_ZONE, timeText, turnDate, turnDay, turnDayShort, turnEnd, turnHours,
} from './dates.ts';

/** A game text (ids in its vars shown by name); a mistyped literal key does not compile. */
export function t<K extends string>(key: KeyArg<K>, lang: Lang = 'en', vars?: Vars): string {
  return gameText(key, lang, vars);
}

/** Whether the language has a text for the key (a plural key counts once). */
export function hasText(key: string, lang: Lang = 'en'): boolean {
  return hasKey(key, lang);
}

export const moveTitle = (move: string, lang: Lang = 'en'): string => gameText(`move.${move}.title`, lang);
export const partyName = (party: string, lang: Lang = 'en'): string => gameText(`party.${party}.name`, lang);
