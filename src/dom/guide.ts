// The guided first turn, at the top of the act panel on a seat's first turn while the guide is on (Settings): what
// has happened so far (for a seat that starts after the prologue, the log's news), then four steps pointing at the
// real controls: the briefing (opened here), the moves, the options, End turn. The step to take is marked (the page
// draws a ring around its control); each step's Show me takes the focus there. Hide the guide turns it off for good
// (Settings turns it on again).
import { moveMenu, PROLOGUE_TURN } from '../sim/index.ts';
import { guideFor, type GuideStepId } from '../teach/guide.ts';
import { c, msg, partyName, u, whenText } from '../ui/i18n.ts';
import { settings, updateSettings } from '../ui/settings.ts';
import { btn, h } from './h.ts';
import type { ChooseInput } from './moves.ts';
import type { View } from './app.ts';

/** Where each step points: the control that Show me focuses. */
function targetOf(step: Exclude<GuideStepId, 'briefing'>): HTMLElement | null {
  if (step === 'move') return document.querySelector<HTMLElement>('#moves .btn:not([aria-disabled="true"])');
  if (step === 'option') return document.querySelector<HTMLElement>('.options .btn') ?? document.getElementById('detail');
  return document.getElementById('end-turn');
}

function showMe(step: Exclude<GuideStepId, 'briefing'>): void {
  const el = targetOf(step);
  el?.scrollIntoView({ block: 'nearest' });
  el?.focus();
}

/** The seats whose briefing was opened in this game's first turn (the guide's own state, not the flow's). */
const briefed = new Set<string>();

function briefing(v: View, party: string, key: string): HTMLElement {
  const d = h('details', { id: 'guide-brief', class: 'guide-brief' },
    h('summary', { text: u('ui.teach.guide.briefingOpen') }),
    h('h4', { text: u('ui.party.who') }), h('p', { text: c(`party.${party}.who`, undefined, '') }),
    h('h4', { text: u('ui.party.wants') }), h('p', { text: c(`party.${party}.wants`, undefined, '') }),
    h('h4', { text: u('ui.party.knows') }), h('p', { text: c(`party.${party}.briefing`, undefined, '') }),
  );
  d.addEventListener('toggle', () => {
    if (!d.open || briefed.has(key)) return;
    briefed.add(key);
    v.redraw();
  });
  return d;
}

/** A step's control: the briefing itself for the first, Show me for the others. */
function showOrBrief(v: View, id: GuideStepId, party: string, key: string): HTMLElement {
  if (id === 'briefing') return briefing(v, party, key);
  return btn(u('ui.teach.guide.show'), { id: `guide-show-${id}`, kind: 'quiet', describedBy: `guide-${id}-d`, onClick: () => showMe(id) });
}

/** The guide for the person in the chair, or null when it is off or this is not their seat's first turn. */
export function guidePanel(v: View, o: ChooseInput): HTMLElement | null {
  if (!settings().guide) return null;
  const card = moveMenu(o.game, o.who).find((cd) => cd.move === o.draft.move) ?? null;
  const key = `${o.game.seed} ${o.game.rules.join()} ${o.who}`;
  const g = guideFor(o.game, o.who, { move: o.draft.move, option: o.draft.option, card, briefed: briefed.has(key) });
  if (!g) return null;
  const text: Record<GuideStepId, string> = {
    briefing: u('ui.teach.guide.briefing'),
    move: u('ui.teach.guide.move'),
    option: u(card && !g.hasOptions ? 'ui.teach.guide.noOption' : 'ui.teach.guide.option'),
    end: u('ui.teach.guide.end'),
  };
  const steps = h('ol', { class: 'guide-steps', attrs: { 'aria-label': u('ui.teach.guide.steps') } }, ...g.steps.map((s) => {
    const li = h('li', { class: `guide-step ${s.done ? 'done' : ''} ${s.id === g.current ? 'now' : ''}` },
      h('p', { id: `guide-${s.id}-d`, class: 'guide-text' }, text[s.id], s.done ? h('span', { class: 'sr-only', text: ` (${u('ui.teach.guide.done')})` }) : null),
      showOrBrief(v, s.id, g.party, key),
    );
    if (s.id === g.current) li.setAttribute('aria-current', 'step');
    return li;
  }));
  const recap = g.recap.length
    ? h('section', { class: 'guide-recap', attrs: { 'aria-labelledby': 'guide-recap-h' } },
      h('h4', { id: 'guide-recap-h', text: u('ui.teach.guide.recap') }),
      h('ul', null, ...g.recap.map((r) => h('li', { text: u('ui.teach.dated', { when: r.turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(r.turn), text: msg(r.item.msg) }) }))))
    : null;
  return h('aside', { id: 'guide', class: 'guide', attrs: { 'aria-labelledby': 'guide-h', 'data-step': g.current } },
    h('div', { class: 'guide-top' },
      h('h3', { id: 'guide-h', text: u('ui.teach.guide.heading', { party: partyName(g.party) }) }),
      btn(u('ui.teach.guide.hide'), {
        id: 'guide-hide', kind: 'quiet', onClick: () => {
          const first = moveMenu(o.game, o.who).find((cd) => !cd.blocked);
          v.focusAfter(first ? `move-${first.move}` : 'act-h');
          updateSettings({ guide: false });
        },
      })),
    recap,
    steps,
  );
}

/** The settings' switch for the guide (on: shown on each seat's first turn). */
export function guideSetting(v: View): HTMLButtonElement {
  const on = settings().guide;
  return btn(u('ui.teach.guide.setting', { value: u(on ? 'ui.settings.on' : 'ui.settings.off') }), {
    id: 'set-guide', kind: 'toggle', pressed: on, describedBy: 'set-guide-d',
    sub: h('span', { id: 'set-guide-d', class: 'sub', text: u('ui.teach.guide.settingNote') }),
    onClick: () => { v.focusAfter('set-guide'); updateSettings({ guide: !settings().guide }); },
  });
}
