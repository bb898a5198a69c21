// The simulation's public face: what scenes, the command line and tests use.
export * from './ids.ts';
export type * from './types.ts';
export { turnClock, LAST_TURN, FIRST_TURN, PROLOGUE_TURN, MARKET_OPEN_TURN, MARKET_OPEN_AT, DEADLINE_HOUR, deadlineTurn, deadlineAt, type TurnClock, type Day, type DayPart } from './clock.ts';
export { newGame, playTurn, validateMove, validateSetup, IllegalMoveError, switchOn, startingRules } from './engine.ts';
export { moveMenu, legalChoices, type Choice } from './legal.ts';
export { MOVES, MOVES_BY_PARTY, ALL_MOVES, type MoveDef } from './moves/index.ts';
export { scoresFor, BASE_SCORES } from './scores.ts';
export { OUTCOME_CHECKS, checkOutcome } from './outcomes.ts';
export { crisisMachine, partyActorStates, type CrisisActor, type CrisisInput, type CrisisContext, type CrisisEvent } from './crisis.machine.ts';
export { PARTY_MACHINES, partyStates, initialPartyStates } from './parties/index.ts';
export { runGame, movesOf, controllersOf, type RunSetup, type ScheduledMove } from './run.ts';
export { HISTORY, HISTORY_BEATS, HISTORICAL_SIGNATURES } from './history/script.ts';
export { HISTORICAL_NEWS, S as SOURCES, markOf } from './history/news.ts';
export { likelyChanges } from './hints.ts';
export { exitStrength, staffThreat } from './rules/director-resolve.ts';
export { countVote } from './board-vote.ts';
export { STAFF_AT_START, VALUATION_AT_START, FIRING_DIRECTORS } from './world.ts';
export { oddsFrom, playOn, type Odds, type OddsRequest } from './odds.ts';
