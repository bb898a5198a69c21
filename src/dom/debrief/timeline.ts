// The run beside history, turn by turn (src/teach/timeline.ts): this run's moves (those history did not make marked)
// and news (each marked historical with its source, historical at another time, or simulated), and history's moves and
// sourced news beside them. On screen it scrolls in its own box; printed, it runs over as many pages as it needs.
import { c, lang, momentShort, u } from '../../ui/i18n.ts';
import { capitalized } from '../../text/index.ts';
import type { Debrief } from '../../teach/debrief.ts';
import type { TimelineNews, TimelineTurn } from '../../teach/timeline.ts';
import { h, section } from '../h.ts';

function markOf(n: TimelineNews): string {
  return n.mark === 'historical' ? u('ui.crisis.historicalMark') : n.mark === 'historical-elsewhen' ? u('ui.crisis.elsewhen') : u('ui.crisis.simulated');
}

function runNews(n: TimelineNews): HTMLElement {
  return h('li', { class: `tl-news ${n.mark}` },
    h('span', { class: 'tl-mark', text: markOf(n) }), ' ',
    h('span', { text: n.text }),
    n.historicalTime ? h('span', { class: 'src', text: ` ${u('ui.crisis.happenedAt', { when: momentShort(new Date(n.historicalTime)) })}` }) : null,
    n.source ? h('span', { class: 'src', text: ` ${u('ui.crisis.historical', { source: n.source })}` }) : null,
  );
}

function runSide(t: TimelineTurn): HTMLElement {
  const side = h('div', { class: 'tl-run' }, h('h4', { text: c('teach.md.this-run') }));
  if (!t.run) {
    side.append(h('p', { class: 'dim', text: c('debrief.timeline.ended') }));
    return side;
  }
  side.append(
    h('ul', null,
      ...t.run.moves.map((m) => h('li', { class: m.asHistory ? 'tl-move' : 'tl-move off' }, h('span', { text: m.text }), m.asHistory ? null : h('span', { class: 'tl-off', text: ` ${c('teach.md.not-history')}` }))),
      ...t.run.news.map(runNews),
    ),
  );
  return side;
}

function historySide(t: TimelineTurn): HTMLElement {
  const side = h('div', { class: 'tl-history' }, h('h4', { text: c('teach.md.history') }));
  if (!t.history) {
    side.append(h('p', { class: 'dim', text: c('debrief.timeline.historyEnded') }));
    return side;
  }
  const items = [
    ...t.history.moves.map((m) => h('li', { class: 'tl-move', text: m.text })),
    ...t.history.news.map((n) => h('li', { class: 'tl-news historical' }, h('span', { text: n.text }), h('span', { class: 'src', text: ` ${u('ui.crisis.historical', { source: n.source })}` }))),
  ];
  side.append(items.length ? h('ul', null, ...items) : h('p', { class: 'dim', text: c('teach.md.history-quiet') }));
  return side;
}

export function renderTimeline(d: Debrief): HTMLElement {
  const left = d.departure && d.departure.cause !== 'rulebook' ? d.departure.turn : null;
  const list = h('ol', { class: 'tl' }, ...d.timeline.map((t) =>
    h('li', { class: `tl-turn${left !== null && t.turn === left ? ' left' : ''}` },
      h('h3', { text: capitalized(t.label, lang()) }),
      h('div', { class: 'tl-cols' }, runSide(t), historySide(t)),
    )));
  return section('beside-history', c('teach.md.timeline'), 2,
    h('p', { class: 'dim', text: c('teach.md.timeline.how') }),
    h('div', { id: 'timeline-box', class: 'tl-box', attrs: { tabindex: 0, 'data-scroll': true, role: 'region', 'aria-label': c('teach.md.timeline') } }, list),
  );
}
