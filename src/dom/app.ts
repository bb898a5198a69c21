// The page: one layer of text over the Phaser stage. It follows the flow actor: each snapshot redraws the screen
// for the flow's state (title, seats, settings, saves, privacy, crisis, ending) as real DOM, keeps the focus and the
// scroll of every panel where they were, shows storage notices, and says on <html data-flow> which state is shown.
// The title and the settings come with the page; every other screen is a chunk of its own, loaded with the game's
// texts when first needed (nothing is fetched ahead: a page left early leaves no request behind), so the first load
// stays small.
import { flow } from '../flow/runtime.ts';
import { flowName, sceneFor, type FlowSnapshot, type SceneKey } from '../flow/names.ts';
import type { FlowEvent } from '../flow/types.ts';
import { onSettings, settings, textScale } from '../ui/settings.ts';
import { u } from '../ui/i18n.ts';
import { loadTexts, textsReady } from '../text/index.ts';
import { h, btn } from './h.ts';
import { noticeText } from './notices.ts';
import { renderTitle } from './title.ts';
import { renderSettings } from './settings.ts';
import { teachBar } from './teach-bar.ts';
import { renderClassroom } from './classroom.ts';
import { renderExplore } from './explore-entry.ts';
import { lazyScreen } from './lazy.ts';
import type { Stage } from './stage.ts';

/** What a screen gets: the snapshot, the one before (null when the screen was just entered), and the app's verbs. */
export interface View {
  s: FlowSnapshot;
  prev: FlowSnapshot | null;
  send: (e: FlowEvent) => void;
  /** Move the focus to this id after the redraw. */
  focusAfter: (id: string) => void;
  /** Redraw the current screen (after a setting changed). */
  redraw: () => void;
  stage: Stage;
}

type Render = (main: HTMLElement, v: View) => string;
interface Screen {
  render: Render;
  /** Called when the page leaves the screen (to forget what it kept across redraws). */
  leave?: () => void;
}

/** Screens that come with the page (some load the rest of themselves when first opened). */
const SCREENS: Partial<Record<SceneKey, Screen>> = {
  title: { render: renderTitle }, settings: { render: renderSettings }, explore: { render: renderExplore }, classroom: { render: renderClassroom },
  // Looking back over a run, importing one, the endings gallery: loaded when first opened.
  review: { render: lazyScreen(() => import('./replay-screen.ts').then((m) => m.renderReview)) },
  extras: { render: lazyScreen(() => import('./extras-screen.ts').then((m) => m.renderExtras)) },
};
/** Screens loaded when first needed, each a chunk of its own. */
const LAZY: Partial<Record<SceneKey, () => Promise<Screen>>> = {
  saves: () => import('./saves.ts').then((m) => ({ render: m.renderSaves })),
  party: () => import('./seats.ts').then((m) => ({ render: m.renderSeats })),
  privacy: () => import('./privacy.ts').then((m) => ({ render: m.renderPrivacy })),
  crisis: () => import('./crisis.ts').then((m) => ({ render: m.renderCrisis, leave: m.leaveCrisis })),
  ending: () => import('./ending.ts').then((m) => ({ render: m.renderEnding })),
};
const loadingScreens = new Map<SceneKey, Promise<void>>();
/** The screens that show no game text: they need only the interface's pack. */
const INTERFACE_ONLY = new Set<SceneKey>(['title', 'settings']);

/** Load a screen and the texts it needs in the current language; resolves once all are in. */
function loadScreen(key: SceneKey, s: FlowSnapshot): Promise<void> {
  const lazy = LAZY[key];
  let p = loadingScreens.get(key);
  if (!p) {
    p = lazy ? lazy().then((screen) => void (SCREENS[key] = screen)) : Promise.resolve();
    p.catch(() => loadingScreens.delete(key));
    loadingScreens.set(key, p);
  }
  const lang = settings().lang;
  return Promise.all([p, loadTexts(lang, 'ui'), gameTexts(key, s) ? loadTexts(lang, 'game') : null]).then(() => undefined);
}

/** Whether a screen shows game texts now: every screen but the title and the settings, and the title when it says why
 * a class session or a run from the address could not be used (in their screens' words). */
function gameTexts(key: SceneKey, s: FlowSnapshot): boolean {
  const c = s.context;
  return !INTERFACE_ONLY.has(key) || (key === 'title' && (c.replay.refused !== null || c.session !== null || c.sessionRefused !== null));
}

/** Whether a screen can be drawn now: its code and its texts (a language just chosen may still be on its way) are in. */
function ready(key: SceneKey, s: FlowSnapshot): boolean {
  const lang = settings().lang;
  return !!SCREENS[key] && textsReady(lang, 'ui') && (!gameTexts(key, s) || textsReady(lang, 'game'));
}

export function mountApp(root: HTMLElement, stage: Stage): void {
  let current: SceneKey | null = null;
  let last: FlowSnapshot | null = null;
  let pendingFocus: string | null = null;
  const actor = flow();

  const send = (e: FlowEvent) => actor.send(e);

  let waiting: SceneKey | null = null;
  const draw = (s: FlowSnapshot) => {
    const key = sceneFor(s);
    // A screen not loaded yet: the one on screen stays (inert) until it is, then the flow's latest state is drawn.
    if (!ready(key, s)) {
      if (waiting === key) return;
      waiting = key;
      // Not the state left behind: nothing on the page acts for the state being loaded until it is drawn.
      document.documentElement.dataset.flow = 'loading';
      root.setAttribute('aria-busy', 'true');
      root.querySelector('main')?.setAttribute('inert', '');
      loadScreen(key, s).then(
        () => { waiting = null; draw(actor.getSnapshot()); },
        () => { waiting = null; drawFailure(root, () => draw(actor.getSnapshot())); },
      );
      return;
    }
    root.removeAttribute('aria-busy');
    performance.mark('render-start');
    const entering = key !== current;
    const active = document.activeElement as HTMLElement | null;
    const focusId = entering ? null : active && active !== document.body ? active.id || null : null;
    // Each scrolling panel keeps its scroll across the redraw.
    const scrolls = new Map<string, number>();
    root.querySelectorAll<HTMLElement>('[data-scroll]').forEach((el) => el.id && scrolls.set(el.id, el.scrollTop));
    // And each disclosure (a vote's ballots, the last turn) stays open.
    const opened = entering ? [] : [...root.querySelectorAll<HTMLDetailsElement>('details[open][id]')].map((d) => d.id);
    if (entering && current) SCREENS[current]?.leave?.();
    const main = h('main', { attrs: { 'data-scene': key, 'aria-labelledby': `${key}-heading` }, class: `screen ${key}` });
    const view: View = { s, prev: entering ? null : last, send, focusAfter: (id) => (pendingFocus = id), redraw: () => draw(actor.getSnapshot()), stage };
    if (key !== 'crisis') stage.hide();
    const heading = SCREENS[key]!.render(main, view);
    const h1 = main.querySelector('h1') ?? h('h1', { class: 'sr-only' });
    h1.id = `${key}-heading`;
    h1.tabIndex = -1;
    if (!h1.textContent) h1.textContent = heading;
    if (!main.contains(h1)) main.prepend(h1);
    teachBar(main, view, key);
    for (const id of opened) main.querySelector<HTMLDetailsElement>(`details[id="${id}"]`)?.setAttribute('open', '');
    drawNotices(main, s, send);
    root.replaceChildren(main);
    for (const [id, top] of scrolls) {
      const el = document.getElementById(id);
      if (el) el.scrollTop = top;
    }
    current = key;
    last = s;
    document.documentElement.dataset.flow = flowName(s);
    document.documentElement.lang = settings().lang;
    document.title = heading === u('ui.game.title') ? heading : `${heading} · ${u('ui.game.title')}`;
    const target = pendingFocus ?? focusId;
    pendingFocus = null;
    const el = target ? document.getElementById(target) : null;
    if (el) el.focus({ preventScroll: true });
    else if (entering || (focusId && !el)) h1.focus({ preventScroll: true });
    // A user-timing measure ("render"), as the browser's performance tools show it; only the latest is kept.
    performance.clearMeasures('render');
    performance.measure('render', 'render-start');
    performance.clearMarks('render-start');
  };

  actor.subscribe((s) => {
    if (s !== last) draw(s);
  });
  // subscribe() does not replay the current snapshot.
  draw(actor.getSnapshot());
  onSettings(() => draw(actor.getSnapshot()));
  applyTextSize();
  onSettings(applyTextSize);
  guardKeyRepeat();
}

/** A chunk of the game could not be fetched: say so, with a way to try again. */
function drawFailure(root: HTMLElement, retry: () => void): void {
  root.removeAttribute('aria-busy');
  root.querySelector('#load-failed')?.remove();
  root.querySelector('main')?.removeAttribute('inert');
  root.append(h('div', { id: 'load-failed', class: 'notices', attrs: { role: 'alert' } },
    h('p', { text: u('ui.load.failed') }),
    btn(u('ui.load.retry'), { id: 'load-retry', kind: 'primary', onClick: () => { root.querySelector('#load-failed')?.remove(); retry(); } })));
}

/** The three text sizes scale the root font size (every size in the style sheet is in rem). */
function applyTextSize(): void {
  document.documentElement.style.fontSize = `${textScale() * 100}%`;
}

/** A held key never commits anything: repeated Enter or Space on a button does nothing. */
function guardKeyRepeat(): void {
  window.addEventListener(
    'keydown',
    (ev) => {
      if (!ev.repeat || (ev.key !== 'Enter' && ev.key !== ' ')) return;
      const t = ev.target as HTMLElement | null;
      if (t && (t.tagName === 'BUTTON' || t.getAttribute('role') === 'radio' || t.tagName === 'INPUT')) ev.preventDefault();
    },
    { capture: true },
  );
}

function drawNotices(main: HTMLElement, s: FlowSnapshot, send: (e: FlowEvent) => void): void {
  const notices = s.context.notices;
  if (notices.length === 0) return;
  main.append(
    h(
      'div',
      { class: 'notices', attrs: { role: 'alert' } },
      ...notices.map((n) => h('p', { text: noticeText(n) })),
      btn(u('ui.storage.dismiss'), { id: 'notice-dismiss', kind: 'secondary', onClick: () => send({ type: 'DISMISS_NOTICES' }) }),
    ),
  );
}
