// The news's quotes as the seed article (../seed/, in French) gives them: each quote of src/sim/history/news.ts that the
// article carries, in the article's French, word for word ("[…]" where the article quotes only part of it), and
// whether the English the news holds is the original words or a translation back from that French. Shown in French
// in both languages, with the English beside it in English mode; a quote the article does not carry (Sutskever's) is
// shown in its original English.
import { QUOTES } from '../sim/history/news.ts';
import type { NewsItem } from '../sim/types.ts';
import { LOCALES, uiText, type Lang } from '../text/index.ts';

export type QuoteId = keyof typeof QUOTES;
type Quote = NonNullable<NewsItem['quote']>;

interface SeedFrench {
  /** The article's French, verbatim; "[…]" marks what it leaves out. */
  fr: string;
  /** `original`: the news's English is what was said or written; `translated`: it is a translation of this French. */
  english: 'original' | 'translated';
}

export const SEED_FRENCH: Partial<Record<QuoteId, SeedFrench>> = {
  letter: {
    fr: 'Nous, soussignés, pouvons choisir de démissionner d\'OpenAI et de rejoindre la filiale Microsoft nouvellement annoncée, dirigée par Sam Altman et Greg Brockman.',
    english: 'original',
  },
  altman: { fr: 'nous allons tous travailler ensemble d’une manière ou d’une autre […]', english: 'original' },
  benioff: { fr: '[…] tout chercheur OpenAI ayant présenté sa démission […]', english: 'original' },
  kevinScott: {
    fr: 'Sachez que si nécessaire, vous avez un rôle chez Microsoft qui correspond à votre rémunération et fait progresser notre mission collective',
    english: 'original',
  },
  khosla: {
    fr: 'J\'ai été le premier investisseur en capital-risque dans OpenAI. Le drame du week-end a illustré mon affirmation selon laquelle les mauvais conseils d’administration peuvent nuire aux entreprises.',
    english: 'translated',
  },
  shear: {
    fr: 'J\'ai accepté ce poste parce que je crois qu\'OpenAI est l\'une des entreprises les plus importantes qui existent actuellement.',
    english: 'translated',
  },
  deal: {
    fr: 'Nous avons conclu un accord de principe pour que Sam Altman revienne chez OpenAI en tant que PDG avec un nouveau conseil d\'administration initial composé de Bret Taylor (président), Larry Summers et Adam D\'Angelo.',
    english: 'original',
  },
};

/** Which of history's quotes a news item carries (the news copies it from QUOTES); null for one it does not know. */
export function quoteId(q: Quote): QuoteId | null {
  for (const [id, known] of Object.entries(QUOTES) as [QuoteId, Quote][]) if (known.text === q.text) return id;
  return null;
}

export interface QuoteShown {
  id: QuoteId | null;
  /** The words shown first, in their own language. */
  text: string;
  lang: Lang;
  /** In English mode, the English beside the article's French: the original words, or a translation of them. */
  english?: { text: string; kind: 'original' | 'translated' };
}

/** A quote as a reader in this language sees it: the article's French when it has it, else the original English. */
export function quoteShown(q: Quote, lang: Lang): QuoteShown {
  const id = quoteId(q);
  const seed = id ? SEED_FRENCH[id] : undefined;
  if (!seed) return { id, text: q.text, lang: 'en' };
  return { id, text: seed.fr, lang: 'fr', ...(lang === 'en' ? { english: { text: q.text, kind: seed.english } } : {}) };
}

/** A quote as one line of plain text: « French » (“English”) in English, « French » in French. */
export function quoteLine(q: Quote, lang: Lang): string {
  const s = quoteShown(q, lang);
  const first = s.lang === 'fr' ? `« ${s.text} »` : `“${s.text}”`;
  return s.english ? `${first} (“${s.english.text}”)` : first;
}

const dates = new Map<Lang, Intl.DateTimeFormat>();
/** Who said it and when, in the reader's language: "Kevin Scott, Microsoft CTO, on X, 21 November 2023". */
export function quoteBy(q: Quote, lang: Lang): string {
  const id = quoteId(q);
  let f = dates.get(lang);
  if (!f) dates.set(lang, (f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const day = new Date(`${q.date}T12:00:00Z`);
  const date = Number.isNaN(day.getTime()) ? q.date : f.format(day);
  return uiText('ui.teach.quote.by', lang, { by: id ? uiText(`ui.teach.quote.by.${id}`, lang) : q.by, date });
}
