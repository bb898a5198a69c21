// "If everyone played on from here", as the crisis screen mounts it (odds-here.ts, loaded on first use).
import type { GameState } from '../sim/types.ts';
import { lazyBlock } from './lazy.ts';

const block = lazyBlock(() => import('./odds-here.ts'));

export const oddsPanel = (game: GameState): HTMLElement => block((m) => m.oddsHere(game));
