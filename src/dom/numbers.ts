// The numbers: each with its value, a bar with the thresholds that end the game drawn on it, and every change made
// this turn beside it with its cause, and a Why? that names all its causes. Warnings come first, before a threshold
// bites.
import { metricName, momentShort, u } from '../ui/i18n.ts';
import { DEPARTURE_DESTINATIONS } from '../sim/ids.ts';
import { STAFF_AT_START } from '../sim/index.ts';
import { EXODUS_SHARE, NEWCO_SHARE, RAID_SHARE } from '../sim/outcomes.ts';
import type { Change, GameState } from '../sim/types.ts';
import type { UiKey } from '../text/index.ts';
import { deadlinesOf } from '../flow/facts.ts';
import { bar, h, section } from './h.ts';
import { causeLine, deltaText } from './words.ts';
import { changeKey, mergeChanges, type NumView } from './view.ts';
import { whyButton } from './teach-bar.ts';

const GAUGES = ['continuity', 'microsoftConfidence', 'boardCredibility', 'investorPressure', 'missionSafeguards'] as const;
export const NEED = {
  exodus: Math.ceil(STAFF_AT_START * EXODUS_SHARE),
  newco: Math.ceil(STAFF_AT_START * NEWCO_SHARE),
  raid: Math.ceil(STAFF_AT_START * RAID_SHARE),
};

/** The changes beside a number, each with its cause. */
function causes(byKey: Map<string, Change[]>, key: string): HTMLElement | null {
  const list = byKey.get(key);
  if (!list?.length) return null;
  return h('ul', { class: 'causes' }, ...list.map((ch) => h('li', null, h('span', { class: `delta ${deltaText(ch).startsWith('▲') ? 'up' : deltaText(ch).startsWith('▼') ? 'down' : ''}`, text: deltaText(ch) }), ' ', h('span', { text: causeLine(ch) }))));
}

/** A number's row; `turn` is the turn its changes belong to (the log's last), which its Why? asks about. */
function row(label: string, value: string, b: HTMLElement | null, why: HTMLElement | null, id: string, turn: number | null): HTMLElement {
  const key = id.startsWith('departures-') ? id.replace('-', ':') : id;
  const ask = why && turn !== null ? whyButton(`why-${id}`, label, { key, turn }) : null;
  return h('div', { class: 'num', attrs: { 'data-metric': id } },
    h('div', { class: 'num-head' }, h('span', { class: 'num-name', text: label }), h('span', { class: 'num-val', text: value }), ask),
    b, why);
}

/** Thresholds about to bite, in words: continuity near collapse, departures near an ending, a deadline this turn. */
export function warnings(game: GameState, v: NumView, turnShown: number): string[] {
  const out: string[] = [];
  if (v.continuity <= 35) out.push(u('ui.crisis.warn.continuity', { n: Math.round(v.continuity) }));
  const d = v.departures;
  if (d.microsoft >= NEED.exodus * 0.5) out.push(u('ui.crisis.warn.exodus', { n: d.microsoft, need: NEED.exodus }));
  if (d.newco >= NEED.newco * 0.5) out.push(u('ui.crisis.warn.newco', { n: d.newco, need: NEED.newco }));
  if (d.salesforce + d.other >= NEED.raid * 0.5) out.push(u('ui.crisis.warn.raid', { n: d.salesforce + d.other, need: NEED.raid }));
  for (const dl of deadlinesOf(game)) {
    if (dl.turn === turnShown) out.push(u('ui.crisis.warn.deadline', { what: u(`ui.crisis.deadline.${dl.kind}` as UiKey), when: momentShort(new Date(dl.at)) }));
  }
  return out;
}

/** `was`: the numbers before the step just shown, which the bars move from. */
export function numbersPanel(game: GameState, v: NumView, changes: readonly Change[], turnShown: number, was?: NumView): HTMLElement {
  const turn = game.log.length ? game.log[game.log.length - 1].turn : null;
  const byKey = new Map<string, Change[]>();
  for (const ch of mergeChanges(changes)) {
    const k = changeKey(ch);
    byKey.set(k, [...(byKey.get(k) ?? []), ch]);
  }
  const warn = warnings(game, v, turnShown);
  const total = DEPARTURE_DESTINATIONS.reduce((a, k) => a + v.departures[k], 0);
  const depRows = DEPARTURE_DESTINATIONS.map((dest) => {
    const need = dest === 'microsoft' ? NEED.exodus : dest === 'newco' ? NEED.newco : NEED.raid;
    return row(`${u('ui.crisis.departures')}: ${u(`ui.crisis.dest.${dest}` as UiKey)}`, String(v.departures[dest]), bar(v.departures[dest], need, [], `dest-${dest}`, was?.departures[dest]), causes(byKey, `departures:${dest}`), `departures-${dest}`, turn);
  });
  return section('numbers', u('ui.crisis.numbers'), 2,
    warn.length ? h('ul', { class: 'warnings', attrs: { 'aria-label': u('ui.crisis.warnings') } }, ...warn.map((w) => h('li', { text: `⚠ ${w}` }))) : null,
    h('div', { class: 'nums' },
      row(u('ui.crisis.signatures'), u('ui.crisis.signaturesOf', { n: v.signatures, staff: v.staff }), bar(v.signatures, v.staff), causes(byKey, 'signatures'), 'signatures', turn),
      row(u('ui.crisis.staff'), String(v.staff), null, causes(byKey, 'staff'), 'staff', turn),
      row(u('ui.crisis.departures'), String(total), null, null, 'departures', turn),
      ...depRows,
      ...GAUGES.map((id) => row(metricName(id), String(Math.round(v[id])),
        bar(v[id], 100, id === 'continuity' ? [{ at: 35, label: u('ui.crisis.threshold', { what: u('ui.crisis.threshold.collapse'), n: 0 }) }] : [], id === 'continuity' && v.continuity <= 35 ? 'danger' : ''),
        causes(byKey, id), id, turn)),
      row(u('ui.metric.msftPrice'), u('ui.crisis.msftPrice', { price: v.msftPrice.toFixed(2) }), null, causes(byKey, 'msftPrice'), 'msftPrice', turn),
      row(u('ui.crisis.valuationLabel'), u('ui.crisis.valuation', { n: Math.round(v.valuation) }), null, causes(byKey, 'valuation'), 'valuation', turn),
      row(u('ui.metric.tender'), u(`ui.crisis.tender.${v.tender}` as UiKey), null, causes(byKey, 'tender'), 'tender', turn),
    ),
  );
}
