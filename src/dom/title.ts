// The title: new game (asking first when it would replace the autosaved run), continue, saved games, watch history,
// settings, language (French is loaded when chosen; the page stays usable meanwhile), and a seed from the address
// that cannot be used, said in words.
import { ft } from '../ui/flow-text.ts';
import { c, partyName, u, whenText } from '../ui/i18n.ts';
import { classNote } from './class-note.ts';
import { settings, updateSettings } from '../ui/settings.ts';
import { loadTexts } from '../text/index.ts';
import { btn, h } from './h.ts';
import { problemLines } from './replay-words.ts';
import type { View } from './app.ts';

/** Whether the player asked for a new game while a save exists (the question is shown until answered). */
let asking = false;

export function renderTitle(main: HTMLElement, v: View): string {
  const ctx = v.s.context;
  const saved = ctx.saved;
  if (!saved) asking = false;
  const who = saved ? (saved.mode === 'watch' ? u('ui.title.watch') : saved.humans.map((p) => partyName(p)).join(', ')) : '';
  const detail = saved ? u('ui.title.continueDetail', { party: who, day: whenText(saved.state.turn), part: '' }).replace(/[\s,]+$/, '') : '';
  const nav = h('nav', { class: 'title-menu', attrs: { 'aria-label': u('ui.game.title') } });
  const newGame = () => {
    if (saved && !asking) {
      asking = true;
      v.focusAfter('title-confirm-no');
      v.redraw();
      return;
    }
    asking = false;
    v.send({ type: 'NEW_GAME' });
  };
  nav.append(btn(u('ui.title.new'), { id: 'title-new', kind: 'primary big', onClick: newGame }));
  if (asking && saved) {
    nav.append(
      h('div', { class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'title-confirm-q' } },
        h('p', { id: 'title-confirm-q', text: u('ui.title.confirmNew', { party: detail }) }),
        h('div', { class: 'row' },
          btn(u('ui.title.confirmYes'), { id: 'title-confirm-yes', kind: 'danger', onClick: () => { asking = false; v.send({ type: 'NEW_GAME' }); } }),
          btn(u('ui.title.confirmNo'), { id: 'title-confirm-no', kind: 'secondary', onClick: () => { asking = false; v.focusAfter('title-continue'); v.redraw(); } }),
        )),
    );
  }
  if (saved) {
    nav.append(btn(u('ui.title.continue'), { id: 'title-continue', kind: 'secondary big', describedBy: 'title-continue-d', sub: h('span', { id: 'title-continue-d', class: 'sub', text: detail }), onClick: () => v.send({ type: 'RESUME' }) }));
  }
  nav.append(btn(u('ui.title.watch'), { id: 'title-watch', kind: 'secondary big', onClick: () => v.send({ type: 'WATCH' }) }));
  nav.append(btn(u('ui.title.explore'), { id: 'title-explore', kind: 'secondary big', onClick: () => v.send({ type: 'EXPLORE' }) }));
  nav.append(btn(c('class.title'), { id: 'title-teach', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_CLASSROOM' }) }));
  nav.append(
    h('div', { class: 'row' },
      btn(u('ui.replay.import'), { id: 'title-import', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_IMPORT' }) }),
      btn(u('ui.replay.gallery'), { id: 'title-gallery', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_GALLERY' }) }),
    ),
  );
  const other = settings().lang === 'en' ? 'fr' : 'en';
  const language = btn(u('ui.title.language'), {
    id: 'title-lang', kind: 'secondary', lang: other, describedBy: 'title-lang-d', onClick: () => {
      if (language.getAttribute('aria-busy') === 'true') return;
      language.setAttribute('aria-busy', 'true');
      // The other language's texts first (a chunk of its own); the title stays usable while they come.
      loadTexts(other, 'ui').then(
        () => {
          v.focusAfter('title-lang');
          updateSettings({ lang: other });
        },
        () => {
          language.removeAttribute('aria-busy');
          document.getElementById('title-lang-d')!.textContent = u('ui.load.failed');
        },
      );
    },
  });
  nav.append(
    h('div', { class: 'row' },
      btn(u('ui.saves.open'), { id: 'title-saves', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_SAVES' }) }),
      btn(u('ui.title.settings'), { id: 'title-settings', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_SETTINGS' }) }),
      language,
    ),
    h('p', { id: 'title-lang-d', class: 'sr-only', text: u('ui.title.languageName') }),
  );
  const refused = ctx.seedRefused;
  const asked = refused ? (refused.text.length > 16 ? `${refused.text.slice(0, 12)}…` : refused.text) : '';
  main.append(
    h('div', { class: 'title-wrap' },
      h('header', { class: 'masthead' },
        h('p', { class: 'kicker', text: u('ui.title.kicker') }),
        h('h1', { text: u('ui.game.title') }),
        h('p', { class: 'subtitle', text: u('ui.game.subtitle') }),
      ),
      classNote(ctx.session, ctx.sessionRefused),
      nav,
      refused && h('p', { id: 'seed-refused', class: 'warn', attrs: { role: 'alert' }, text: ft('seedRefused', { text: asked, new: u('ui.title.new'), watch: u('ui.title.watch') }) }),
      runRefused(v, newGame),
      h('p', { class: 'credits', text: u('ui.title.credits') }),
    ),
  );
  return u('ui.game.title');
}

/** A run from the address that could not be opened: why, that nothing changed, and (for an old one) a fresh start. */
function runRefused(v: View, newGame: () => void): HTMLElement | null {
  const p = v.s.context.replay.refused;
  if (!p) return null;
  return h('div', { id: 'run-refused', class: 'confirm problem', attrs: { role: 'alert' } },
    ...problemLines(p, 'ui.replay.refused.heading'),
    h('p', { text: u('ui.replay.refused.nothing') }),
    h('div', { class: 'row' },
      p.kind === 'older-version' || p.kind === 'newer-version' ? btn(u('ui.replay.refused.fresh'), { id: 'run-refused-fresh', kind: 'primary', onClick: newGame }) : null,
      btn(u('ui.replay.refused.dismiss'), { id: 'run-refused-dismiss', kind: 'secondary', onClick: () => { v.focusAfter('title-new'); v.send({ type: 'DISMISS_RUN_PROBLEM' }); } }),
    ),
  );
}
