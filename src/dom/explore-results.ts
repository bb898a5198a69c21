// The explorer's results as tables a screen reader reads, each row with its bars (CSS, hidden from assistive
// technology, which reads the numbers): each ending's share and each party's mean score, beside the 2023 rulebook's
// when the rulebook differs, history's ending marked, and for each ending reached a button that opens a run that ended so.
import { c, partyName, u } from '../ui/i18n.ts';
import { meanScores, type BatchResult, type ExploreSetup } from '../sim/explore.ts';
import { HISTORICAL_ENDING } from '../sim/history/script.ts';
import { OUTCOMES, PARTIES, type OutcomeId, type PartyId } from '../sim/ids.ts';
import { bar, btn, h } from './h.ts';
import { countText, scoreText, shareText } from './odds-words.ts';

export interface Explored {
  setup: ExploreSetup;
  runs: number;
  main: BatchResult;
  /** The same runs under the 2023 rulebook, when the rulebook differs. */
  base: BatchResult | null;
}

const th = (text: string, scope: 'col' | 'row' = 'col') => h('th', { attrs: { scope }, text });

function shareCell(r: BatchResult, o: OutcomeId, tone: string): HTMLElement {
  return h('td', { class: tone }, h('span', { class: 'num', text: u('ui.explore.share', { pct: shareText(r.outcomes[o], r.runs), count: countText(r.outcomes[o]) }) }), bar(r.outcomes[o], r.runs, [], tone));
}

export function endingsTable(r: Explored, onSample: (o: OutcomeId) => void): HTMLElement {
  const rows = OUTCOMES.map((o) => {
    const title = c(`outcome.${o}.title`, undefined, o);
    const history = o === HISTORICAL_ENDING.id;
    let sample: HTMLElement = h('span', { class: 'dim', text: u('ui.explore.sampleNone') });
    if (r.main.samples[o] !== undefined) {
      sample = btn(u('ui.explore.sample'), { id: `explore-sample-${o}`, kind: 'chip', onClick: () => onSample(o) });
      sample.setAttribute('aria-label', u('ui.explore.sampleName', { ending: title }));
    }
    return h('tr', { class: history ? 'history' : '', attrs: { 'data-ending': o } },
      h('th', { attrs: { scope: 'row' } }, h('span', { text: title }), history ? h('span', { class: 'badge on', text: u('ui.explore.historyMark') }) : null),
      shareCell(r.main, o, 'main'),
      r.base ? shareCell(r.base, o, 'base') : null,
      h('td', null, sample));
  });
  return h('table', { id: 'explore-endings', class: 'explore-table' },
    h('caption', { text: u('ui.explore.endings') }),
    h('thead', null, h('tr', null, th(u('ui.explore.colEnding')), th(u('ui.explore.colShare')), r.base ? th(u('ui.explore.colBase')) : null, th(u('ui.explore.colSample')))),
    h('tbody', null, ...rows));
}

function scoreCell(mean: number, tone: string): HTMLElement {
  return h('td', { class: tone }, h('span', { class: 'num', text: scoreText(mean) }), bar(mean, 100, [], tone));
}

export function scoresTable(r: Explored): HTMLElement {
  const main = meanScores(r.main);
  const base = r.base && meanScores(r.base);
  const seat: PartyId | undefined = r.setup.seat?.party;
  return h('table', { id: 'explore-scores', class: 'explore-table' },
    h('caption', { text: u('ui.explore.scores') }),
    h('thead', null, h('tr', null, th(u('ui.explore.colParty')), th(u('ui.explore.colScore')), base ? th(u('ui.explore.colBase')) : null)),
    h('tbody', null, ...PARTIES.map((p) => h('tr', { class: p === seat ? 'mine' : '' },
      th(p === seat ? u('ui.explore.yourSeat', { party: partyName(p) }) : partyName(p), 'row'),
      scoreCell(main[p], 'main'),
      base ? scoreCell(base[p], 'base') : null))));
}
