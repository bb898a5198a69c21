// At an ending, in the debrief (src/dom/debrief): how often that ending happens from the same start (the same rulebook
// and policies, any seed; a person's seat on `default`), and from the run's first moves (the prologue and Friday
// afternoon as played), each counted in the simulation workers as soon as the ending is shown.
import '../ui/odds.css';
import { c, u } from '../ui/i18n.ts';
import type { GameState } from '../sim/types.ts';
import type { EndingOdds } from '../workers/tasks.ts';
import { bar, h, section } from './h.ts';
import { countText, shareText } from './odds-words.ts';
import { WatchedJob } from './worker-job.ts';

/** Games from the start, and continuations after the first moves. */
export const ENDING_ODDS_RUNS = { start: 2000, firstMoves: 1000 };

const asked = new WeakMap<GameState, WatchedJob<EndingOdds>>();

async function countInWorkers(game: GameState, signal: AbortSignal, progress: (p: { done: number; total: number }) => void): Promise<EndingOdds> {
  const [{ sharedPool }, { endingOdds }] = await Promise.all([import('../workers/shared.ts'), import('../workers/tasks.ts')]);
  return endingOdds(sharedPool(), game, ENDING_ODDS_RUNS, { signal, onProgress: progress });
}

function line(text: string, count: number, runs: number): HTMLElement {
  return h('li', null, h('p', { text }), bar(count, runs));
}

export function endingOddsPanel(game: GameState): HTMLElement {
  let job = asked.get(game);
  if (!job || job.state.status === 'cancelled') {
    job = new WatchedJob((signal, progress) => countInWorkers(game, signal, progress));
    asked.set(game, job);
  }
  const body = h('div', { id: 'ending-odds-body' });
  const box = section('ending-odds', u('ui.endingOdds.heading'), 2, body);
  const ending = c(`outcome.${game.outcome!.id}.title`, undefined, game.outcome!.id);
  const draw = () => {
    const s = job.state;
    if (s.status === 'running') {
      const meter = h('progress', { attrs: { 'aria-labelledby': 'ending-odds-status' } });
      meter.max = s.progress.total || 1;
      meter.value = s.progress.done;
      body.replaceChildren(h('p', { id: 'ending-odds-status', attrs: { role: 'status' }, text: u('ui.endingOdds.working', { total: countText(s.progress.total || ENDING_ODDS_RUNS.start + ENDING_ODDS_RUNS.firstMoves) }) }), meter);
    } else if (s.status === 'done') {
      const { sameStart, sameFirstMoves } = s.value;
      body.replaceChildren(
        h('p', { class: 'dim', text: ending }),
        h('ul', { id: 'ending-odds-list', class: 'odds-list' },
          line(u('ui.endingOdds.sameStart', { pct: shareText(sameStart.count, sameStart.runs), runs: countText(sameStart.runs) }), sameStart.count, sameStart.runs),
          sameFirstMoves
            ? line(u('ui.endingOdds.sameFirstMoves', { pct: shareText(sameFirstMoves.count, sameFirstMoves.runs), runs: countText(sameFirstMoves.runs) }), sameFirstMoves.count, sameFirstMoves.runs)
            : h('li', { text: u('ui.endingOdds.tooShort') })),
      );
    } else {
      body.replaceChildren(h('p', { attrs: { role: 'status' }, text: s.status === 'failed' ? u('ui.endingOdds.failed', { error: s.error }) : u('ui.explore.cancelled') }));
    }
  };
  draw();
  job.show(box, draw);
  return box;
}
