// "If everyone played on from here": in the crisis screen (mounted by odds-panel.ts), a control that plays the current
// position on many times in the simulation workers (every party on its policy, a person's seat on `default`, each run
// with its own luck) and shows the odds of each ending with the number of runs. The odds stay, dated, as the game moves on.
import '../ui/odds.css';
import { c, u, whenText } from '../ui/i18n.ts';
import { OUTCOMES } from '../sim/ids.ts';
import type { Odds } from '../sim/odds.ts';
import type { GameState } from '../sim/types.ts';
import { bar, btn, h } from './h.ts';
import { countText, shareText } from './odds-words.ts';
import { WatchedJob } from './worker-job.ts';

/** Continuations per question: about half a second on two cores from the middle of the week. */
export const ODDS_RUNS = 2000;

// The crisis is on screen: start the workers now, so that the ending's turning points find them ready.
// A worker that cannot start says so when a question is asked of it.
void Promise.all([import('../workers/shared.ts'), import('../workers/tasks.ts')]).then(([{ sharedPool }, { warmUp }]) => warmUp(sharedPool())).catch(() => undefined);

/** The last question asked, and the position it was asked from (the odds outlive the turn, dated). */
let asked: { game: GameState; job: WatchedJob<Odds> } | null = null;

async function playOnInWorkers(game: GameState, signal: AbortSignal, progress: (p: { done: number; total: number }) => void): Promise<Odds> {
  const [{ sharedPool }, { oddsInWorkers }] = await Promise.all([import('../workers/shared.ts'), import('../workers/tasks.ts')]);
  return oddsInWorkers(sharedPool(), game, ODDS_RUNS, { signal, onProgress: progress });
}

export function oddsHere(game: GameState): HTMLElement {
  const status = h('p', { id: 'odds-status', class: 'odds-status', attrs: { role: 'status' } });
  const meter = h('progress', { id: 'odds-progress', attrs: { 'aria-labelledby': 'odds-status' } });
  const list = h('ul', { id: 'odds-list', class: 'odds-list' });
  const go = btn(u('ui.odds.go', { runs: countText(ODDS_RUNS) }), {
    id: 'odds-go', kind: 'secondary', onClick: () => {
      if (asked?.job.running) return;
      asked = { game, job: new WatchedJob((signal, progress) => playOnInWorkers(game, signal, progress)) };
      draw();
    },
  });
  const cancel = btn(u('ui.explore.cancel'), { id: 'odds-cancel', kind: 'quiet', onClick: () => asked?.job.cancel() });
  const box = h('section', { id: 'odds', class: 'odds-panel', attrs: { 'aria-labelledby': 'odds-h' } },
    h('h3', { id: 'odds-h', text: u('ui.odds.heading') }),
    h('p', { class: 'dim', text: u('ui.odds.hint') }),
    h('div', { class: 'row' }, go, cancel),
    meter, status, list);

  function draw(): void {
    const job = asked?.job;
    const s = job?.state;
    const running = s?.status === 'running';
    go.setAttribute('aria-disabled', String(running));
    go.querySelector('.lbl')!.textContent = asked && asked.game !== game && !running ? u('ui.odds.again') : u('ui.odds.go', { runs: countText(ODDS_RUNS) });
    cancel.hidden = !running;
    meter.hidden = !running;
    if (s?.status === 'running') {
      meter.max = s.progress.total || 1;
      meter.value = s.progress.done;
      status.textContent = u('ui.odds.working', { done: countText(s.progress.done), total: countText(s.progress.total || ODDS_RUNS) });
    } else if (s?.status === 'failed') status.textContent = u('ui.odds.failed', { error: s.error });
    else if (s?.status === 'cancelled') status.textContent = u('ui.explore.cancelled');
    else status.textContent = '';
    list.replaceChildren();
    if (s?.status === 'done' && asked) {
      const odds = s.value;
      const from = whenText(asked.game.turn);
      status.textContent = asked.game === game ? u('ui.odds.from', { when: from, runs: countText(odds.runs) }) : `${u('ui.odds.stale', { when: from })} ${u('ui.odds.from', { when: from, runs: countText(odds.runs) })}`;
      const shown = OUTCOMES.filter((o) => odds.outcomes[o] > 0).sort((a, b) => odds.outcomes[b] - odds.outcomes[a]);
      list.append(...shown.map((o) => h('li', null,
        h('p', { class: 'num-head' }, h('span', { text: c(`outcome.${o}.title`, undefined, o) }), h('strong', { text: shareText(odds.outcomes[o], odds.runs) })),
        bar(odds.outcomes[o], odds.runs))));
    }
    job?.show(box, draw);
  }
  draw();
  return box;
}
