// The one i18next instance holding both languages' texts: typed keys through i18next's declaration merging, plurals
// through Intl.PluralRules (`key_one`, `key_other`, and French `key_many`), `{name}` placeholders. Only the few texts
// that say a pack could not be fetched are bundled with the page; every language's texts arrive in packs (loadTexts),
// so the title loads only its own language's.
import i18next from 'i18next';
import { en as loadEn } from './load.en.ts';
import { fr as loadFr } from './load.fr.ts';
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

type Table = Readonly<Record<string, string>>;
/** A language's texts come in two packs: `ui`, what the title and the settings say, and `game`, everything else. */
export type Pack = 'ui' | 'game';

/**
 * Where each pack's tables are. Every pack is loaded by loadTexts() when first needed (the player's language's `ui`
 * before the title shows, the other's when the player chooses it; `game` with the first screen that shows a game),
 * each table a chunk of its own. A new table goes in both languages' lists (and its English type in keys.ts), in the
 * `game` pack unless the title or the settings show its texts: a text they show goes in a `ui` table (see screens.*.ts),
 * or it shows as its key.
 */
const PACKS: Record<Lang, Record<Pack, () => Promise<Table[]>>> = {
  en: {
    ui: () => Promise.all([import('./ui.en.ts').then((m) => m.en), import('./screens.en.ts').then((m) => m.en)]),
    game: () => Promise.all([
      import('./game.en.ts').then((m) => m.en), import('./class.en.ts').then((m) => m.en), import('./explore.en.ts').then((m) => m.en),
      import('./replay.en.ts').then((m) => m.en), import('./teach-ui.en.ts').then((m) => m.en),
    ]),
  },
  fr: {
    ui: () => Promise.all([import('./ui.fr.ts').then((m) => m.fr), import('./screens.fr.ts').then((m) => m.fr)]),
    game: () => Promise.all([
      import('./game.fr.ts').then((m) => m.fr), import('./class.fr.ts').then((m) => m.fr), import('./explore.fr.ts').then((m) => m.fr),
      import('./replay.fr.ts').then((m) => m.fr), import('./teach-ui.fr.ts').then((m) => m.fr),
    ]),
  },
};

/** Every text of a language loaded so far, as written in the tables. */
export const TABLES: Record<Lang, Record<string, string>> = { en: {}, fr: {} };

const i18n = i18next.createInstance();
// Synchronous: the store starts with the bundled texts (what the page says when a pack cannot be fetched); the packs
// are added to it as they arrive.
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
  resources: { en: { text: {} }, fr: { text: {} } },
});

const loading = new Map<string, Promise<void>>();
/** Placeholders by language and key, found once (forgotten when a pack arrives). */
const used = new Map<string, readonly string[]>();
const loaded = new Set<string>();

function add(lang: Lang, tables: readonly Table[]): void {
  for (const t of tables) {
    Object.assign(TABLES[lang], t);
    i18n.addResources(lang, 'text', t);
  }
  used.clear();
}
add('en', [loadEn]);
add('fr', [loadFr]);

/** Whether a pack of a language is in (texts of a pack not loaded show as their key). */
export const textsReady = (lang: Lang, pack: Pack): boolean => loaded.has(`${lang} ${pack}`);

/**
 * Load a pack of a language's texts (once; later calls share the first). English's `game` pack comes with any
 * other language's, since English is what a missing text falls back to (game texts are looked up by keys built from
 * data, checked against English); a `ui` pack needs no other language's, since every interface key is in both
 * (tests/text/tables.test.ts). Rejects when a chunk cannot be fetched.
 */
export function loadTexts(lang: Lang, pack: Pack): Promise<void> {
  const id = `${lang} ${pack}`;
  let p = loading.get(id);
  if (!p) {
    const fallback = lang !== 'en' && pack === 'game' ? loadTexts('en', 'game') : Promise.resolve();
    p = Promise.all([PACKS[lang][pack](), fallback]).then(([tables]) => {
      add(lang, tables);
      loaded.add(id);
    });
    // A failed fetch may be tried again.
    p.catch(() => loading.delete(id));
    loading.set(id, p);
  }
  return p;
}

/** Every text of every language (the command line and the tests, which have no page to wait on). */
export async function loadAllTexts(): Promise<void> {
  await Promise.all((Object.keys(PACKS) as Lang[]).flatMap((l) => (Object.keys(PACKS[l]) as Pack[]).map((k) => loadTexts(l, k))));
}

/** Whether a language's table has this key (a plural key counts when it has its `_other` form). */
export function hasKey(key: string, lang: Lang): boolean {
  const table = TABLES[lang];
  return key in table || `${key}_other` in table;
}

const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);
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
