// The page address and runs: an address whose "#" part is a run's code ("#v1.…") opens that run, when the page loads
// and whenever the "#" part changes (another screen, the explorer, may set it to open a sample run); and while a
// finished game is shown, the address holds its run's code, so that reloading the page, or copying the address,
// brings back the whole run with its branches. Other "#" parts (a class session's) are left alone, never written over.
// Decoding is loaded only when needed.
import type { FlowActor } from '../flow/runtime.ts';
import type { FlowSnapshot } from '../flow/names.ts';

/** A run's code after the "#": the format's version first ("v1."), as src/share writes it. */
const RUN_HASH = /^#v\d/;

const load = () => import('./replay-open.ts');

export function followAddress(actor: FlowActor): void {
  /** The code this page put in the address, or opened from it. */
  let ours: string | null = null;
  let opening = false;

  const open = (hash: string) => {
    opening = true;
    void load()
      .then((m) => {
        ours = hash.slice(1);
        m.openText(hash, (e) => actor.send(e));
      })
      .finally(() => {
        opening = false;
      });
  };
  const read = () => {
    const hash = window.location.hash;
    if (RUN_HASH.test(hash) && hash.slice(1) !== ours) open(hash);
  };
  window.addEventListener('hashchange', read);
  read();

  const address = (code: string | null) => {
    const url = `${window.location.pathname}${window.location.search}${code ? `#${code}` : ''}`;
    if (`${window.location.pathname}${window.location.search}${window.location.hash}` !== url) window.history.replaceState(window.history.state, '', url);
  };
  let last: FlowSnapshot | null = null;
  actor.subscribe((s) => {
    if (s === last || opening) return;
    last = s;
    const { game, replay } = s.context;
    // Another "#" part (a class session's, say) is the page's own: it is not written over.
    const free = window.location.hash === '' || RUN_HASH.test(window.location.hash);
    const finished = free && game?.outcome != null && replay.tree !== null && (s.matches('ended') || s.matches('review'));
    if (finished) {
      void load().then((m) => {
        // The flow may have moved on while the module loaded.
        if (actor.getSnapshot() !== s) return;
        const code = m.codeOf(replay.tree!, game!);
        if (code) {
          ours = code;
          address(code);
        }
      });
    } else if (ours !== null && window.location.hash === `#${ours}`) {
      ours = null;
      address(null);
    }
  });
}
