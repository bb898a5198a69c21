// A news item's quote: the seed article's French (in both languages), with the English beside it in English mode (the
// original words, or a translation back from the article's French), and who said it and when (src/teach/quotes.ts).
import { lang, u } from '../ui/i18n.ts';
import { quoteBy, quoteShown } from '../teach/quotes.ts';
import type { NewsItem } from '../sim/types.ts';
import { h } from './h.ts';

export function quoteEl(q: NonNullable<NewsItem['quote']>): HTMLElement {
  const s = quoteShown(q, lang());
  return h('figure', { class: 'quote' },
    h('blockquote', { attrs: { lang: s.lang }, text: s.lang === 'fr' ? `« ${s.text} »` : `“${s.text}”` }),
    s.english ? h('p', { class: 'quote-en', text: u(s.english.kind === 'original' ? 'ui.teach.quote.original' : 'ui.teach.quote.translated', { text: s.english.text }) }) : null,
    h('figcaption', { text: `— ${quoteBy(q, lang())}` }),
  );
}
