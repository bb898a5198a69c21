// The news: a scrollable log of the whole run, newest last, each item with its turn, its mark (historical, historical
// at another time, simulated), its source and any quote (the seed article's French, with the English beside it in
// English mode). The log only grows, so a screen reader hears additions.
import { momentShort, msg, u, whenText } from '../ui/i18n.ts';
import { PROLOGUE_TURN } from '../sim/index.ts';
import type { NewsItem, TurnRecord } from '../sim/types.ts';
import { h } from './h.ts';
import { quoteEl } from './quote.ts';

export class NewsLog {
  readonly el: HTMLElement;
  private shown = 0;
  private empty: HTMLElement;

  constructor() {
    this.empty = h('p', { class: 'empty', text: u('ui.crisis.noNews') });
    this.el = h('div', { id: 'news-log', class: 'log', attrs: { role: 'log', 'aria-label': u('ui.crisis.news'), tabindex: 0, 'data-scroll': true } }, this.empty);
  }

  /** Append the news of these turns not yet in the log (and scroll to it when the reader was at the end). */
  sync(log: readonly TurnRecord[]): void {
    const all = log.flatMap((rec) => rec.news.map((item) => ({ item, turn: rec.turn })));
    if (all.length <= this.shown) return;
    const atEnd = this.el.scrollTop + this.el.clientHeight >= this.el.scrollHeight - 24;
    this.empty.remove();
    let lastTurn: number | null = this.shown ? all[this.shown - 1].turn : null;
    for (let i = this.shown; i < all.length; i++) {
      const { item, turn } = all[i];
      if (turn !== lastTurn) this.el.append(h('h3', { class: 'news-turn', text: turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(turn) }));
      lastTurn = turn;
      this.el.append(article(item));
    }
    this.shown = all.length;
    if (atEnd) this.el.scrollTop = this.el.scrollHeight;
  }
}

export function article(n: NewsItem): HTMLElement {
  const mark = n.mark === 'historical' ? u('ui.crisis.historicalMark') : n.mark === 'historical-elsewhen' ? u('ui.crisis.elsewhen') : u('ui.crisis.simulated');
  return h('article', { class: `news ${n.mark}` },
    h('p', { class: 'mark', text: mark }),
    h('p', { class: 'head', text: msg(n.msg) }),
    n.quote ? quoteEl(n.quote) : null,
    n.historicalTime ? h('p', { class: 'src', text: u('ui.crisis.happenedAt', { when: momentShort(new Date(n.historicalTime)) }) }) : null,
    n.historical || n.mark === 'historical-elsewhen' ? h('p', { class: 'src', text: u('ui.crisis.historical', { source: n.source ?? '' }) }) : h('p', { class: 'src', text: u('ui.crisis.simulatedLong') }),
  );
}
