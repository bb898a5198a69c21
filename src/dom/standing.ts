// Where you stand: what each ending needs, how close the run is to it, and what it is worth to the party played.
import { c, partyName, u } from '../ui/i18n.ts';
import { BASE_SCORES, LAST_TURN } from '../sim/index.ts';
import { CALM_TURNS_TO_HOLD, HOLD_FROM_TURN } from '../sim/outcomes.ts';
import type { OutcomeId, PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import type { UiKey } from '../text/index.ts';
import { bar, h, section } from './h.ts';
import { NEED } from './numbers.ts';

interface Near { id: OutcomeId; text: string; share: number }

export function nearness(game: GameState): Near[] {
  const w = game.world;
  const talks = Math.round(w.talks.progress);
  const back = w.ceo === 'altman' && w.altmanAt === 'openai';
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const t = (id: OutcomeId, vars: Record<string, number>) => u(`ui.need.${id}` as UiKey, vars);
  const rebuilt = game.parties.board === 'reconstituted' || game.parties.board === 'resigned';
  return [
    { id: 'return-new-board', text: t('return-new-board', { n: talks }), share: back ? (rebuilt ? 1 : 0.8) : clamp(talks / 100) * 0.9 },
    { id: 'return-board-intact', text: t('return-board-intact', { n: talks }), share: back ? (rebuilt ? 0.8 : 1) : clamp(talks / 100) * 0.9 },
    { id: 'exodus-to-microsoft', text: t('exodus-to-microsoft', { n: w.departures.microsoft, need: NEED.exodus }), share: clamp(w.departures.microsoft / NEED.exodus) * (w.altmanAt === 'microsoft' ? 1 : 0.5) },
    { id: 'new-company', text: t('new-company', { n: w.departures.newco, need: NEED.newco }), share: clamp(w.departures.newco / NEED.newco) * (w.altmanAt === 'newco' ? 1 : 0.5) },
    { id: 'talent-raid', text: t('talent-raid', { n: w.departures.salesforce + w.departures.other, need: NEED.raid }), share: clamp((w.departures.salesforce + w.departures.other) / NEED.raid) },
    { id: 'collapse', text: t('collapse', { n: Math.round(w.continuity) }), share: clamp(1 - w.continuity / 100) },
    { id: 'board-holds', text: t('board-holds', { n: w.calmTurns, need: CALM_TURNS_TO_HOLD }), share: clamp(w.calmTurns / CALM_TURNS_TO_HOLD) * (game.turn >= HOLD_FROM_TURN ? 1 : 0.6) },
    { id: 'merger', text: t('merger', {}), share: w.mergerAgreed ? 1 : 0 },
    { id: 'stalemate', text: t('stalemate', { n: Math.max(0, game.turn + 1), need: LAST_TURN + 1 }), share: clamp((game.turn + 1) / (LAST_TURN + 1)) },
  ];
}

export function standingPanel(game: GameState, who: PartyId | null): HTMLElement {
  const list = nearness(game).sort((a, b) => b.share - a.share);
  return section('standing', u('ui.crisis.standing'), 2,
    h('p', { class: 'dim', text: who ? u('ui.crisis.standingFor', { party: partyName(who) }) : u('ui.crisis.standingWatch') }),
    h('ul', { class: 'endings' }, ...list.map((n) => {
      const worth = who ? BASE_SCORES[n.id]?.[who] : undefined;
      return h('li', { class: 'ending-near' },
        h('p', { class: 'num-head' }, h('strong', { text: c(`outcome.${n.id}.title`, undefined, n.id) }), h('span', { class: 'num-val', text: u('ui.crisis.close', { n: Math.round(n.share * 100) }) })),
        bar(n.share * 100, 100),
        h('p', { class: 'need', text: n.text }),
        worth !== undefined ? h('p', { class: 'worth', text: u('ui.crisis.worth', { score: worth, party: partyName(who!) }) }) : null,
      );
    })),
  );
}
