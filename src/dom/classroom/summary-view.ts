// The class summary in tables (src/classroom/summary.ts): the endings beside the spread of the session's settings and
// history's own ending; every party's scores (mean, least, most) beside the spread's mean and history's; where the runs
// left history; how the class split on its key decisions; and the runs one by one. The projector shows the same parts.
import { c, lang, partyName, u } from '../../ui/i18n.ts';
import { PARTIES } from '../../sim/ids.ts';
import { capitalized, clockLabel } from '../../text/index.ts';
import { decisionTitle, KEY_DECISIONS, wayText } from '../../classroom/decisions.ts';
import type { SpreadTally } from '../../classroom/spread.ts';
import type { ClassSummary } from '../../classroom/summary.ts';
import { bar, h } from '../h.ts';
import { countText } from '../odds-words.ts';

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((100 * n) / of));
/** A share in the reader's language: "45%", "45 %". */
export const percent = (n: number, of: number): string => c('teach.md.percent', { n: pct(n, of) });
const one = (x: number) => (Math.round(x * 10) / 10).toLocaleString(lang() === 'fr' ? 'fr-FR' : 'en-GB');
const when = (turn: number) => capitalized(clockLabel(turn, lang()), lang());

/** A table with its caption, in a box that scrolls sideways (by keyboard too) when a phone is narrower than it. */
function table(id: string, caption: string, head: string[], rows: (string | Node)[][], cls = ''): HTMLElement {
  return h('div', { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': `${id}-cap` } },
    h('table', { id, class: `class-table ${cls}` },
      h('caption', { id: `${id}-cap`, text: caption }),
      h('thead', null, h('tr', null, ...head.map((x) => h('th', { attrs: { scope: 'col' }, text: x })))),
      h('tbody', null, ...rows.map((r) => h('tr', null, ...r.map((cell, i) => (i === 0 ? h('th', { attrs: { scope: 'row' } }, cell) : h('td', null, cell)))))),
    ));
}

/** A share as text and as a bar beside it. */
const shareCell = (n: number, of: number, tone: string) => h('span', { class: 'share' }, h('span', { class: 'share-n', text: percent(n, of) }), bar(pct(n, of), 100, [], tone));

/** The endings reached by the class, by the spread or by history (the others, nobody reached). */
export function endingsTable(s: ClassSummary, spread: SpreadTally | null, compact = false): HTMLElement {
  const shown = s.endings.filter((e) => e.count > 0 || (spread && spread.outcomes[e.outcome] > 0) || e.outcome === s.history.outcome);
  const head = [c('class.sum.ending'), c('class.sum.classRuns'), c('class.sum.spreadShare', { runs: countText(spread?.runs ?? 0) }), c('class.sum.history')];
  const rows = shown.map((e) => [
    c(`outcome.${e.outcome}.title`),
    h('span', { class: 'share' }, h('span', { class: 'share-n', text: compact ? percent(e.count, s.runs.length) : c('class.sum.countShare', { n: e.count, share: pct(e.count, s.runs.length) }) }), bar(pct(e.count, s.runs.length), 100, [], 'class')),
    spread ? shareCell(spread.outcomes[e.outcome], spread.runs, 'spread') : c('class.sum.pending'),
    e.outcome === s.history.outcome ? c('class.sum.historyEnding', { when: when(s.history.endTurn) }) : '',
  ]);
  return table('class-endings', c('class.sum.endings'), head, rows, 'endings-t');
}

/** Every party's scores: the seats students played first. */
export function scoresTable(s: ClassSummary, spread: SpreadTally | null): HTMLElement {
  const order = [...PARTIES].sort((a, b) => Number(!!s.scores.find((x) => x.party === b)?.played) - Number(!!s.scores.find((x) => x.party === a)?.played));
  const head = [c('class.sum.party'), c('class.sum.mean'), c('class.sum.range'), c('class.sum.spreadMean'), c('class.sum.history')];
  const rows = order.map((p) => {
    const r = s.scores.find((x) => x.party === p);
    return [
      r?.played ? c('class.sum.played', { party: partyName(p) }) : partyName(p),
      r ? h('span', { class: 'share' }, h('span', { class: 'share-n', text: one(r.mean) }), bar(r.mean, 100, [], 'class')) : '–',
      r ? c('class.sum.minMax', { min: r.min, max: r.max }) : '–',
      spread && spread.runs ? one(spread.scoreSums[p] / spread.runs) : c('class.sum.pending'),
      String(s.history.scores[p]),
    ];
  });
  return table('class-scores', c('class.sum.scores'), head, rows, 'scores-t');
}

/** How many runs left history at each turn. */
export function leftHistoryList(s: ClassSummary): HTMLElement {
  const most = Math.max(1, ...s.leftAt.map((x) => x.count));
  return h('section', { class: 'class-part', attrs: { 'aria-labelledby': 'class-left-h' } },
    h('h3', { id: 'class-left-h', text: c('class.sum.leftHistory') }),
    s.leftAt.length === 0 ? h('p', { class: 'dim', text: c('class.sum.noRuns') }) : null,
    h('ul', { id: 'class-left', class: 'left-list' }, ...s.leftAt.map((x) =>
      h('li', null,
        h('p', { class: 'num-head' }, h('span', { text: x.turn === null ? c('class.sum.neverLeft') : when(x.turn) }), h('strong', { text: c('class.sum.runs', { n: x.count }) })),
        bar(x.count, most, [], 'class'),
      ))),
  );
}

/** For each key decision, the ways the class took it (history's way marked). */
export function decisionsList(s: ClassSummary): HTMLElement {
  const n = s.runs.length;
  return h('section', { class: 'class-part', attrs: { 'aria-labelledby': 'class-decisions-h' } },
    h('h3', { id: 'class-decisions-h', text: c('class.sum.decisions') }),
    h('ul', { id: 'class-decisions', class: 'decisions' }, ...s.decisions.map((d) =>
      h('li', null,
        h('h4', { text: `${decisionTitle(d.id, lang())} · ${partyName(d.party)}` }),
        h('ul', { class: 'ways' }, ...d.ways.map((w) =>
          h('li', { class: w.history ? 'history-way' : '' },
            h('p', { class: 'num-head' },
              h('span', { text: `${wayText(d.id, w.way, lang())}${w.history ? ` (${c('class.sum.historyWay')})` : ''}` }),
              h('strong', { text: c('class.sum.countShare', { n: w.count, share: pct(w.count, n) }) })),
            bar(pct(w.count, n), 100, [], 'class'),
          ))),
      ))),
  );
}

/** The runs one by one: who played, the ending, where each left history, the played seats' scores. */
export function runsTable(s: ClassSummary): HTMLElement {
  const head = [c('class.sum.run'), c('class.sum.seats'), c('class.sum.ending'), c('class.sum.left'), ...KEY_DECISIONS.map((d) => decisionTitle(d.id, lang())), c('class.sum.seatScores')];
  const rows = s.runs.map((r) => [
    c('class.sum.runN', { n: r.n }),
    r.seats.map((p) => partyName(p)).join(', '),
    `${c(`outcome.${r.outcome}.title`)} (${when(r.endTurn)})`,
    r.leftAt === null ? c('class.sum.neverLeft') : when(r.leftAt),
    ...KEY_DECISIONS.map((d) => wayText(d.id, r.decisions[d.id], lang())),
    r.seats.map((p) => u('ui.ending.score', { party: partyName(p), score: r.scores[p] })).join('; '),
  ]);
  return table('class-runs', c('class.sum.runsList'), head, rows, 'runs-t');
}
