// Hot seat: a curtain that hides the table while the device passes to the next player, with a way back to the title.
import { chooserOf } from '../flow/machine.ts';
import { partyName, u, whenText } from '../ui/i18n.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';

export function renderPrivacy(main: HTMLElement, v: View): string {
  const ctx = v.s.context;
  const who = chooserOf(ctx);
  v.stage.hide();
  if (!who || !ctx.game) return u('ui.privacy.heading');
  main.append(
    h('div', { class: 'narrow curtain' },
      h('p', { class: 'kicker', text: whenText(ctx.game.turn) }),
      h('h1', { text: u('ui.privacy.heading') }),
      h('p', { class: 'lead', text: u('ui.privacy.body', { party: partyName(who) }) }),
      btn(u('ui.privacy.ready', { party: partyName(who) }), { id: 'privacy-ready', kind: 'primary big', onClick: () => v.send({ type: 'READY' }) }),
      h('nav', { attrs: { 'aria-label': u('ui.crisis.menu') } },
        btn(u('ui.privacy.menu'), { id: 'privacy-menu', kind: 'quiet', onClick: () => v.send({ type: 'MENU' }) })),
    ),
  );
  return u('ui.privacy.heading');
}
