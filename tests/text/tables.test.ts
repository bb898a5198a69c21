// The text tables as translators and reviewers see them: both languages have every key, with the same placeholders
// (the plural forms of a key counted as one key), every plural has the forms its language needs and a variable that
// counts, and no text writes a plural the programmer's way, "director(s)" or "vote(nt)".
import { describe, expect, it } from 'vitest';
import { en as gameEn } from '../../src/text/game.en.ts';
import { fr as gameFr } from '../../src/text/game.fr.ts';
import { en as uiEn } from '../../src/text/ui.en.ts';
import { fr as uiFr } from '../../src/text/ui.fr.ts';
import { en as teachUiEn } from '../../src/text/teach-ui.en.ts';
import { fr as teachUiFr } from '../../src/text/teach-ui.fr.ts';
import { en as classEn } from '../../src/text/class.en.ts';
import { fr as classFr } from '../../src/text/class.fr.ts';
import { en as exploreEn } from '../../src/text/explore.en.ts';
import { fr as exploreFr } from '../../src/text/explore.fr.ts';
import { en as replayEn } from '../../src/text/replay.en.ts';
import { fr as replayFr } from '../../src/text/replay.fr.ts';
import { en as screensEn } from '../../src/text/screens.en.ts';
import { fr as screensFr } from '../../src/text/screens.fr.ts';
import { en as loadEn } from '../../src/text/load.en.ts';
import { fr as loadFr } from '../../src/text/load.fr.ts';
import { COUNTED_BY, LANGS, PLURAL_FORMS, TABLES, type Lang } from '../../src/text/index.ts';

const PLURAL = new RegExp(`^(.+)_(${PLURAL_FORMS.join('|')})$`);

/** A table's keys, each plural's forms gathered under the one key: 'news.quiet' -> { one: ..., other: ... }. */
function entries(table: Readonly<Record<string, string>>): Map<string, Record<string, string>> {
  const keys = new Map<string, Record<string, string>>();
  for (const [key, text] of Object.entries(table)) {
    const m = PLURAL.exec(key);
    const [base, form] = m ? [m[1], m[2]] : [key, ''];
    keys.set(base, { ...keys.get(base), [form]: text });
  }
  return keys;
}

const placeholders = (texts: Record<string, string>) =>
  [...new Set(Object.values(texts).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const keysOf = { en: entries(TABLES.en), fr: entries(TABLES.fr) };
const categories = (lang: Lang) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();

describe('both languages', () => {
  it('have the same keys, a plural counted as one key', () => {
    const en = [...keysOf.en.keys()];
    const fr = [...keysOf.fr.keys()];
    expect(en.filter((k) => !keysOf.fr.has(k)), 'missing in French').toEqual([]);
    expect(fr.filter((k) => !keysOf.en.has(k)), 'missing in English').toEqual([]);
    expect(en.length).toBeGreaterThan(500);
  });

  it('use the same placeholders in every text', () => {
    const differ = [...keysOf.en]
      .filter(([key, texts]) => keysOf.fr.has(key) && placeholders(texts).join() !== placeholders(keysOf.fr.get(key)!).join())
      .map(([key, texts]) => `${key}: {${placeholders(texts)}} / {${placeholders(keysOf.fr.get(key)!)}}`);
    expect(differ).toEqual([]);
  });

  it('have no empty text', () => {
    for (const lang of LANGS) expect(Object.entries(TABLES[lang]).filter(([, v]) => v.trim() === '').map(([k]) => k), lang).toEqual([]);
  });

  it('write no plural the programmer’s way: "director(s)", "se retire(nt)", "choisi(e)s"', () => {
    const programmerPlural = /\p{L}\(\p{Ll}{1,3}\)/u;
    expect(programmerPlural.test('1 director(s)') && programmerPlural.test('vote(nt)') && programmerPlural.test('choisi(e)s')).toBe(true);
    expect(programmerPlural.test('a 501(c)(3) nonprofit')).toBe(false);
    for (const lang of LANGS) {
      expect(Object.entries(TABLES[lang]).filter(([, v]) => programmerPlural.test(v)).map(([k, v]) => `${k}: ${v}`), lang).toEqual([]);
    }
  });

  it('keep game and interface keys apart, and each key in one table, so merging the tables loses no text', () => {
    // The interface's tables hold interface keys, and the parties' names and the classroom's name (the title shows them).
    const uiKey = (k: string) => k.startsWith('ui.') || /^party\.[a-z]+\.name$/.test(k) || k === 'class.title';
    for (const [game, ...uis] of [[gameEn, uiEn, teachUiEn, exploreEn, screensEn, loadEn], [gameFr, uiFr, teachUiFr, exploreFr, screensFr, loadFr]]) {
      for (const ui of uis) expect(Object.keys(ui).filter((k) => !uiKey(k))).toEqual([]);
      expect(Object.keys(game).filter((k) => k.startsWith('ui.'))).toEqual([]);
    }
    // The replay table holds interface keys of its own prefix.
    for (const table of [replayEn, replayFr]) expect(Object.keys(table).filter((k) => !k.startsWith('ui.replay.'))).toEqual([]);
    for (const [cls, game, ui] of [[classEn, gameEn, uiEn], [classFr, gameFr, uiFr]]) {
      expect(Object.keys(cls).filter((k) => k in game || k in ui || k.startsWith('ui.'))).toEqual([]);
    }
    // Every table's keys are its own: the merged table holds them all.
    const parts = {
      en: [gameEn, uiEn, teachUiEn, classEn, exploreEn, replayEn, screensEn, loadEn],
      fr: [gameFr, uiFr, teachUiFr, classFr, exploreFr, replayFr, screensFr, loadFr],
    };
    for (const lang of LANGS) {
      const keys = parts[lang].flatMap((t) => Object.keys(t));
      expect(keys.length - new Set(keys).size, lang).toBe(0);
      expect(Object.keys(TABLES[lang]).length, lang).toBe(keys.length);
    }
  });
});

describe('plurals', () => {
  const plurals = (lang: Lang) => [...keysOf[lang]].filter(([, texts]) => !('' in texts));

  it('exist in both languages', () => {
    for (const lang of LANGS) expect(plurals(lang).length, lang).toBeGreaterThan(10);
  });

  it('have exactly the forms Intl.PluralRules gives their language (English one, other; French one, many, other)', () => {
    expect(categories('en')).toEqual(['one', 'other']);
    expect(categories('fr')).toEqual(['many', 'one', 'other']);
    for (const lang of LANGS) {
      const wrong = plurals(lang).filter(([, texts]) => Object.keys(texts).sort().join() !== categories(lang).join());
      expect(wrong.map(([k, texts]) => `${k}: ${Object.keys(texts)}`), lang).toEqual([]);
    }
  });

  it('each name the variable that counts, and that variable is in every form of the text', () => {
    for (const lang of LANGS) {
      for (const [key, texts] of plurals(lang)) {
        const counter = COUNTED_BY[key];
        expect(counter, `${lang} ${key}`).toBeDefined();
        for (const [form, text] of Object.entries(texts)) expect(text, `${lang} ${key}_${form}`).toContain(`{${counter}}`);
      }
    }
    const pluralSomewhere = new Set(LANGS.flatMap((lang) => plurals(lang).map(([k]) => k)));
    expect(Object.keys(COUNTED_BY).filter((k) => !pluralSomewhere.has(k)), 'counted but never plural').toEqual([]);
  });
});
