// The ending: the outcome and its summary, the rulebook, where things stand, every party's score (the ones played
// here marked), and the run's moves turn by turn.
import { c, partyName, playedLabel, rulebookText, u, whenText } from '../ui/i18n.ts';
import { cue } from '../ui/sound.ts';
import { PROLOGUE_TURN, scoresFor } from '../sim/index.ts';
import { PARTIES } from '../sim/ids.ts';
import type { UiKey } from '../text/index.ts';
import { bar, btn, h, section } from './h.ts';
import type { View } from './app.ts';

export function renderEnding(main: HTMLElement, v: View): string {
  const ctx = v.s.context;
  const st = ctx.game!;
  const out = st.outcome!;
  const humans: readonly string[] = ctx.humans;
  if (!v.prev) cue('ending');
  const title = c(`outcome.${out.id}.title`, undefined, out.id);
  const w = st.world;
  const departed = w.departures.microsoft + w.departures.salesforce + w.departures.newco + w.departures.other;
  const figures: [string, string][] = [
    [u('ui.crisis.ceoChair'), u(`ui.crisis.ceo.${w.ceo}` as UiKey)],
    [u('ui.crisis.altmanAt'), u(`ui.crisis.altmanAt.${w.altmanAt}` as UiKey)],
    [u('ui.crisis.staff'), `${w.staff}`],
    [u('ui.crisis.departures'), `${departed}`],
    [u('ui.crisis.signatures'), `${w.signatures}`],
    [u('ui.crisis.valuationLabel'), u('ui.crisis.valuation', { n: Math.round(w.valuation) })],
  ];
  const scores = scoresFor(st);
  const order = [...PARTIES].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  main.append(
    h('div', { class: 'ending-page' },
      h('header', { class: 'masthead' },
        h('p', { class: 'kicker', text: `${u('ui.ending.heading')} · ${u('ui.ending.turnOf', { day: whenText(out.turn), part: '' }).replace(/[\s,]+$/, '')}` }),
        h('h1', { text: title }),
        h('p', { class: 'lead', text: c(`outcome.${out.id}.summary`, undefined, '') }),
        h('p', { id: 'ending-rulebook', class: `rules-now ${st.rules.length ? 'changed' : ''}`, text: u('ui.rules.label', { rules: rulebookText(st.rules) }) }),
      ),
      h('div', { class: 'ending-cols' },
        section('scores', u('ui.ending.scores'), 2,
          h('ul', { class: 'scores' }, ...order.map((p) => {
            const mine = humans.includes(p);
            const name = `${partyName(p)}${mine ? ` (${u('ui.ending.youPlayed')})` : ''}`;
            const score = Math.round(scores[p] ?? 0);
            return h('li', { class: mine ? 'mine' : '' }, h('p', { class: 'num-head' }, h('span', { text: name }), h('strong', { text: `${score} / 100` })), bar(score, 100));
          }))),
        section('figures', u('ui.ending.figures'), 2,
          h('dl', { class: 'figure-list' }, ...figures.flatMap(([l, val]) => [h('dt', { text: l }), h('dd', { text: val })]))),
      ),
      section('timeline', u('ui.ending.moves'), 2,
        h('ol', { class: 'timeline' }, ...st.log.map((rec) => h('li', null,
          h('strong', { text: rec.turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(rec.turn) }),
          h('ul', null, ...rec.moves.map((m) => h('li', { class: humans.includes(m.party) ? 'mine' : '', text: u('ui.crisis.by', { party: partyName(m.party), move: playedLabel(m) }) }))),
        )))),
      h('nav', { class: 'row', attrs: { 'aria-label': u('ui.ending.heading') } },
        btn(u('ui.ending.again'), { id: 'ending-again', kind: 'primary big', onClick: () => v.send({ type: 'PLAY_AGAIN' }) }),
        btn(u('ui.ending.title'), { id: 'ending-title', kind: 'secondary', onClick: () => v.send({ type: 'MENU' }) }),
      ),
    ),
  );
  return title;
}
