// A bounded search for a run that ends in each of the nine outcomes, over seeds × policy mixes × rulebooks.
import { OUTCOMES, runGame } from '../../src/sim/index.ts';
import type { GameState, OutcomeId, PartyId, PolicyId, RuleSwitch } from '../../src/sim/index.ts';
import { allOn } from './helpers.ts';

export interface RunConfig {
  name: string;
  rules: RuleSwitch[];
  policies: Partial<Record<PartyId, PolicyId>>;
}

export interface FoundRun extends RunConfig {
  seed: number;
  state: GameState;
}

/** Mixes that between them make every ending common enough to find in a few hundred games. */
export const SEARCH_CONFIGS: readonly RunConfig[] = [
  { name: 'all default', rules: [], policies: allOn('default') },
  { name: 'all dove', rules: [], policies: allOn('dove') },
  { name: 'all random', rules: [], policies: allOn('random') },
  { name: 'all hawk', rules: [], policies: allOn('hawk') },
  { name: 'staff dove', rules: [], policies: { employees: 'dove' } },
  { name: 'board hawk', rules: [], policies: { board: 'hawk' } },
  { name: 'notice-required', rules: ['notice-required'], policies: {} },
  { name: 'board-explains', rules: ['board-explains'], policies: {} },
];

export function findEndings(maxRuns = 3000): { found: Map<OutcomeId, FoundRun>; runs: number } {
  const found = new Map<OutcomeId, FoundRun>();
  let runs = 0;
  for (let seed = 0; found.size < OUTCOMES.length && runs < maxRuns; seed++) {
    for (const config of SEARCH_CONFIGS) {
      if (runs >= maxRuns) break;
      const state = runGame({ seed, rules: config.rules, policies: config.policies });
      runs++;
      const id = state.outcome!.id;
      if (!found.has(id)) found.set(id, { ...config, seed, state });
    }
  }
  return { found, runs };
}
