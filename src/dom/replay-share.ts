// Sharing a run: its whole tree (seed, rulebook, seats, every move of every branch) as a link whose "#" part is the
// run's code, to copy, and as a JSON file to download. The run is the flow's, carried on to the game as it is now.
import { encodeRun, runFile, runFileName, shareAddress } from '../share/index.ts';
import { syncedRun } from '../flow/replay.ts';
import { u } from '../ui/i18n.ts';
import { btn, h } from './h.ts';
import { problemLines } from './replay-words.ts';
import type { View } from './app.ts';

/** What the last copy or download did, said under the buttons until the screen is left. */
let said: { text: string; warn: boolean } | null = null;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function renderShare(body: HTMLElement, v: View): void {
  if (!v.prev || !v.prev.matches({ review: 'share' })) said = null;
  const ctx = v.s.context;
  const synced = syncedRun(ctx.replay.tree!, ctx.game!);
  if (!synced.ok) {
    body.append(h('div', { class: 'problem', attrs: { role: 'alert' } }, ...problemLines(synced, 'ui.replay.share.failed')));
    return;
  }
  const run = synced.run;
  const code = encodeRun(run);
  const address = shareAddress(window.location.href, run);
  const tell = (text: string, warn = false) => {
    said = { text, warn };
    v.redraw();
  };
  const link = h('input', { id: 'share-link', class: 'share-link', attrs: { type: 'text', readonly: true, value: address, spellcheck: 'false', autocomplete: 'off' } });
  link.addEventListener('focus', () => link.select());
  const moves = run.branches.reduce((n, b) => n + b.moves.length, 0);
  body.append(
    h('p', { class: 'lead', text: u('ui.replay.share.intro') }),
    h('div', { class: 'panel share-panel' },
      h('label', { attrs: { for: 'share-link' }, text: u('ui.replay.share.link') }),
      link,
      h('p', { class: 'note', text: u('ui.replay.share.size', { branches: run.branches.length, moves, chars: code.length }) }),
      h('div', { class: 'row' },
        btn(u('ui.replay.share.copy'), {
          id: 'share-copy', kind: 'primary', onClick: () => {
            v.focusAfter('share-copy');
            const clip = navigator.clipboard;
            if (!clip) return tell(u('ui.replay.share.copyFailed'), true);
            clip.writeText(address).then(() => tell(u('ui.replay.share.copied')), () => tell(u('ui.replay.share.copyFailed'), true));
          },
        }),
        btn(u('ui.replay.share.download'), {
          id: 'share-download', kind: 'secondary', onClick: () => {
            v.focusAfter('share-download');
            const name = runFileName(run);
            download(name, runFile(run));
            tell(u('ui.replay.share.downloaded', { file: name }));
          },
        }),
      ),
      h('p', { id: 'share-status', class: said?.warn ? 'warn' : 'note', attrs: { role: 'status' }, text: said?.text ?? '' }),
    ),
  );
}
