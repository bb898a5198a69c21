// Your moves: the cards of the party in the chair (pressed: chosen; blocked ones with their rule), the chosen card's
// detail (what it does, likely changes, concepts that open their glossary paragraph under the chips without hiding
// the options, the options as a group of toggles, the blocked rule in words, a refusal), and End turn.
import { conceptTitle, lang, metricName, moveExplain, moveTitle, msg, optionLabel, partyName, u } from '../ui/i18n.ts';
import { moveMenu } from '../sim/index.ts';
import type { PartyId } from '../sim/ids.ts';
import type { GameState, MoveCard } from '../sim/types.ts';
import type { Draft, FlowContext } from '../flow/types.ts';
import { glossaryEntry, isTeachingConcept } from '../teach/glossary.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';

export interface ChooseInput {
  game: GameState;
  who: PartyId;
  draft: Draft;
  refusal: FlowContext['refusal'];
}

function likelyText(card: MoveCard): string {
  return card.likely.map((l) => `${l.direction === 'up' ? '▲' : '▼'} ${metricName(l.metric)}`).join(' · ');
}

/** The list of cards; the chosen one is current and pressed. */
export function movesList(v: View, o: ChooseInput): HTMLElement {
  const cards = moveMenu(o.game, o.who);
  const ul = h('ul', { id: 'moves', class: 'moves', attrs: { 'aria-label': u('ui.crisis.yourMoves', { party: partyName(o.who) }) } });
  for (const card of cards) {
    const on = o.draft.move === card.move;
    const blocked = !!card.blocked;
    ul.append(
      h('li', null,
        btn(moveTitle(card.move), {
          id: `move-${card.move}`, kind: `card ${on ? 'on' : ''} ${blocked ? 'blocked' : ''}`, pressed: on, current: on, disabled: blocked,
          describedBy: blocked ? `blocked-${card.move}` : undefined,
          sub: blocked ? h('span', { id: `blocked-${card.move}`, class: 'sub blocked', text: `⊘ ${u('ui.crisis.blocked', { rule: msg(card.blocked!) })}` }) : null,
          onClick: () => {
            v.focusAfter(`move-${card.move}`);
            v.send({ type: 'SELECT_MOVE', move: card.move });
          },
        })),
    );
  }
  return ul;
}

/** The chosen card's detail and End turn. */
export function moveDetail(v: View, o: ChooseInput): HTMLElement {
  const cards = moveMenu(o.game, o.who);
  const card = cards.find((cd) => cd.move === o.draft.move) ?? null;
  const box = h('div', { id: 'detail', class: 'detail' });
  if (!card) {
    box.append(h('p', { class: 'lead dim', text: u('ui.crisis.pickMove') }));
    return box;
  }
  box.append(h('h3', { class: 'detail-h', text: moveTitle(card.move) }));
  const explain = moveExplain(card.move);
  if (explain) box.append(h('p', { text: explain }));
  if (card.likely.length) box.append(h('p', { class: 'likely' }, h('strong', { text: `${u('ui.crisis.likely')} ` }), likelyText(card)));
  if (card.concepts.length) {
    const open = o.draft.concept && card.concepts.includes(o.draft.concept as never) ? o.draft.concept : null;
    const chips = h('div', { class: 'chips', attrs: { role: 'group', 'aria-label': u('ui.crisis.concepts') } }, h('span', { class: 'chips-l', text: u('ui.crisis.concepts') }));
    for (const id of card.concepts) {
      const on = open === id;
      const b = btn(conceptTitle(id), {
        id: `concept-${id}`, kind: `chip ${on ? 'on' : ''}`, pressed: on,
        onClick: () => {
          v.focusAfter(`concept-${id}`);
          v.send({ type: 'OPEN_CONCEPT', concept: on ? null : id });
        },
      });
      b.setAttribute('aria-expanded', String(on));
      if (on) b.setAttribute('aria-controls', 'glossary');
      chips.append(b);
    }
    box.append(chips);
    if (open) box.append(glossary(open, o.game));
  }
  if (card.blocked) box.append(h('p', { class: 'blocked-rule', text: `⊘ ${u('ui.crisis.blocked', { rule: msg(card.blocked) })}` }));
  if (card.options.length > 1 && !card.blocked) {
    const group = h('div', { class: 'options', attrs: { role: 'group', 'aria-labelledby': 'options-l' } }, h('p', { id: 'options-l', class: 'options-l', text: `${u('ui.crisis.choose')} ${moveTitle(card.move)}` }));
    card.options.forEach((op, i) => {
      const on = o.draft.option === i;
      group.append(btn(optionLabel(op) || moveTitle(card.move), {
        id: `opt-${i}`, kind: `option ${on ? 'on' : ''}`, pressed: on,
        onClick: () => {
          v.focusAfter(`opt-${i}`);
          v.send({ type: 'SELECT_OPTION', option: i });
        },
      }));
    });
    box.append(group);
  }
  if (o.refusal) box.append(h('p', { class: 'blocked-rule', attrs: { role: 'alert' }, text: u('ui.error.move', { reason: msg(o.refusal.reason) }) }));
  return box;
}

function glossary(id: string, game: GameState): HTMLElement {
  const entry = isTeachingConcept(id) ? glossaryEntry(id, game.rules, lang()) : null;
  return h('div', { id: 'glossary', class: 'glossary', attrs: { role: 'region', 'aria-label': entry?.title ?? conceptTitle(id) } },
    h('h4', { text: entry?.title ?? conceptTitle(id) }),
    h('p', { text: entry?.text ?? '' }),
    entry?.fact.text ? h('p', { class: 'src', text: `${entry.fact.text} (${entry.fact.source})` }) : null,
  );
}

/** End turn, at the foot of the act panel (always in view, also in the phone's bottom sheet). */
export function endTurnRow(v: View, o: ChooseInput): HTMLElement {
  const card = moveMenu(o.game, o.who).find((cd) => cd.move === o.draft.move) ?? null;
  return endTurn(v, card, o);
}

function endTurn(v: View, card: MoveCard | null, o: ChooseInput): HTMLElement {
  const ready = !!card && !card.blocked && o.draft.option >= 0;
  const label = ready ? u('ui.crisis.endTurn', { move: moveTitle(card!.move) }) : !card || card.blocked ? u('ui.crisis.endTurnNone') : u('ui.crisis.endTurnChoose');
  const detail = ready && card!.options.length > 1 ? optionLabel(card!.options[o.draft.option]) : '';
  return h('div', { class: 'end-row' },
    btn(label, {
      id: 'end-turn', kind: 'primary big', disabled: !ready,
      sub: detail ? h('span', { class: 'sub', text: detail }) : null,
      onClick: () => {
        if (card && !card.blocked && o.draft.option < 0) {
          v.focusAfter('opt-0');
          v.redraw();
          return;
        }
        if (!card) return;
        // The flow plays the move, or says which rule refuses it.
        v.send({ type: 'END_TURN' });
      },
    }),
  );
}
