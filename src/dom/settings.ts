// Settings: sound, reduced motion, text size (three sizes that scale the whole page), the first-turn guide, back to
// the title.
import { u } from '../ui/i18n.ts';
import { reducedMotion, settings, updateSettings } from '../ui/settings.ts';
import { btn, h } from './h.ts';
import { guideSetting } from './guide.ts';
import type { View } from './app.ts';

export function renderSettings(main: HTMLElement, v: View): string {
  const s = settings();
  const onoff = (b: boolean) => u(b ? 'ui.settings.on' : 'ui.settings.off');
  const rm = reducedMotion();
  const keep = (id: string) => v.focusAfter(id);
  main.append(
    h('div', { class: 'narrow card-page' },
      h('h1', { text: u('ui.settings.heading') }),
      h('div', { class: 'stack' },
        btn(u('ui.settings.sound', { value: onoff(s.sound) }), { id: 'set-sound', kind: 'toggle', pressed: s.sound, onClick: () => { keep('set-sound'); updateSettings({ sound: !settings().sound }); playSelect(); } }),
        btn(u('ui.settings.motion', { value: onoff(rm) }), { id: 'set-motion', kind: 'toggle', pressed: rm, onClick: () => { keep('set-motion'); updateSettings({ reducedMotion: !reducedMotion() }); } }),
        btn(u('ui.settings.textSize', { value: u(`ui.settings.size.${s.textSize + 1}` as 'ui.settings.size.1') }), {
          id: 'set-text', kind: 'toggle', onClick: () => { keep('set-text'); updateSettings({ textSize: ((settings().textSize + 1) % 3) as 0 | 1 | 2 }); },
        }),
        guideSetting(v),
      ),
      h('p', { class: 'note', text: u('ui.settings.note') }),
      btn(u('ui.settings.back'), { id: 'set-back', kind: 'primary', onClick: () => v.send({ type: 'BACK' }) }),
    ),
  );
  return u('ui.settings.heading');
}

/** The sound setting's own click (the cues' code loads with the first one: the title's script does not carry it). */
function playSelect(): void {
  void import('../ui/sound.ts').then((m) => m.cue('select'));
}
