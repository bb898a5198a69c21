// Counts and shares as the page writes them, in the player's language: "10,000" / "10 000", "33.1%" / "33,1 %".
import { LOCALES, type Lang } from '../text/index.ts';
import { lang as current } from '../ui/i18n.ts';

export const countText = (n: number, lang: Lang = current()): string => new Intl.NumberFormat(LOCALES[lang]).format(n);

export const shareText = (count: number, runs: number, lang: Lang = current()): string =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(runs ? count / runs : 0);

/** A mean score to one decimal: "36.0" / "36,0". */
export const scoreText = (mean: number, lang: Lang = current()): string =>
  new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);

/** Seconds to one decimal: "3.9" / "3,9". */
export const secondsText = (ms: number, lang: Lang = current()): string => scoreText(ms / 1000, lang);
