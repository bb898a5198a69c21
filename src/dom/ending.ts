// The ending: its title, summary and rulebook at once, then the debrief (src/dom/debrief), loaded on first use so the
// title screen's script does not carry it, and the ways on (play again, the title screen).
import { c, rulebookText, u, whenText } from '../ui/i18n.ts';
import { cue } from '../ui/sound.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';

type DebriefModule = typeof import('./debrief/index.ts');
let loaded: DebriefModule | null = null;
let loading: Promise<DebriefModule> | null = null;

function load(): Promise<DebriefModule> {
  loading ??= import('./debrief/index.ts').then((m) => (loaded = m));
  // A failed load (the site was updated, the network dropped) may be tried again at the next redraw.
  loading.catch(() => (loading = null));
  return loading;
}

export function renderEnding(main: HTMLElement, v: View): string {
  const st = v.s.context.game!;
  const out = st.outcome!;
  if (!v.prev) cue('ending');
  const title = c(`outcome.${out.id}.title`, undefined, out.id);
  const body = h('div', { id: 'debrief', class: 'debrief' });
  main.append(
    h('div', { class: 'ending-page' },
      h('header', { class: 'masthead' },
        h('p', { class: 'kicker', text: `${u('ui.ending.heading')} · ${u('ui.ending.turnOf', { day: whenText(out.turn), part: '' }).replace(/[\s,]+$/, '')}` }),
        h('h1', { text: title }),
        h('p', { class: 'lead', text: c(`outcome.${out.id}.summary`, undefined, '') }),
        h('p', { id: 'ending-rulebook', class: `rules-now ${st.rules.length ? 'changed' : ''}`, text: u('ui.rules.label', { rules: rulebookText(st.rules) }) }),
      ),
      body,
      h('nav', { class: 'row ending-nav', attrs: { 'aria-label': u('ui.ending.heading') } },
        btn(u('ui.ending.again'), { id: 'ending-again', kind: 'primary big', onClick: () => v.send({ type: 'PLAY_AGAIN' }) }),
        btn(u('ui.replay.open'), { id: 'ending-timeline', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_TIMELINE' }) }),
        btn(u('ui.replay.share'), { id: 'ending-share', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_SHARE' }) }),
        btn(u('ui.ending.title'), { id: 'ending-title', kind: 'secondary', onClick: () => v.send({ type: 'MENU' }) }),
      ),
    ),
  );
  if (loaded) loaded.renderDebrief(body, v);
  else {
    body.setAttribute('aria-busy', 'true');
    body.append(h('p', { class: 'dim', text: c('class.loading') }));
    load().then(
      // Filled only if this is still the screen shown: a redraw meanwhile made its own.
      (m) => body.isConnected && (body.removeAttribute('aria-busy'), body.replaceChildren(), m.renderDebrief(body, v)),
      () => body.isConnected && (body.removeAttribute('aria-busy'), body.replaceChildren(h('p', { class: 'warn', attrs: { role: 'alert' }, text: c('class.loadFailed') }))),
    );
  }
  return title;
}
