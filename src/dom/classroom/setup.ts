// Setting up a class session: the seed (typed, or a new one drawn), the rulebook's switches, the seats students play,
// one device each or in turns on one; and what to hand out: the students' link with its session code, its QR code, a
// copy button and a printable sheet. The settings live in the flow (FlowContext.classroom); the code is made from them.
import { c, partyName, switchExplain, switchTitle } from '../../ui/i18n.ts';
import { sessionLine } from '../class-note.ts';
import { PLAYABLE_PARTIES, RULE_SWITCHES } from '../../sim/ids.ts';
import { parseSeed } from '../../sim/seed.ts';
import { DEVICES, encodeSession, sessionAddress, type ClassSession } from '../../classroom/session.ts';
import { btn, h, section } from '../h.ts';
import { copyText } from '../download.ts';
import type { View } from '../app.ts';
import { qrSvg } from './qr.ts';

/** The seed as typed and not yet taken (the screen redraws; what is being typed stays). */
let typed: { text: string; error: boolean } | null = null;

/** The students' link: this page's address with the session after "#class=". */
export const studentLink = (s: ClassSession): string => sessionAddress(window.location.href, s, 'student');

function seedField(v: View, s: ClassSession): HTMLElement {
  const input = h('input', {
    id: 'class-seed', class: 'text-field',
    attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'class-seed-d', 'aria-invalid': typed?.error ? 'true' : null },
  });
  input.value = typed?.text ?? String(s.seed);
  input.addEventListener('input', () => (typed = { text: input.value, error: false }));
  input.addEventListener('change', () => {
    const r = parseSeed(input.value.trim());
    typed = r.ok ? null : { text: input.value, error: true };
    v.focusAfter('class-seed');
    if (r.ok) v.send({ type: 'CLASS_SEED', seed: r.seed });
    else v.redraw();
  });
  return h('div', { class: 'field' },
    h('label', { class: 'field-l', attrs: { for: 'class-seed' }, text: c('class.setup.seed') }),
    h('div', { class: 'row' },
      input,
      btn(c('class.setup.newSeed'), { id: 'class-new-seed', kind: 'secondary', onClick: () => { typed = null; v.focusAfter('class-new-seed'); v.send({ type: 'CLASS_NEW_SEED' }); } }),
    ),
    h('p', { id: 'class-seed-d', class: typed?.error ? 'warn' : 'dim', attrs: typed?.error ? { role: 'alert' } : undefined, text: typed?.error ? c('class.setup.seedBad') : c('class.setup.seedHow') }),
  );
}

function toggles<T extends string>(v: View, id: string, title: string, items: readonly T[], on: (x: T) => boolean, label: (x: T) => string, explain: (x: T) => string, send: (x: T) => void): HTMLElement {
  return h('fieldset', { class: 'toggles' },
    h('legend', { class: 'panel-h', text: title }),
    h('ul', { class: 'switches' }, ...items.map((x) =>
      h('li', { class: on(x) ? 'on' : '' },
        btn(label(x), { id: `${id}-${x}`, kind: 'switch', pressed: on(x), describedBy: explain(x) ? `${id}-${x}-d` : undefined, onClick: () => { v.focusAfter(`${id}-${x}`); send(x); } }),
        explain(x) ? h('p', { id: `${id}-${x}-d`, class: 'explain', text: explain(x) }) : null,
      ))),
  );
}

function handOut(s: ClassSession): HTMLElement {
  const link = studentLink(s);
  const field = h('input', { id: 'class-link', class: 'text-field wide', attrs: { type: 'text', readonly: true, spellcheck: 'false', 'aria-describedby': 'class-link-d' } });
  field.value = link;
  const said = h('p', { id: 'class-link-said', class: 'said', attrs: { role: 'status' } });
  return section('class-handout', c('class.setup.handout'), 2,
    h('p', { class: 'session-line', text: sessionLine(s) }),
    h('div', { class: 'handout-cols' },
      h('div', { class: 'qr-box' }, qrSvg(link, c('class.setup.qr'))),
      h('div', { class: 'handout-text' },
        h('label', { class: 'field-l', attrs: { for: 'class-link' }, text: c('class.setup.link') }),
        field,
        h('p', { class: 'print-only link-text', text: link }),
        h('p', { id: 'class-link-d', class: 'dim', text: c('class.setup.linkHow') }),
        h('p', { class: 'code-line' }, h('span', { class: 'field-l', text: c('class.setup.code') }), ' ', h('code', { id: 'class-code', text: encodeSession(s) })),
        h('div', { class: 'row' },
          btn(c('class.setup.copy'), { id: 'class-copy', kind: 'primary', onClick: async () => { said.textContent = (await copyText(link, field)) ? c('class.setup.copied') : c('debrief.handIn.copyFailed'); } }),
          btn(c('class.setup.print'), { id: 'class-print', kind: 'secondary', onClick: () => window.print() }),
        ),
        said,
      ),
    ),
  );
}

export function renderSetup(v: View, s: ClassSession): HTMLElement {
  return h('div', { class: 'class-setup' },
    h('div', { class: 'class-form panel' },
      h('h2', { class: 'panel-h', text: c('class.setup.heading') }),
      seedField(v, s),
      toggles(v, 'class-seat', c('class.setup.seats'), PLAYABLE_PARTIES, (p) => s.seats.includes(p), (p) => partyName(p), () => '', (party) => v.send({ type: 'CLASS_SEAT', party })),
      toggles(v, 'class-devices', c('class.setup.devices'), DEVICES, (d) => s.devices === d, (d) => c(`class.devices.${d}`), (d) => c(`class.devices.${d}.how`), (devices) => v.send({ type: 'CLASS_DEVICES', devices })),
      toggles(v, 'class-rule', c('class.setup.rules'), RULE_SWITCHES, (r) => s.rules.includes(r), switchTitle, switchExplain, (rule) => v.send({ type: 'CLASS_RULE', rule })),
    ),
    handOut(s),
  );
}

/** Forgets a seed being typed (the screen was left). */
export function forgetTyped(): void {
  typed = null;
}
