// Game texts for the command line and the simulation's tests: the helpers they have always called, now over the one
// text module in src/text (i18next, typed keys, plurals and dates through Intl). Each takes a language, English by
// default, so the command line prints English today and can take a `--lang fr` later.
export type { Lang } from '../text/index.ts';
export { clockLabel, formatMessage, formatParams, hasText, LANGS, moveTitle, partyName, t } from '../text/index.ts';
