// Runs the teaching tests share: history's line, default games of several kinds, and what-if rulebooks. Each is played
// once per test file (runGame is deterministic: the same setup gives the same game).
import { PARTIES, runGame, type GameState, type PartyId, type PolicyId, type RuleSwitch } from '../../src/sim/index.ts';

export const allOn = (policy: PolicyId): Record<PartyId, PolicyId> => Object.fromEntries(PARTIES.map((p) => [p, policy])) as Record<PartyId, PolicyId>;

/** History's line: every party historical, the 2023 rulebook. */
export const history = (): GameState => runGame({ seed: 1, policies: allOn('historical') });

/** Default games: seed 3 ends early in a merger; 11 in an exodus to Microsoft; 40 publishes a letter with nowhere to go. */
export const defaultGame = (seed: number, rules: RuleSwitch[] = []): GameState => runGame({ seed, rules });

/** A removal that fails: notice gave Altman's allies time to lobby (seed 13 under notice-required). */
export const failedRemoval = (): GameState => runGame({ seed: 13, rules: ['notice-required'] });

/** A board that publishes its reasons at once (turn 0), on an otherwise default game. */
export const explainsAtOnce = (seed = 2): GameState => runGame({ seed, moves: [{ turn: 0, party: 'board', move: 'board.explain-reasons', params: {} }] });

/** A spread of runs for properties that must hold everywhere. */
export const spread = (): GameState[] => [
  history(),
  ...[3, 5, 11, 12, 40].map((s) => defaultGame(s)),
  defaultGame(7, ['full-board', 'directors-with-equity']),
  defaultGame(8, ['microsoft-board-seat', 'no-tender']),
  failedRemoval(),
  runGame({ seed: 21, policies: allOn('random') }),
];
