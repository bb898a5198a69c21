// The seat choice: the five playable parties (several: hot seat, played in turns on this device), the chosen one's
// briefing, and the rulebook as a list of switches that says plainly which are on.
import { c, partyName, rulebookText, switchExplain, switchTitle, u } from '../ui/i18n.ts';
import { RULE_SWITCHES, type PlayablePartyId, type RuleSwitch } from '../sim/ids.ts';
import { offeredSeats } from '../flow/class-actions.ts';
import { classNote } from './class-note.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';

export function renderSeats(main: HTMLElement, v: View): string {
  // A game starts from here: the stage's code loads meanwhile.
  v.stage.prepare();
  const setup = v.s.context.setup;
  // A class session offers its seats only, and fixes them when the class shares one device.
  const session = v.s.context.session;
  const fixed = session?.devices === 'shared';
  const chosen = setup.humans;
  const rules = setup.rules;
  const seats = h('ul', { class: 'seats', attrs: { 'aria-labelledby': 'seats-label' } });
  for (const p of offeredSeats(session)) {
    const on = chosen.includes(p);
    const order = chosen.indexOf(p);
    const state = on ? `✓ ${u('ui.party.playing')}${chosen.length > 1 ? ` (${order + 1})` : ''}` : u('ui.party.notPlaying');
    seats.append(
      h('li', null,
        btn(partyName(p), {
          id: `party-${p}`, kind: `seat ${on ? 'on' : ''}`, pressed: on, describedBy: `wants-${p}`, disabled: fixed,
          sub: h('span', { class: 'sub' }, h('span', { class: 'state', text: state }), h('span', { id: `wants-${p}`, class: 'wants', text: c(`party.${p}.wants`, undefined, '') })),
          onClick: () => {
            v.focusAfter(`party-${p}`);
            v.send({ type: 'TOGGLE_SEAT', party: p });
          },
        })),
    );
  }
  const count = u('ui.party.count', { n: chosen.length });
  const none = chosen.length === 0;
  main.append(
    h('div', { class: 'setup' },
      h('header', { class: 'setup-head' },
        h('h1', { text: u('ui.party.heading') }),
        session ? classNote(session, null) : h('p', { class: 'hint', text: u('ui.party.hint') }),
      ),
      h('div', { class: 'setup-body' },
        h('div', { class: 'setup-seats' },
          h('h2', { id: 'seats-label', class: 'panel-h', text: u('ui.party.seats') }),
          seats,
          session ? null : h('p', { class: 'count', attrs: { role: 'status' }, text: count }),
        ),
        h('div', { class: 'setup-side' },
          briefing(setup.briefing),
          session ? null : rulebook(v, rules, setup.rulebookOpen),
        ),
      ),
      h('footer', { class: 'setup-foot' },
        btn(u('ui.party.back'), { id: 'party-back', kind: 'secondary', onClick: () => v.send({ type: 'BACK' }) }),
        btn(u('ui.party.start'), {
          id: 'party-start', kind: 'primary big', disabled: none, describedBy: 'party-start-d',
          sub: h('span', { id: 'party-start-d', class: 'sub', text: `${none ? u('ui.party.startNone') : chosen.map((p) => partyName(p)).join(', ')}. ${u('ui.rules.label', { rules: rulebookText(rules) })}` }),
          onClick: () => { if (!none) v.send({ type: 'START' }); },
        }),
      ),
    ),
  );
  return u('ui.party.heading');
}

function briefing(p: PlayablePartyId): HTMLElement {
  return h('section', { class: 'panel paper briefing', attrs: { 'aria-labelledby': 'brief-h' } },
    h('p', { class: 'kicker', text: u('ui.party.briefing') }),
    h('h2', { id: 'brief-h', text: partyName(p) }),
    h('h3', { text: u('ui.party.who') }), h('p', { text: c(`party.${p}.who`, undefined, '') }),
    h('h3', { text: u('ui.party.wants') }), h('p', { text: c(`party.${p}.wants`, undefined, '') }),
    h('h3', { text: u('ui.party.knows') }), h('p', { text: c(`party.${p}.briefing`, undefined, '') }),
  );
}

function rulebook(v: View, rules: readonly RuleSwitch[], open: boolean): HTMLElement {
  const summary = rules.length ? u('ui.rules.onNow', { rules: rules.map(switchTitle).join(', ') }) : u('ui.rules.noneOn');
  const toggle = btn(u('ui.rules.heading'), {
    id: 'rules-open', kind: 'toggle wide', describedBy: 'rules-summary',
    sub: h('span', { id: 'rules-summary', class: 'sub', text: summary }),
    onClick: () => { v.focusAfter('rules-open'); v.send({ type: 'TOGGLE_RULEBOOK' }); },
  });
  toggle.setAttribute('aria-expanded', String(open));
  const sec = h('section', { class: 'panel rulebook', attrs: { 'aria-labelledby': 'rules-open' } }, toggle);
  if (!open) return sec;
  toggle.setAttribute('aria-controls', 'rules-panel');
  const items: (RuleSwitch | 'none')[] = ['none', ...RULE_SWITCHES];
  const list = h('ul', { class: 'switches', attrs: { 'aria-label': u('ui.rules.switches') } });
  for (const id of items) {
    const on = id === 'none' ? rules.length === 0 : rules.includes(id);
    const explain = id === 'none' ? u('ui.rules.hint') : switchExplain(id);
    list.append(
      h('li', { class: on ? 'on' : '' },
        btn(id === 'none' ? c('switch.none', undefined, 'As in 2023') : switchTitle(id), {
          id: `rule-${id}`, kind: 'switch', pressed: on, describedBy: `explain-${id}`,
          onClick: () => { v.focusAfter(`rule-${id}`); v.send({ type: 'TOGGLE_RULE', rule: id }); },
        }),
        h('span', { class: `badge ${on ? 'on' : 'off'}`, attrs: { 'aria-hidden': 'true' }, text: u(on ? 'ui.rules.stateOn' : 'ui.rules.stateOff') }),
        h('p', { id: `explain-${id}`, class: 'explain', text: explain }),
      ),
    );
  }
  sec.append(h('div', { id: 'rules-panel' }, h('h2', { class: 'panel-h', text: u('ui.rules.title') }), list));
  return sec;
}
