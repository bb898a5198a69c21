// The one i18next instance holding both languages' texts: typed keys through i18next's declaration merging, plurals
// through Intl.PluralRules (`key_one`, `key_other`, and French `key_many`), `{name}` placeholders.
import i18next from 'i18next';
import { en as gameEn } from './game.en.ts';
import { fr as gameFr } from './game.fr.ts';
import { en as uiEn } from './ui.en.ts';
import { fr as uiFr } from './ui.fr.ts';
import { en as teachUiEn } from './teach-ui.en.ts';
import { fr as teachUiFr } from './teach-ui.fr.ts';
import { en as classEn } from './class.en.ts';
import { fr as classFr } from './class.fr.ts';
import { en as exploreEn } from './explore.en.ts';
import { fr as exploreFr } from './explore.fr.ts';
import { en as replayEn } from './replay.en.ts';
import { fr as replayFr } from './replay.fr.ts';
import { PLURAL_FORMS, type Lang, type Resources, type TextKey, type Vars } from './keys.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'text';
    resources: { text: Resources };
    // Keys are flat strings with dots in them, not paths into nested objects.
    keySeparator: false;
    nsSeparator: false;
    interpolationPrefix: '{';
    interpolationSuffix: '}';
    // Values are filled from a message's vars (numbers, ids shown by name): typed by Vars, not parsed from the texts.
    parseInterpolation: false;
    strictInterpolationChecks: false;
  }
}

/** Every text of a language, game and interface together, as written in the tables. */
export const TABLES: Record<Lang, Readonly<Record<string, string>>> = {
  en: { ...gameEn, ...uiEn, ...teachUiEn, ...classEn, ...exploreEn, ...replayEn },
  fr: { ...gameFr, ...uiFr, ...teachUiFr, ...classFr, ...exploreFr, ...replayFr },
};

const i18n = i18next.createInstance();
// Synchronous: the resources are bundled, so texts are ready as soon as this module is loaded.
void i18n.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
  ns: ['text'],
  defaultNS: 'text',
  keySeparator: false,
  nsSeparator: false,
  // `{name}` as the tables have always written it; values are plain text (the DOM and Phaser never parse them as HTML).
  // A placeholder with no value stays visible, `{name}`, so a missing variable shows up in review.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false, skipOnVariables: true },
  resources: { en: { text: TABLES.en }, fr: { text: TABLES.fr } },
});

/** Whether a language's table has this key (a plural key counts when it has its `_other` form). */
export function hasKey(key: string, lang: Lang): boolean {
  const table = TABLES[lang];
  return key in table || `${key}_other` in table;
}

const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);
const used = new Map<string, readonly string[]>();
/** The `{names}` a key's text uses in a language, over all its plural forms (and English's, which it falls back to). */
export function placeholdersOf(key: string, lang: Lang): readonly string[] {
  const id = `${lang} ${key}`;
  let names = used.get(id);
  if (!names) {
    const texts = Object.entries({ ...TABLES.en, ...TABLES[lang] })
      .filter(([k]) => k === key || k.replace(PLURAL_SUFFIX, '') === key)
      .map(([, text]) => text);
    used.set(id, (names = [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]));
  }
  return names;
}

/**
 * A text with no placeholder and no plural (a name, a title), straight from the store: English when the language
 * lacks it, the key itself when English does too. For the names a message shows: about 1 µs here, against 9 to 14 µs
 * for translate().
 */
export function lookUp(key: string, lang: Lang): string {
  return (i18n.getResource(lang, 'text', key) as string | undefined) ?? (i18n.getResource('en', 'text', key) as string | undefined) ?? key;
}

/**
 * The text for a key in a language with its placeholders filled; `count` picks the plural form. English when the
 * language lacks the key, the key itself when English lacks it too (a visible bug, not a crash).
 */
export function translate(key: TextKey | string, lang: Lang, vars?: Vars, count?: number): string {
  return i18n.t(key as TextKey, { lng: lang, count, replace: vars ?? {} });
}
