// The teaching controls every screen carries, in one place: at the top right of the page (in the crisis, in its
// header, before Title): Glossary on every screen, the language on every screen but the title (whose menu has it),
// and What you knew in a game and after it (in the crisis, by the news). Each opens its panel in the teaching
// dialog, loaded on first use. Also the Why? button that any changed number carries, and the guide's switching off
// after a first game.
import { u } from '../ui/i18n.ts';
import { settings, updateSettings } from '../ui/settings.ts';
import type { SceneKey } from '../flow/names.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';
import { loadTexts } from '../text/index.ts';
import '../ui/teach.css';

/** A panel's code, with the game's texts it quotes (the title has only the interface's loaded). */
const withTexts = <M>(load: () => Promise<M>): Promise<M> => Promise.all([load(), loadTexts(settings().lang, 'game')]).then(([m]) => m);

/** Which number a Why? button asks about: its key (`continuity`, `departures:microsoft`), its turn, and a step of it. */
export interface WhyTarget {
  key: string;
  turn: number;
  /** The step of the turn's resolution; none: the turn as far as it has been shown. */
  step?: number;
}

export function openGlossary(from: string | null, concept?: string): void {
  void withTexts(() => import('./teach-glossary.ts')).then((m) => m.openGlossary(from, concept));
}

function openKnew(from: string): void {
  void withTexts(() => import('./teach-knew.ts')).then((m) => m.openKnew(from));
}

/** A Why? button on a number that changed; its name says which number. */
export function whyButton(id: string, metric: string, target: WhyTarget): HTMLButtonElement {
  const b = btn(u('ui.teach.why'), { id, kind: 'quiet why-btn', onClick: () => void withTexts(() => import('./teach-why.ts')).then((m) => m.openWhy(id, target)) });
  b.setAttribute('aria-label', u('ui.teach.why.name', { metric }));
  b.setAttribute('aria-haspopup', 'dialog');
  return b;
}

/** Put the teaching controls on the screen just drawn: in its `[data-teach-bar]` slot, or at the top of the page. */
export function teachBar(main: HTMLElement, v: View, key: SceneKey): void {
  const inGame = (key === 'crisis' || key === 'ending') && v.s.context.game !== null;
  const other = settings().lang === 'en' ? 'fr' : 'en';
  const glossary = btn(u('ui.teach.glossary'), { id: 'teach-glossary', kind: 'quiet bar-btn', onClick: () => openGlossary('teach-glossary') });
  glossary.setAttribute('aria-haspopup', 'dialog');
  let knew: HTMLButtonElement | null = null;
  if (inGame) {
    knew = btn(u(v.s.context.mode === 'watch' ? 'ui.teach.knewWatch' : 'ui.teach.knew'), { id: 'teach-knew', kind: 'quiet bar-btn', onClick: () => openKnew('teach-knew') });
    knew.setAttribute('aria-haspopup', 'dialog');
  }
  const language = key === 'title' ? null : btn(u('ui.title.language'), {
    id: 'teach-lang', kind: 'quiet bar-btn', lang: other, describedBy: 'teach-lang-d', onClick: () => {
      v.focusAfter('teach-lang');
      updateSettings({ lang: other });
    },
  });
  // In the crisis, What you knew sits by the news (the public facts it starts from).
  const knewSlot = main.querySelector('[data-teach-knew]');
  if (knew && knewSlot) knewSlot.replaceWith(knew);
  const bar = h('div', { class: 'teach-bar', attrs: { role: 'group', 'aria-label': u('ui.teach.bar') } },
    glossary, knewSlot ? null : knew, language,
    language && h('span', { id: 'teach-lang-d', class: 'sr-only', text: u('ui.title.languageName') }));
  const slot = main.querySelector('[data-teach-bar]');
  if (slot) slot.replaceWith(bar);
  else main.prepend(h('div', { class: 'teach-top' }, bar));
  // The guide is for a first game: once one has ended, it stays off until turned on again in Settings.
  if (key === 'ending' && !v.prev && v.s.context.mode === 'play' && settings().guide) queueMicrotask(() => updateSettings({ guide: false }));
}
