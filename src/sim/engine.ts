// The turn: every party picks a move (people through the interface, the rest through their policy), the moves
// resolve in the published order, the world reacts, and the outcome checks run. Pure: state in, state out.
import { PROLOGUE_TURN } from './clock.ts';
import { HISTORICAL_CLOSES, HISTORICAL_SIGNATURES, HISTORY_BEATS } from './history/script.ts';
import { isOutcome, isParty, isPolicy, isRuleSwitch, PARTIES, RESOLUTION_ORDER, type PartyId, type RuleSwitch } from './ids.ts';
import { takeVote } from './board-vote.ts';
import { blockOf, stillAllowed, type Choice } from './legal.ts';
import { MOVES } from './moves/index.ts';
import { initialPartyStates } from './parties/index.ts';
import { choosePolicyMove, isScripted } from './policies/index.ts';
import { checkOutcome } from './outcomes.ts';
import { draw, seedState } from './random.ts';
import { isSeed, MAX_SEED } from './seed.ts';
import { brockmanQuits } from './rules/brockman.ts';
import { rivalAnswers } from './rules/merger.ts';
import { checkSutskeverRegret, driftResolve } from './rules/director-resolve.ts';
import { attrition, countCalm, moveMarkets, passDeadlines, revalue, settleCredibility, wearContinuity } from './rules/world-reaction.ts';
import { TurnContext } from './turn-context.ts';
import type { Change, GameSetup, GameState, Message, NewsItem, PlayedMove, TurnMetrics, TurnRecord, TurnStep, World } from './types.ts';
import { initialWorld } from './world.ts';

/** A move the rules forbid, with the rule in words. */
export class IllegalMoveError extends Error {
  constructor(
    readonly played: PlayedMove,
    readonly reason: Message,
    readonly turn: number,
  ) {
    super(`turn ${turn}: ${played.party} cannot play ${played.move}: ${reason.key}`);
  }
}

export function validateSetup(setup: GameSetup): string | null {
  if (!isSeed(setup.seed)) return `the seed must be a whole number from 0 to ${MAX_SEED}`;
  for (const r of setup.rules) if (!isRuleSwitch(r)) return `unknown rulebook switch "${r}"`;
  for (const p of PARTIES) {
    const c = setup.controllers[p];
    if (c !== 'human' && !isPolicy(String(c))) return `unknown policy "${c}" for ${p}`;
  }
  for (const p of Object.keys(setup.controllers)) if (!isParty(p)) return `unknown party "${p}"`;
  return null;
}

/** A new game. If the board is simulated, its prologue (the removal) is played at once. */
export function newGame(setup: GameSetup, options: TurnOptions = {}): GameState {
  const problem = validateSetup(setup);
  if (problem) throw new Error(problem);
  const rngOwner = { rng: seedState(setup.seed) };
  const world = initialWorld(setup.rules, rngOwner);
  const temperament = {} as Record<PartyId, number>;
  for (const p of PARTIES) temperament[p] = Math.round((draw(rngOwner) * 2 - 1) * 100) / 100;
  const state: GameState = {
    seed: setup.seed,
    rules: [...setup.rules],
    controllers: { ...setup.controllers },
    rng: rngOwner.rng,
    ruleChanges: [],
    turn: -1,
    parties: initialPartyStates(),
    world,
    // A what-if rulebook is off history's line from the start.
    onHistory: setup.rules.length === 0,
    temperament,
    log: [],
    outcome: null,
  };
  return setup.controllers.board === 'human' ? state : playTurn(state, {}, options);
}

export function validateMove(state: GameState, played: PlayedMove): Message | null {
  if (state.outcome) return { key: 'rule.game-over' };
  if (!isParty(played.party)) return { key: 'rule.unknown-party', vars: { party: String(played.party) } };
  return blockOf(state, played.party, played.move, played.params ?? {});
}

function metricsOf(w: World): TurnMetrics {
  return {
    signatures: w.signatures,
    departures: { ...w.departures },
    continuity: w.continuity,
    boardCredibility: w.boardCredibility,
    investorPressure: w.investorPressure,
    microsoftConfidence: w.microsoftConfidence,
    missionSafeguards: w.missionSafeguards,
    valuation: w.valuation,
    ceo: w.ceo,
    altmanAt: w.altmanAt,
    tender: w.tender,
  };
}

export interface TurnOptions {
  /** Skip the news and the reasons for changes (for studies of many games); the game itself is identical. */
  lean?: boolean;
  /**
   * Keep no record of the turn either: the log stays as it was before the turn. For tallies that read only each game's
   * ending and last numbers (the explorer's batches, the odds), which would otherwise build a record every turn to throw
   * away; the game itself is identical. Implies `lean`.
   */
  endingOnly?: boolean;
}

/** The parties that act this turn, in resolution order: only the board in the prologue. */
export const actingParties = (turn: number): readonly PartyId[] => (turn === PROLOGUE_TURN ? ['board'] : RESOLUTION_ORDER);

/**
 * Plays one turn. `chosen` holds the moves of the parties a person controls (and of any party a replay
 * or `--moves` file scripts); every other party plays its policy.
 */
export function playTurn(state: GameState, chosen: Partial<Record<PartyId, PlayedMove>>, options: TurnOptions = {}): GameState {
  if (state.outcome) throw new Error('The game is over.');
  const ctx = new TurnContext(state, !options.lean && !options.endingOnly);
  const picks: { party: PartyId; choice: Choice }[] = [];

  // 1. Every party picks, secretly, from the same position. One draw per party, whoever picks.
  for (const party of actingParties(state.turn)) {
    const choiceSeed = draw(ctx);
    const given = chosen[party];
    if (given) {
      const reason = validateMove(state, { ...given, party });
      if (reason) throw new IllegalMoveError({ ...given, party }, reason, state.turn);
      picks.push({ party, choice: { move: given.move, params: given.params ?? {} } });
      continue;
    }
    const controller = state.controllers[party];
    if (controller === 'human') throw new Error(`No move was given for ${party}, a human party.`);
    const choice = choosePolicyMove(state, party, controller, choiceSeed, state.onHistory, state.temperament[party]);
    if (choice) picks.push({ party, choice });
  }

  // 2. Still on history's line only if every party played history's move.
  const wasOnHistory = state.onHistory && state.turn <= 17;
  const stillOnHistory =
    wasOnHistory && actingParties(state.turn).every((party) => picks.some((p) => p.party === party && isScripted(state.turn, party, p.choice)));

  // 3. Resolve in order. A move made impossible by an earlier one this turn fails with its rule.
  ctx.onLine = stillOnHistory;
  const steps: TurnStep[] = [];
  for (const { party, choice } of picks) {
    const def = MOVES.get(choice.move)!;
    ctx.cause = choice.move;
    const step = ctx.beginStep(party, choice.move, choice.params);
    const block = stillAllowed(ctx, def, choice.params);
    if (block) {
      step.refused = block;
      // The rule's own variables travel with it, so its words can be filled in.
      ctx.report('news.move-failed', { ...block.vars, party, move: choice.move, rule: block.key });
    } else {
      if (def.vote && ctx.recording) ctx.recordVote(takeVote(ctx, def.id, def.vote(ctx, choice.params)));
      def.effect(ctx, choice.params);
    }
    steps.push(ctx.endStep(step));
  }

  // 4. The world reacts: one step of its own, after the moves.
  const world = ctx.beginStep(null, null, {});
  if (state.turn >= 0 && ctx.world.removal !== 'failed') {
    brockmanQuits(ctx);
    driftResolve(ctx);
    settleCredibility(ctx);
    checkSutskeverRegret(ctx);
    rivalAnswers(ctx);
    wearContinuity(ctx);
    attrition(ctx);
    revalue(ctx, state.world.valuation);
    moveMarkets(ctx);
    passDeadlines(ctx);
    countCalm(ctx);
    if (stillOnHistory) {
      // On history's line, history's numbers: the letter's names and MSFT's closes, from FACTS.md.
      const close = HISTORICAL_CLOSES.get(state.turn);
      if (close !== undefined) ctx.world.msftPrice = close;
      const names = HISTORICAL_SIGNATURES.get(state.turn);
      ctx.cause = 'rule.history-numbers';
      if (names !== undefined) ctx.set('signatures', names);
      for (const key of HISTORY_BEATS.get(state.turn) ?? []) ctx.report(key);
    }
  }

  // 5. The outcome checks.
  // (Inside the world's step: the ending's news is the world's.)
  const outcomeId =
    state.turn === PROLOGUE_TURN ? (ctx.world.removal === 'failed' ? 'removal-fails' : null) : checkOutcome({ world: ctx.world, parties: ctx.parties, turn: state.turn });
  if (outcomeId) ctx.report(`outcome.${outcomeId}.news`);
  // Every turn has news, if only that nothing happened.
  if (ctx.news.length === 0 && ctx.recording) ctx.report('news.quiet', { signatures: ctx.world.signatures, continuity: Math.round(ctx.world.continuity) });

  steps.push(ctx.endStep(world));
  return {
    ...state,
    rng: ctx.rng,
    turn: state.turn + 1,
    parties: ctx.parties,
    world: ctx.world,
    onHistory: stillOnHistory,
    log: options.endingOnly ? state.log : [...state.log, recordOf(state.turn, ctx, picks, steps, outcomeId)],
    outcome: outcomeId && isOutcome(outcomeId) ? { id: outcomeId, turn: state.turn } : null,
  };
}

/** The record of a turn just played: its moves, its resolution step by step, and where it left the world and parties. */
function recordOf(turn: number, ctx: TurnContext, picks: readonly { party: PartyId; choice: Choice }[], steps: TurnStep[], outcomeId: string | null): TurnRecord {
  return {
    turn,
    phase: outcomeId ? 'over' : turn === PROLOGUE_TURN ? 'prologue' : 'crisis',
    staff: ctx.world.staff,
    deadlines: ctx.world.deadlines.map((d) => ({ ...d })),
    moves: picks.map(({ party, choice }) => ({ party, move: choice.move, params: choice.params })),
    news: ctx.news,
    changes: ctx.changes,
    votes: ctx.votes,
    steps,
    metrics: metricsOf(ctx.world),
    events: ctx.events,
    states: { ...ctx.parties },
  };
}

/**
 * Turns a rulebook switch on from the turn about to be played: a what-if branch ("what if Microsoft could not offer to
 * hire"). Only switches the rules read as the game goes can change mid-game; the game leaves history's line.
 */
export function switchOn(state: GameState, rule: RuleSwitch): GameState {
  if (state.rules.includes(rule)) return state;
  return { ...state, rules: [...state.rules, rule], ruleChanges: [...state.ruleChanges, { turn: state.turn, rule }], onHistory: false };
}

/** The rulebook as it stood at the start of the game, before any switch turned on mid-game. */
export const startingRules = (state: GameState): RuleSwitch[] => state.rules.filter((r) => !state.ruleChanges.some((c) => c.rule === r));

/** A turn's resolution step by step, each step with the changes and news it made (what the screens show in order). */
export function stepsOf(record: TurnRecord): (Omit<TurnStep, 'changes' | 'news'> & { changes: Change[]; news: NewsItem[] })[] {
  return record.steps.map((s) => ({ ...s, changes: record.changes.slice(s.changes[0], s.changes[1]), news: record.news.slice(s.news[0], s.news[1]) }));
}
