// The table in words (the stage draws it; this says the same for every reader): the directors, the CEO's chair,
// where Altman is and where each party stands; with the legend of the stage's colours.
import { c, partyName, u } from '../ui/i18n.ts';
import { PARTIES, type PartyId } from '../sim/ids.ts';
import { STAFF_AT_START } from '../sim/index.ts';
import type { UiKey } from '../text/index.ts';
import type { StageModel } from '../../scenes/stage-model.ts';
import { h, section } from './h.ts';
import { directorName } from './words.ts';
import type { NumView } from './view.ts';

/** What the stage shows beyond the numbers: the quotes just in the news, and how changes move. */
export type StageExtras = Pick<StageModel, 'quotes' | 'motion' | 'stepMs'>;

export function stageModel(v: NumView, parties: Record<PartyId, string>, humans: readonly string[], fontPx: number, extras: StageExtras): StageModel {
  const shown = v.directors.filter((d) => d.seated || !['altman', 'brockman'].includes(d.id) || d.joinedLater);
  return {
    directors: shown.map((d) => ({ id: d.id, seated: d.seated, resolve: Math.round(d.resolve), joinedLater: d.joinedLater })),
    names: Object.fromEntries(shown.map((d) => [d.id, directorName(d.id).split(' ').slice(-1)[0]])),
    ceo: v.ceo,
    ceoName: u(`ui.crisis.ceo.${v.ceo}` as UiKey),
    altmanAt: v.altmanAt,
    parties: PARTIES.filter((p) => p !== 'board').map((p) => ({ id: p, name: partyName(p), state: c(`state.${p}.${parties[p]}`, undefined, parties[p]), you: humans.includes(p) })),
    departures: { ...v.departures },
    staffShare: Math.max(0, Math.min(1, v.staff / STAFF_AT_START)),
    ...extras,
    fontPx,
  };
}

export function legend(): HTMLElement {
  return h('ul', { class: 'legend', attrs: { 'aria-label': u('ui.crisis.legend') } },
    h('li', null, h('span', { class: 'swatch firm', attrs: { 'aria-hidden': 'true' } }), u('ui.crisis.legend.firm')),
    h('li', null, h('span', { class: 'swatch wavering', attrs: { 'aria-hidden': 'true' } }), u('ui.crisis.legend.wavering')),
    h('li', null, h('span', { class: 'swatch gone', attrs: { 'aria-hidden': 'true' } }), u('ui.crisis.legend.gone')),
  );
}

export function tablePanel(v: NumView, parties: Record<PartyId, string>): HTMLElement {
  const shown = v.directors.filter((d) => d.seated || !['altman', 'brockman'].includes(d.id) || d.joinedLater);
  return section('table', u('ui.crisis.table'), 2,
    h('p', { class: 'chair' }, h('strong', { text: `${u('ui.crisis.ceoChair')}: ` }), u(`ui.crisis.ceo.${v.ceo}` as UiKey), '. ', `${u('ui.crisis.altmanAt')} ${u(`ui.crisis.altmanAt.${v.altmanAt}` as UiKey)}.`),
    h('h3', { text: u('ui.crisis.directors') }),
    h('ul', { class: 'directors' }, ...shown.map((d) => {
      const removed = d.seated && (d.id === 'altman' || d.id === 'brockman');
      const state = !d.seated ? u('ui.crisis.gone') : removed ? u('ui.crisis.seated') : `${u('ui.crisis.seated')}, ${u('ui.crisis.resolve', { n: Math.round(d.resolve) })}${d.joinedLater ? `, ${u('ui.crisis.new')}` : ''}`;
      const tone = !d.seated ? 'gone' : removed ? '' : d.resolve >= 50 ? 'firm' : 'wavering';
      return h('li', { class: tone }, h('span', { class: `swatch ${tone}`, attrs: { 'aria-hidden': 'true' } }), h('strong', { text: directorName(d.id) }), `: ${state}`);
    })),
    h('h3', { text: u('ui.crisis.parties') }),
    h('ul', { class: 'party-states' }, ...PARTIES.map((p) => h('li', null, h('strong', { text: partyName(p) }), `: ${c(`state.${p}.${parties[p]}`, undefined, parties[p])}`))),
  );
}
