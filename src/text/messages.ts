// The simulation's messages in words: a message is a key and vars, and vars that hold ids are shown by name
// ("board" -> "The board", "toner,mccauley" -> "Toner and McCauley", a turn -> the hour it ends).
import type { Message } from '../sim/types.ts';
import { clockLabel, LOCALES, momentText } from './dates.ts';
import { hasKey, lookUp, placeholdersOf, translate } from './i18n.ts';
import type { Lang, PluralKey, TextKey, Vars } from './keys.ts';

/**
 * For each text with plural forms, the variable that counts: its number, or for a list of ids its length.
 * The compiler insists that every English plural is here; tests/text checks that the variable is in the text.
 */
export const COUNTED_BY: Record<PluralKey, string> & Readonly<Record<string, string>> = {
  'option.terms': 'leave',
  'news.altman.accept-deal': 'leave',
  'news.board.name-directors': 'directors',
  'news.board.name-directors.allies': 'directors',
  'news.employees.circulate-letter': 'signatures',
  'news.letter-published.microsoft': 'signatures',
  'news.letter-published.newco': 'signatures',
  'news.letter-published.none': 'signatures',
  'news.quiet': 'signatures',
  'news.employees.accept-microsoft.part': 'count',
  'news.employees.accept-microsoft.full': 'count',
  'news.employees.accept-salesforce': 'count',
  'news.employees.follow-altman': 'count',
  'news.salesforce.target-researchers': 'count',
  'rule.board-majority': 'againstDirectors',
  'ui.rules.count': 'n',
  // French only: English reads the same for any number.
  'ui.party.count': 'n',
  // Teaching (src/teach).
  'teach.tp.likelier': 'points',
  'teach.tp.less-likely': 'points',
  // The classroom (src/classroom, src/dom/classroom).
  'class.sum.runs': 'n',
  'class.gather.clearAsk': 'n',
};

/** Variables that hold a comma-separated list of director ids. */
const isDirectorList = (name: string) => name === 'directors' || name.endsWith('Directors');
const ids = (value: string | number) => String(value).split(',').filter(Boolean);

const lists = new Map<Lang, Intl.ListFormat>();
/** "Toner, McCauley and D’Angelo" / "Toner, McCauley et D’Angelo". */
export function listText(items: readonly string[], lang: Lang): string {
  let f = lists.get(lang);
  if (!f) lists.set(lang, (f = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return f.format(items);
}

/** The number that picks a text's plural form, when it has them. */
export function countFor(key: string, vars: Vars | undefined): number | undefined {
  const name = COUNTED_BY[key];
  if (name === undefined || !vars || !(name in vars)) return undefined;
  return isDirectorList(name) ? ids(vars[name]).length : Number(vars[name]);
}

/** A variable's value in words: ids by name, a turn by the hour it ends; anything else as it is. */
function shown(name: string, value: string | number, lang: Lang, vars: Vars): string {
  const v = String(value);
  if (isDirectorList(name)) return listText(ids(v).map((id) => lookUp(`director.${id}`, lang)), lang);
  if (name === 'party' || name === 'from') return hasKey(`party.${v}.name`, 'en') ? lookUp(`party.${v}.name`, lang) : v;
  if (name === 'move') return hasKey(`move.${v}.title`, 'en') ? lookUp(`move.${v}.title`, lang) : v;
  if (name === 'rule') return v === '' ? '' : gameText(v, lang, { ...vars, rule: '' });
  if (name === 'ceo') return lookUp(`ceo.${v}`, lang);
  if (name === 'state') return vars.party ? lookUp(`state.${vars.party}.${v}`, lang) : v;
  if (name === 'turn') return clockLabel(Number(value), lang, 'end');
  // A moment (ISO 8601, Pacific time), such as a deadline at 17:00.
  if (name === 'at') return momentText(new Date(v), lang);
  return v;
}

/** A game text with its variables shown in words (ids by name), in the plural form its count calls for. */
export function gameText(key: TextKey | string, lang: Lang, vars?: Vars): string {
  if (!vars) return translate(key, lang);
  const words: Record<string, string> = {};
  // Only the variables the text uses: showing one can mean looking up another text.
  for (const name of placeholdersOf(key, lang)) if (name in vars) words[name] = shown(name, vars[name], lang, vars);
  return translate(key, lang, words, countFor(key, vars));
}

/** An interface text: its variables are already words; a plural form follows its count. */
export function uiText(key: TextKey | string, lang: Lang, vars?: Vars): string {
  return translate(key, lang, vars, countFor(key, vars));
}

export function formatMessage(msg: Message, lang: Lang = 'en'): string {
  return gameText(msg.key, lang, msg.vars);
}

/** A move's parameters in words: "Emmett Shear", "3 directors step down, an independent review". */
export function formatParams(params: Record<string, unknown> | undefined, lang: Lang = 'en'): string {
  if (!params || Object.keys(params).length === 0) return '';
  if ('directorsLeave' in params) {
    return gameText('option.terms', lang, {
      leave: Number(params.directorsLeave),
      investigation: params.investigation === false ? '' : gameText('option.terms.investigation', lang),
      offBoard: params.altmanOffBoard === false ? '' : gameText('option.terms.offBoard', lang),
    });
  }
  if (Array.isArray(params.directors)) return gameText('option.directors', lang, { directors: (params.directors as string[]).join(',') });
  return Object.entries(params)
    .map(([k, v]) => gameText(`option.${k}.${String(v)}`, lang))
    .join(', ');
}
