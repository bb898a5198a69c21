// At an ending, as the ending screen mounts it: how often that ending happens (ending-odds-view.ts) and the run's
// turning points (turning-points.ts), side by side, loaded on first use and counted in the simulation workers.
import type { GameState } from '../sim/types.ts';
import { h } from './h.ts';
import { lazyBlock } from './lazy.ts';

const block = lazyBlock(() => Promise.all([import('./ending-odds-view.ts'), import('./turning-points.ts')]));

export const endingOdds = (game: GameState): HTMLElement =>
  block(([odds, tp]) => {
    // The turning points ask first: their three seconds are the tighter promise.
    const points = tp.turningPointsPanel(game);
    return h('div', { class: 'ending-cols' }, odds.endingOddsPanel(game), points);
  });
