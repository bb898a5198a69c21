// From the title (loaded when first opened): importing a shared run, from a file or a pasted link or code, and the
// endings gallery, which endings this device has reached and, for each, the seat and moves that lead there.
import '../ui/replay.css';
import { OUTCOMES } from '../sim/index.ts';
import { LIMITS } from '../share/index.ts';
import { ENDING_HINTS } from '../replay/ending-hints.ts';
import { EndingsStore } from '../replay/endings-store.ts';
import { browserStorage } from '../storage/store.ts';
import { c, lang, moveTitle, partyName, switchTitle, u } from '../ui/i18n.ts';
import { listText, LOCALES } from '../text/index.ts';
import { btn, h, section } from './h.ts';
import { endingTitle, problemLines, quoted } from './replay-words.ts';
import { openText } from './replay-open.ts';
import type { View } from './app.ts';

/** What the player pasted, kept across redraws while the import screen is open; and whether a run is being read. */
let pasted = '';
let reading = false;

export function renderExtras(main: HTMLElement, v: View): string {
  const gallery = v.s.matches({ extras: 'gallery' });
  const heading = u(gallery ? 'ui.replay.gallery.heading' : 'ui.replay.import.heading');
  const body = gallery ? galleryBody() : importBody(v);
  main.append(
    h('div', { class: 'narrow extras-page' },
      h('header', { class: 'masthead' }, h('h1', { text: heading })),
      body,
      h('nav', { class: 'row', attrs: { 'aria-label': heading } }, btn(u('ui.replay.toTitle'), { id: 'extras-back', kind: 'secondary', onClick: () => v.send({ type: 'BACK' }) })),
    ),
  );
  return heading;
}

function importBody(v: View): HTMLElement {
  if (!v.prev) pasted = '';
  const refused = v.s.context.replay.refused;
  const read = (text: string) => {
    reading = true;
    v.redraw();
    // Let the page say it is reading before the run is replayed (a long run takes a moment).
    setTimeout(() => {
      reading = false;
      openText(text, v.send);
    }, 0);
  };
  const file = h('input', { id: 'import-file', attrs: { type: 'file', accept: '.json,application/json' } });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > LIMITS.fileChars) {
      v.send({ type: 'RUN_REFUSED', problem: { kind: 'too-large', message: `the file is ${f.size} bytes, more than any run holds` } });
      return;
    }
    f.text().then(read, () => v.send({ type: 'RUN_REFUSED', problem: { kind: 'not-a-run', message: 'the file could not be read as text' } }));
  });
  const box = h('textarea', { id: 'import-text', attrs: { rows: 4, spellcheck: 'false', autocomplete: 'off' } });
  box.value = pasted;
  box.addEventListener('input', () => {
    pasted = box.value;
  });
  return h('div', { class: 'stack' },
    h('p', { class: 'lead', text: u('ui.replay.import.intro') }),
    refused ? h('div', { id: 'import-refused', class: 'problem', attrs: { role: 'alert' } }, ...problemLines(refused, 'ui.replay.refused.heading'), h('p', { text: u('ui.replay.refused.nothing') })) : null,
    h('div', { class: 'panel field' }, h('label', { attrs: { for: 'import-file' }, text: u('ui.replay.import.file') }), file),
    h('div', { class: 'panel field' },
      h('label', { attrs: { for: 'import-text' }, text: u('ui.replay.import.paste') }),
      box,
      btn(u('ui.replay.import.open'), { id: 'import-open', kind: 'primary', onClick: () => read(pasted) }),
    ),
    h('p', { id: 'import-status', class: 'note', attrs: { role: 'status' }, text: reading ? u('ui.replay.import.reading') : '' }),
  );
}

function galleryBody(): HTMLElement {
  const reached = new EndingsStore(browserStorage()).reached();
  const date = new Intl.DateTimeFormat(LOCALES[lang()], { dateStyle: 'long' });
  const count = OUTCOMES.filter((id) => reached[id]).length;
  return h('div', { class: 'stack' },
    h('p', { id: 'gallery-count', class: 'lead', text: u('ui.replay.gallery.count', { n: count, total: OUTCOMES.length }) }),
    h('p', { class: 'note', text: u('ui.replay.gallery.note') }),
    h('ul', { id: 'gallery', class: 'gallery' }, ...OUTCOMES.map((id) => {
      const got = reached[id];
      const hint = ENDING_HINTS[id];
      const moves = listText(hint.moves.map((m) => quoted(moveTitle(m))), lang());
      return h('li', { id: `ending-${id}`, class: `panel ending-card ${got ? 'reached' : ''}` },
        h('h2', { text: endingTitle(id) }),
        h('p', { class: got ? 'got' : 'not-yet', text: got ? `✓ ${u('ui.replay.gallery.reached', { date: date.format(new Date(got.first)) })}` : u('ui.replay.gallery.notYet') }),
        got ? h('p', { class: 'summary', text: c(`outcome.${id}.summary`, undefined, '') }) : null,
        h('p', { class: 'hint' },
          h('strong', { text: `${u('ui.replay.gallery.how')} ` }),
          u(`ui.replay.hint.${id}`, { seat: partyName(hint.seat), moves, rule: hint.rule ? switchTitle(hint.rule) : '' }),
        ),
      );
    })),
  );
}
