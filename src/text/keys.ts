// The keys of the text tables as types. English is the reference: a key is typed from the English tables, and a
// plural written as `key_one` / `key_other` is the one key `key`.
import type { en as gameEn } from './game.en.ts';
import type { en as uiEn } from './ui.en.ts';
import type { en as teachUiEn } from './teach-ui.en.ts';
import type { en as classEn } from './class.en.ts';
import type { en as exploreEn } from './explore.en.ts';
import type { en as replayEn } from './replay.en.ts';
import type { en as screensEn } from './screens.en.ts';
import type { en as loadEn } from './load.en.ts';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** The plural categories Intl.PluralRules knows; a plural key has one form per category its language uses. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

/** `news.quiet_one` -> `news.quiet`; a key without a plural suffix stays itself. */
export type BaseKey<K> = K extends `${infer B}_${PluralForm}` ? B : K;

/** The English tables as they are written (plural forms apart): what i18next's declaration merging reads. */
export type Resources = typeof gameEn & typeof uiEn & typeof teachUiEn & typeof classEn & typeof exploreEn & typeof replayEn & typeof screensEn & typeof loadEn;

/** Every text key, game and interface; a plural counts as one key. */
export type TextKey = BaseKey<keyof Resources>;
/** The interface's keys (buttons, headings, labels). */
export type UiKey = Extract<TextKey, `ui.${string}`>;
/** The keys whose English text has plural forms. */
export type PluralKey = BaseKey<Extract<keyof Resources, `${string}_other`>>;

/**
 * A key argument the compiler checks: a literal key (or a union of them, such as `move.${MoveId}.title`) must exist,
 * so a mistyped key is a compile error; a key built from a plain string is checked at run time instead.
 */
export type KeyArg<K extends string> = K extends TextKey ? K : {} extends Record<K, 1> ? K : TextKey;

/** Values for a text's `{placeholders}`. */
export type Vars = Readonly<Record<string, string | number>>;
