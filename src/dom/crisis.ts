// The crisis screen: the header (clock, the week as a strip of days with the deadlines at their moment, the rulebook,
// the menu), the stage, the panels (numbers, news, the table in words, where you stand; tabs over one panel on
// narrow screens), and the act panel: your moves and the chosen one's detail, a turn's resolution, or watching.
import { clockText, dayPart, lang, momentShort, moveTitle, partyName, rulebookText, u } from '../ui/i18n.ts';
import { LAST_TURN, PROLOGUE_TURN, turnClock } from '../sim/index.ts';
import { chooserOf, STEP_MS } from '../flow/machine.ts';
import { quotesOf } from './quotes.ts';
import { playCues } from './cues.ts';
import { deadlinesOf, stepsOf } from '../flow/facts.ts';
import type { GameState } from '../sim/types.ts';
import type { UiKey } from '../text/index.ts';
import { btn, h } from './h.ts';
import { NewsLog } from './news.ts';
import { numbersPanel } from './numbers.ts';
import { endTurnRow, moveDetail, movesList } from './moves.ts';
import { lastTurnPanel, resolutionPanel, watchPanel } from './resolution.ts';
import { standingPanel } from './standing.ts';
import { oddsPanel } from './odds-panel.ts';
import { legend, stageModel, tablePanel } from './table.ts';
import { stepLabel, stepLines } from './words.ts';
import { currentView } from './view.ts';
import { guidePanel } from './guide.ts';
import type { View } from './app.ts';
import '../ui/motion.css';

type Tab = 'numbers' | 'news' | 'table' | 'standing';
const TABS: Tab[] = ['news', 'numbers', 'table', 'standing'];

/** What outlives a redraw while the crisis is on screen. */
let kept: { news: NewsLog; lang: string; clock: HTMLElement; live: HTMLElement; tab: Tab; sheetOpen: boolean } | null = null;

export function leaveCrisis(): void {
  kept = null;
}

function keep() {
  kept ??= {
    news: new NewsLog(),
    lang: lang(),
    clock: h('p', { id: 'clock', class: 'clock', attrs: { role: 'status' } }),
    live: h('p', { id: 'res-live', class: 'sr-only', attrs: { 'aria-live': 'polite' } }),
    tab: 'news',
    sheetOpen: true,
  };
  return kept;
}

export function clockLabel(turn: number): string {
  if (turn === PROLOGUE_TURN) return `${u('ui.crisis.prologue')}: ${clockText(turn)}`;
  return `${clockText(turn)} · ${u('ui.crisis.turn', { n: turn + 1, last: LAST_TURN + 1 })}`;
}

function header(v: View, game: GameState, turnNow: number): HTMLElement {
  const k = keep();
  const clock = clockLabel(turnNow);
  if (k.clock.textContent !== clock) k.clock.textContent = clock;
  const dls = deadlinesOf(game).filter((d) => d.turn >= turnNow - 1);
  const days = ['fri', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const;
  const strip = h('ol', { class: 'days', attrs: { 'aria-label': u('ui.crisis.clockLabel') } }, ...days.map((d, i) => {
    const first = i * 4 - 2;
    const now = turnNow >= first && turnNow < first + 4;
    const past = turnNow >= first + 4;
    const parts = h('span', { class: 'parts', attrs: { 'aria-hidden': 'true' } }, ...[0, 1, 2, 3].map((p) => {
      const t = first + p;
      const dl = dls.some((x) => x.turn === t);
      return h('span', { class: `part ${t === turnNow ? 'now' : t < turnNow ? 'past' : ''} ${dl ? 'deadline' : ''}` });
    }));
    const li = h('li', { class: `day ${now ? 'now' : ''} ${past ? 'past' : ''}` }, h('span', { class: 'dname', text: `${u(`ui.dayShort.${d}` as UiKey)} ${turnClock(first).date}` }), parts);
    if (now) li.setAttribute('aria-current', 'date');
    return li;
  }));
  return h('header', { class: 'c-head' },
    h('div', { class: 'c-clock' }, h('h1', { class: 'c-title', text: headingOf(v) }), k.clock),
    strip,
    h('ul', { class: 'deadlines', attrs: { 'aria-label': u('ui.crisis.deadlines') } },
      ...(dls.length ? dls.map((d) => h('li', { class: d.turn === turnNow ? 'soon' : '', text: u('ui.crisis.deadlineAt', { what: u(`ui.crisis.deadline.${d.kind}` as UiKey), day: momentShort(new Date(d.at)), hour: '' }).trim() })) : [h('li', { text: u('ui.crisis.noDeadline') })])),
    h('p', { id: 'rulebook', class: `rules-now ${game.rules.length ? 'changed' : ''}`, text: u('ui.rules.label', { rules: rulebookText(game.rules) }) }),
    h('div', { attrs: { 'data-teach-bar': true } }),
    h('div', { class: 'c-menu' },
      btn(u('ui.replay.openShort'), { id: 'crisis-timeline', kind: 'quiet', onClick: () => v.send({ type: 'OPEN_TIMELINE' }) }),
      btn(u('ui.saves.open'), { id: 'crisis-saves', kind: 'quiet', onClick: () => v.send({ type: 'OPEN_SAVES' }) }),
      btn(u('ui.crisis.menu'), { id: 'crisis-menu', kind: 'quiet', onClick: () => v.send({ type: 'MENU' }) }),
    ),
  );
}

function headingOf(v: View): string {
  const who = chooserOf(v.s.context);
  return who ? u('ui.crisis.yourMoves', { party: partyName(who) }) : u('ui.crisis.watching');
}

export function renderCrisis(main: HTMLElement, v: View): string {
  const k = keep();
  const ctx = v.s.context;
  const game = ctx.game!;
  const res = ctx.resolution;
  const turnNow = res ? res.record.turn : game.turn;
  // With motion, the gauges move from where the last step left them (reduced motion: drawn where they are).
  const { view, changes, was } = currentView(ctx, ctx.reducedMotion ? null : v.prev?.context);
  const fontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  // The quotes of a turn are spoken on the stage once its news has landed (they are in the news log then).
  const quotes = res && res.shown >= res.total ? quotesOf(res.record) : [];
  v.stage.show(stageModel(view, game.parties, ctx.humans, fontPx, { quotes, motion: !ctx.reducedMotion, stepMs: STEP_MS / ctx.speed }));
  // The news is written again in the language switched to.
  if (k.lang !== lang()) Object.assign(k, { news: new NewsLog(), lang: lang() });
  // The news of a turn lands once its resolution has been shown.
  k.news.sync(res && res.shown < res.total ? game.log.slice(0, -1) : game.log);
  announce(v, k.live);
  playCues(v.prev?.context, ctx);

  const panels: Record<Tab, HTMLElement> = {
    numbers: numbersPanel(game, view, changes, turnNow, was),
    news: h('section', { id: 'news', class: 'panel news-panel', attrs: { 'aria-labelledby': 'news-h' } },
      h('div', { class: 'panel-top' }, h('h2', { id: 'news-h', class: 'panel-h', text: u('ui.crisis.news') }), h('div', { attrs: { 'data-teach-knew': true } })),
      k.news.el),
    table: tablePanel(view, game.parties),
    standing: standingPanel(game, chooserOf(ctx) ?? ctx.humans[0] ?? null),
  };
  panels.standing.querySelector('h2')!.after(oddsPanel(game));
  for (const t of TABS) {
    panels[t].classList.toggle('shown', t === k.tab);
    // Each panel scrolls on its own: it takes the focus so the keyboard can scroll it, and keeps its scroll.
    if (t !== 'news') panels[t].setAttribute('tabindex', '0');
    panels[t].dataset.scroll = '';
  }
  const tabs = h('div', { class: 'tabs', attrs: { role: 'group', 'aria-label': u('ui.crisis.panels') } }, ...TABS.map((t) =>
    btn(u(`ui.crisis.tab.${t}` as UiKey), { id: `tab-${t}`, kind: 'tab', pressed: t === k.tab, onClick: () => { k.tab = t; v.focusAfter(`tab-${t}`); v.redraw(); } })));

  const grid = h('div', { class: `crisis-grid ${k.sheetOpen ? 'sheet-open' : 'sheet-closed'}` },
    // On a phone this part scrolls above the bottom sheet, which covers nothing; wider, its parts are the grid's own.
    h('div', { id: 'c-scroll', class: 'c-scroll', attrs: { 'data-scroll': true } },
      header(v, game, turnNow),
      h('div', { class: 'c-stage' }, v.stage.el, h('p', { class: 'sr-only', text: u('ui.crisis.stageLabel') }), legend()),
      tabs,
      h('div', { id: 'panels', class: 'c-panels', attrs: { 'data-scroll': true } }, panels.numbers, panels.news, panels.table, panels.standing),
    ),
    actPanel(v, game),
  );
  // How long a gauge takes to move: most of one step of the resolution, or nothing with reduced motion.
  grid.style.setProperty('--move-ms', `${ctx.reducedMotion ? 0 : Math.round((STEP_MS * 0.8) / ctx.speed)}ms`);
  main.append(grid, k.live);
  if (v.prev && v.prev.context.resolution && !res) {
    // After Continue, the focus goes to what happened, not back to a card (a held Enter plays nothing).
    v.focusAfter(ctx.mode === 'watch' ? 'watch-next' : 'last-turn-h');
  }
  if (res && v.prev && !v.prev.context.resolution) v.focusAfter('act-h');
  return headingOf(v);
}

function actPanel(v: View, game: GameState): HTMLElement {
  const ctx = v.s.context;
  if (ctx.resolution) return resolutionPanel(v, ctx.resolution);
  if (ctx.mode === 'watch') return watchPanel(v);
  const who = chooserOf(ctx);
  if (!who) return h('section', { id: 'act', class: 'act' });
  const k = keep();
  const o = { game, who, draft: ctx.draft, refusal: ctx.refusal };
  const chosen = ctx.draft.move;
  const toggle = btn(k.sheetOpen ? u('ui.crisis.sheetHide') : u('ui.crisis.sheetShow'), {
    id: 'sheet-toggle', kind: 'quiet sheet-toggle', onClick: () => { k.sheetOpen = !k.sheetOpen; v.focusAfter('sheet-toggle'); v.redraw(); },
  });
  toggle.setAttribute('aria-expanded', String(k.sheetOpen));
  toggle.setAttribute('aria-controls', 'act-body');
  const last = game.log[game.log.length - 1];
  return h('section', { id: 'act', class: 'act choosing', attrs: { 'aria-labelledby': 'act-h' } },
    h('div', { class: 'act-top' },
      h('h2', { id: 'act-h', class: 'panel-h', text: u('ui.crisis.yourMoves', { party: partyName(who) }) }),
      h('p', { class: 'chosen', text: chosen ? u('ui.crisis.chosen', { move: moveTitle(chosen) }) : u('ui.crisis.noneChosen') }),
      toggle,
    ),
    h('div', { id: 'act-body', class: 'act-body', attrs: { 'data-scroll': true } },
      guidePanel(v, o),
      lastTurnPanel(last, ctx.humans),
      h('div', { class: 'act-cols' }, movesList(v, o), moveDetail(v, o)),
    ),
    endTurnRow(v, o),
  );
}

/** The polite live region says each step as it is shown, and the turn's summary at the end. */
function announce(v: View, live: HTMLElement): void {
  const res = v.s.context.resolution;
  const before = v.prev?.context.resolution;
  if (!res || (before && before.record === res.record && before.shown >= res.shown)) return;
  const steps = stepsOf(res.record);
  const from = before && before.record === res.record ? before.shown : 0;
  const said = steps.slice(from, res.shown).map((s) => `${stepLabel(s, v.s.context.humans, true)}. ${stepLines(s).map((g) => `${g.lines.join(', ')} (${g.cause})`).join('. ')}`);
  if (res.shown >= res.total) said.unshift(u('ui.crisis.resolution', dayPart(res.record.turn)));
  live.textContent = said.join(' ');
}
