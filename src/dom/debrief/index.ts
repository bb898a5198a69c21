// The debrief under the ending, in the order a class reads it (SCREENS.md): every party's score and where things
// stand; the run's code to hand in (a class session's runs); where the run left history and its timeline beside
// history's, with sources; the turning points and the odds of the ending (explore's components, mounted where they
// exist); questions for discussion chosen from this run and the seat played; what is known now; and the exports (the
// Markdown the command line writes, and a print stylesheet for a handout). Every fact comes from src/teach's debrief().
import { c, lang, partyName, u } from '../../ui/i18n.ts';
import type { PartyId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { capitalized, type Lang, type UiKey } from '../../text/index.ts';
import { debrief, type Debrief } from '../../teach/debrief.ts';
import { bar, h, section } from '../h.ts';
import type { View } from '../app.ts';
import { renderHandIn } from './hand-in.ts';
import { renderExport } from './export.ts';
import { renderTimeline } from './timeline.ts';
import { renderTurningPoints } from '../turning-points.ts';
import { endingOddsPanel } from '../ending-odds.ts';
import '../../ui/debrief.css';

/** The debrief of a game in a language, made once: the screen redraws often, the game does not change. */
const made = new WeakMap<GameState, Map<string, Debrief>>();
export function debriefOf(state: GameState, seat: PartyId | null, language: Lang): Debrief {
  let byKey = made.get(state);
  if (!byKey) made.set(state, (byKey = new Map()));
  const key = `${seat ?? ''} ${language}`;
  let d = byKey.get(key);
  // Turning points come from the workers (explore's component): not looked for here, where they would take seconds.
  if (!d) byKey.set(key, (d = debrief(state, { seat, lang: language, turningPoints: null })));
  return d;
}

export function renderDebrief(body: HTMLElement, v: View): void {
  const ctx = v.s.context;
  const state = ctx.game!;
  const humans: readonly PartyId[] = ctx.humans;
  const d = debriefOf(state, ctx.mode === 'play' ? (humans[0] ?? null) : null, lang());
  // The turning points ask the simulation workers first: theirs is the tighter promise (within 3 s of the ending).
  const points = h('div', { id: 'debrief-turning-points', class: 'debrief-slot', attrs: { 'data-slot': 'turning-points' } });
  renderTurningPoints(points, state, lang());
  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'setup-line', text: c('teach.md.setup', { seed: d.seed, rules: d.rules.length ? d.rules.map((r) => r.title).join(', ') : c('teach.md.rules-2023'), seat: humans.length ? humans.map((p) => partyName(p)).join(', ') : c('teach.md.no-seat') }) }),
    h('div', { class: 'ending-cols' }, scores(d, humans), figures(state)),
    ctx.session && ctx.mode === 'play' ? renderHandIn(state) : null,
    departure(d),
    renderTimeline(d),
    points,
    h('div', { id: 'debrief-ending-odds', class: 'debrief-slot', attrs: { 'data-slot': 'ending-odds' } }, endingOddsPanel(state)),
    questions(d),
    knownNow(d),
    renderExport(d, state),
  ];
  for (const p of parts) if (p) body.append(p);
}

function scores(d: Debrief, humans: readonly PartyId[]): HTMLElement {
  const order = [...d.scores].sort((a, b) => b.score - a.score);
  return section('scores', u('ui.ending.scores'), 2,
    h('ul', { class: 'scores' }, ...order.map((s) => {
      const mine = humans.includes(s.party);
      const name = `${s.name}${mine ? ` (${u('ui.ending.youPlayed')})` : ''}`;
      return h('li', { class: mine ? 'mine' : '' }, h('p', { class: 'num-head' }, h('span', { text: name }), h('strong', { text: `${s.score} / 100` })), bar(s.score, 100));
    })));
}

function figures(state: GameState): HTMLElement {
  const w = state.world;
  const departed = w.departures.microsoft + w.departures.salesforce + w.departures.newco + w.departures.other;
  const rows: [string, string][] = [
    [u('ui.crisis.ceoChair'), u(`ui.crisis.ceo.${w.ceo}` as UiKey)],
    [u('ui.crisis.altmanAt'), u(`ui.crisis.altmanAt.${w.altmanAt}` as UiKey)],
    [u('ui.crisis.staff'), `${w.staff}`],
    [u('ui.crisis.departures'), `${departed}`],
    [u('ui.crisis.signatures'), `${w.signatures}`],
    [u('ui.crisis.valuationLabel'), u('ui.crisis.valuation', { n: Math.round(w.valuation) })],
  ];
  return section('figures', u('ui.ending.figures'), 2,
    h('dl', { class: 'figure-list' }, ...rows.flatMap(([l, val]) => [h('dt', { text: l }), h('dd', { text: val })])));
}

function departure(d: Debrief): HTMLElement {
  const left = d.departure;
  const rules = d.rules.map((r) => r.title).join(', ');
  const sec = section('departure', c('teach.md.departure'), 2);
  if (!left) sec.append(h('p', { text: c('teach.md.departure.none') }));
  else if (left.cause === 'rulebook') sec.append(h('p', { text: c('teach.md.departure.rulebook', { rules }) }));
  else if (left.cause === 'ending') sec.append(h('p', { text: c('teach.md.departure.ending', { when: capitalized(left.label, lang()) }) }));
  else {
    sec.append(
      h('p', { class: 'when', text: c('teach.md.departure.moves', { when: capitalized(left.label, lang()) }) }),
      h('ul', { class: 'differences' }, ...left.differences.map((x) => h('li', { text: c('teach.md.departure.difference', { played: x.played, history: x.history }) }))),
    );
  }
  return sec;
}

function questions(d: Debrief): HTMLElement {
  return section('questions', c('teach.md.questions'), 2,
    h('ol', { class: 'q-list' }, ...d.questions.map((q) => h('li', { attrs: { 'data-question': q.id }, text: q.text }))));
}

function knownNow(d: Debrief): HTMLElement {
  const facts = [...d.knownNow.hidden.map((f) => ({ text: f.text, source: null as string | null })), ...d.knownNow.hindsight.map((f) => ({ text: f.text, source: f.source ?? null }))];
  return section('known-now', c('teach.md.known-now'), 2,
    h('ul', { class: 'known' }, ...facts.map((f) => h('li', null, h('span', { text: f.text }), f.source ? h('span', { class: 'src', text: ` ${u('ui.crisis.historical', { source: f.source })}` }) : null))),
  );
}
