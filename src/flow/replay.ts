// Replaying in the flow: every game keeps its run's tree of branches (src/share), the timeline shows any turn it played,
// a new branch replays the same seed and moves up to a turn and is played from there (maybe with a switch turned on),
// any branch can be opened again, two compared, and a run read from a code or a file is opened at its last turn or its
// ending. The states are grouped under `review` (the timeline, planning a branch, the branches, comparing, sharing)
// and `extras` (importing a run, the endings gallery); machine.ts spreads them in with these actions and guards.
import { assign, not, stateIn } from 'xstate';
import { PARTIES, PLAYABLE_PARTIES, PROLOGUE_TURN, playTurn, type Controller, type OutcomeId, type PartyId, type PlayablePartyId } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
// Straight from the modules, not the share index: the page's first load carries no code reading or writing (code.ts).
import { addBranch, extendBranch, runOf, startBranch } from '../share/branches.ts';
import { replayBranch } from '../share/replay.ts';
import type { Result, Run } from '../share/format.ts';
import { ownerOf } from '../replay/tree.ts';
import { EMPTY_DRAFT } from './draft.ts';
import type { RunProblem, RunTree } from './replay-types.ts';
import type { FlowContext, FlowEvent } from './types.ts';

/** What the flow needs to note an ending reached at this device (the endings gallery's store). */
export interface EndingsDep {
  record(id: OutcomeId): void;
}

export const NO_REPLAY: FlowContext['replay'] = { tree: null, opened: false, turn: PROLOGUE_TURN, plan: null, picked: [], refused: null, failure: null };

/** Who plays each party in a game of the run: the people here at their seats, the run's policies elsewhere. */
export function controllersFor(seats: Record<PartyId, Controller>, humans: readonly PlayablePartyId[]): Record<PartyId, Controller> {
  const out = {} as Record<PartyId, Controller>;
  // A seat a person held when the run was made, played by nobody here now, is played by the default policy.
  for (const p of PARTIES) out[p] = (humans as readonly string[]).includes(p) ? 'human' : seats[p] === 'human' ? 'default' : seats[p];
  return out;
}

/** The people who held seats in a run, in hot-seat order. */
export const humansOf = (seats: Record<PartyId, Controller>): PlayablePartyId[] => PLAYABLE_PARTIES.filter((p) => seats[p] === 'human');

/** The game as its run records it: with the run's seats (the moves, not who made them here, make the game). */
const asRecorded = (game: GameState, run: Run): GameState => ({ ...game, controllers: { ...run.seats } });

const synced = new WeakMap<GameState, { tree: RunTree; result: Result<{ run: Run }> }>();

/** The run with the game's own branch carried on to the game as it is now (computed once per game and tree). */
export function syncedRun(tree: RunTree, game: GameState): Result<{ run: Run }> {
  const known = synced.get(game);
  if (known && known.tree === tree) return known.result;
  const result = extendBranch(tree.run, tree.branch, asRecorded(game, tree.run));
  synced.set(game, { tree, result });
  return result;
}

const replayed = new WeakMap<Run, Map<number, Result<{ state: GameState }>>>();

/** A branch's game: the game itself for its own branch, else the branch replayed from the synced run (once per run). */
export function branchGame(tree: RunTree, game: GameState, id: number): Result<{ state: GameState }> {
  if (id === tree.branch) return { ok: true, state: game };
  const base = syncedRun(tree, game);
  if (!base.ok) return base;
  let known = replayed.get(base.run);
  if (!known) replayed.set(base.run, (known = new Map()));
  let r = known.get(id);
  if (!r) known.set(id, (r = replayBranch(base.run, id)));
  return r;
}

const problemOf = (r: { kind: RunProblem['kind']; message: string; rule?: RunProblem['rule'] }): RunProblem => (r.rule ? { kind: r.kind, message: r.message, rule: r.rule } : { kind: r.kind, message: r.message });

/** The last turn the game played (the prologue when it played none). */
const lastPlayed = (game: GameState | null) => (game && game.log.length ? game.log[game.log.length - 1].turn : PROLOGUE_TURN);

/** Where every game shown or played starts: nobody chosen yet, nothing resolving. */
const freshTurn = { seat: 0, pending: {}, draft: EMPTY_DRAFT, refusal: null, resolution: null } as const;

/** A game of the run, `branch` of it, shown or played by `humans` (watched when nobody). */
function gameOf(ctx: FlowContext, tree: RunTree, game: GameState, humans: PlayablePartyId[], opened: boolean): Partial<FlowContext> {
  return {
    ...freshTurn,
    mode: humans.length ? 'play' : 'watch',
    humans,
    game: { ...game, controllers: controllersFor(tree.run.seats, humans) },
    replay: { ...ctx.replay, tree, opened, turn: lastPlayed(game), plan: null, picked: [], failure: null },
  };
}

type Update = (ctx: FlowContext, e: FlowEvent) => Partial<FlowContext>;

const UPDATES = {
  /** A new game's run: its main line, the game itself. */
  newRun: (ctx) => (ctx.game ? { replay: { ...NO_REPLAY, tree: { run: runOf(ctx.game), branch: 0 }, turn: lastPlayed(ctx.game) } } : {}),
  /** A saved game's run: the tree it was saved with (a save of an older format has none: its game is the main line). */
  resumeRun: (ctx) => {
    const game = ctx.game;
    if (!game) return {};
    return { replay: { ...NO_REPLAY, tree: ctx.saved?.tree ?? { run: runOf(game), branch: 0 }, turn: lastPlayed(game) } };
  },
  /** Out of a game: its run is forgotten (a run that could not be opened is still said). */
  forgetRun: (ctx) => ({ replay: { ...NO_REPLAY, refused: ctx.replay.refused } }),
  openTimeline: (ctx) => ({ resolution: null, replay: { ...ctx.replay, turn: lastPlayed(ctx.game), plan: null, failure: null } }),
  clearFailure: (ctx) => ({ replay: { ...ctx.replay, failure: null } }),
  showTurn: (ctx, e) => {
    if (e.type !== 'SHOW_TURN' || !Number.isInteger(e.turn)) return {};
    return { replay: { ...ctx.replay, turn: Math.max(PROLOGUE_TURN, Math.min(lastPlayed(ctx.game), e.turn)) } };
  },
  planBranch: (ctx) => ({ replay: { ...ctx.replay, plan: { turn: ctx.replay.turn, rule: null, humans: [...ctx.humans] }, failure: null } }),
  planRule: (ctx, e) => (e.type === 'PLAN_RULE' && ctx.replay.plan ? { replay: { ...ctx.replay, plan: { ...ctx.replay.plan, rule: e.rule }, failure: null } } : {}),
  planSeat: (ctx, e) => {
    const plan = ctx.replay.plan;
    if (e.type !== 'PLAN_SEAT' || !plan || !(PLAYABLE_PARTIES as readonly string[]).includes(e.party)) return {};
    const humans = plan.humans.includes(e.party) ? plan.humans.filter((p) => p !== e.party) : [...plan.humans, e.party];
    return { replay: { ...ctx.replay, plan: { ...plan, humans }, failure: null } };
  },
  /** The planned branch: the game up to its turn, then (if nobody here plays the board) a prologue played at once. */
  startBranch: (ctx) => {
    const { tree, plan } = ctx.replay;
    if (!tree || !plan || !ctx.game) return {};
    const fail = (r: { kind: RunProblem['kind']; message: string }) => ({ replay: { ...ctx.replay, failure: problemOf(r) } });
    const base = syncedRun(tree, ctx.game);
    if (!base.ok) return fail(base);
    const parent = ownerOf(base.run, tree.branch, plan.turn);
    const start = startBranch(base.run, parent, plan.turn, plan.rule);
    if (!start.ok) return fail(start);
    const humans = PLAYABLE_PARTIES.filter((p) => plan.humans.includes(p));
    let game = { ...start.state, controllers: controllersFor(base.run.seats, humans) };
    if (game.turn === PROLOGUE_TURN && !humans.includes('board')) game = playTurn(game, {});
    const added = addBranch(base.run, parent, plan.turn, plan.rule, asRecorded(game, base.run));
    if (!added.ok) return fail(added);
    return gameOf(ctx, { run: added.run, branch: added.id }, game, humans, false);
  },
  pickBranch: (ctx, e) => {
    if (e.type !== 'PICK_BRANCH' || !ctx.replay.tree?.run.branches.some((b) => b.id === e.branch)) return {};
    const picked = ctx.replay.picked.includes(e.branch) ? ctx.replay.picked.filter((b) => b !== e.branch) : [...ctx.replay.picked, e.branch].slice(-2);
    return { replay: { ...ctx.replay, picked } };
  },
  /** Another branch of the run, replayed and checked, shown at its last turn (or its ending) with the same people. */
  openBranch: (ctx, e) => {
    const tree = ctx.replay.tree;
    if (e.type !== 'OPEN_BRANCH' || !tree || !ctx.game) return {};
    const base = syncedRun(tree, ctx.game);
    if (!base.ok) return { replay: { ...ctx.replay, failure: problemOf(base) } };
    const game = branchGame(tree, ctx.game, e.branch);
    if (!game.ok) return { replay: { ...ctx.replay, failure: problemOf(game) } };
    return gameOf(ctx, { run: base.run, branch: e.branch }, game.state, ctx.humans, ctx.replay.opened);
  },
  /** A run read from a code or a file: its main line, at its last turn or its ending, with the seats people held. */
  openRun: (ctx, e) => {
    if (e.type !== 'OPEN_RUN') return {};
    const shown = gameOf(ctx, { run: e.run, branch: 0 }, e.states[0], humansOf(e.run.seats), true);
    return { ...shown, replay: { ...shown.replay!, refused: null } };
  },
  refuseRun: (ctx, e) => (e.type === 'RUN_REFUSED' ? { replay: { ...ctx.replay, refused: e.problem } } : {}),
  dismissRunProblem: (ctx) => ({ replay: { ...ctx.replay, refused: null } }),
  /** Back to the ending: the branches picked and the plan are let go. */
  leaveReview: (ctx) => ({ replay: { ...ctx.replay, picked: [], plan: null } }),
  /** Back into a live game: from now on it is played here, and saved. */
  playOn: (ctx) => ({ replay: { ...ctx.replay, opened: false, picked: [], plan: null } }),
} satisfies Record<string, Update>;

const update = (f: Update) => assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) => f(context, event));

/** The flow's replay actions, for setup({ actions }). */
export function replayActions(endings: EndingsDep | undefined) {
  const out = Object.fromEntries(Object.entries(UPDATES).map(([k, f]) => [k, update(f)])) as Record<keyof typeof UPDATES, ReturnType<typeof update>>;
  return {
    ...out,
    /** An ending reached here (not one only opened) joins the endings gallery. */
    recordEnding: ({ context }: { context: FlowContext }) => {
      if (context.game?.outcome && !context.replay.opened) endings?.record(context.game.outcome.id);
    },
  };
}

export const replayGuards = {
  watchMode: ({ context }: { context: FlowContext }) => context.mode === 'watch',
  failed: ({ context }: { context: FlowContext }) => context.replay.failure !== null,
  twoPicked: ({ context }: { context: FlowContext }) => context.replay.picked.length === 2,
  turnsPlayed: ({ context }: { context: FlowContext }) => (context.game?.log.length ?? 0) > 0,
};

/** Where BACK leads from the review: the ending, watching (paused), or the game's next choice. */
const BACK_TO_GAME = [
  { guard: 'gameOver', target: '#flow.ended', actions: 'leaveReview' },
  { guard: 'watchMode', target: ['#flow.watching.playback.paused', '#flow.watching.turn.idle'], actions: 'playOn' },
  { target: '#flow.game.next', actions: 'playOn' },
] as const;

/** Looking back over a game: the timeline, planning a branch, the branches and their comparison, sharing. */
export const REVIEW = {
  initial: 'timeline',
  on: {
    BACK: BACK_TO_GAME,
    OPEN_TIMELINE: { target: '.timeline', actions: 'clearFailure' },
    OPEN_TREE: { target: '.tree', actions: 'clearFailure' },
    OPEN_SHARE: { target: '.share', actions: 'clearFailure' },
    MENU: { target: '#flow.title', actions: 'leaveGame' },
  },
  states: {
    timeline: {
      on: {
        SHOW_TURN: { actions: 'showTurn' },
        PLAN_BRANCH: { guard: 'turnsPlayed', target: 'branching', actions: 'planBranch' },
      },
    },
    branching: {
      on: {
        PLAN_RULE: { actions: 'planRule' },
        PLAN_SEAT: { actions: 'planSeat' },
        START_BRANCH: { target: 'starting', actions: 'startBranch' },
      },
    },
    // A new branch is played at once: by the people who chose it, or watched.
    starting: {
      always: [
        { guard: 'failed', target: 'branching' },
        { guard: 'gameOver', target: '#flow.ended', actions: 'autosave' },
        { guard: 'watchMode', target: '#flow.watching', actions: 'autosave' },
        { target: '#flow.game.next', actions: 'autosave' },
      ],
    },
    tree: {
      on: {
        PICK_BRANCH: { actions: 'pickBranch' },
        COMPARE: { guard: 'twoPicked', target: 'compare' },
        OPEN_BRANCH: { target: 'opening', actions: 'openBranch' },
      },
    },
    // A branch or a run opened: its ending, or the timeline at its last turn.
    opening: {
      always: [
        { guard: 'failed', target: 'tree' },
        { guard: 'gameOver', target: '#flow.ended' },
        { target: 'timeline' },
      ],
    },
    compare: {},
    share: {},
  },
} as const;

/** From the title: importing a run from a file or pasted text, and the endings gallery. */
export const EXTRAS = {
  initial: 'import',
  on: { BACK: '#flow.title', MENU: '#flow.title' },
  states: {
    import: { on: { RUN_REFUSED: { actions: 'refuseRun' }, DISMISS_RUN_PROBLEM: { actions: 'dismissRunProblem' } } },
    gallery: {},
  },
} as const;

/** Into the review from a game (not while the device is being handed over), watching it, or its ending. */
export const TO_REVIEW = {
  OPEN_TIMELINE: { guard: not(stateIn({ game: 'handingOver' })), target: '#flow.review.timeline', actions: 'openTimeline' },
  OPEN_TREE: { guard: not(stateIn({ game: 'handingOver' })), target: '#flow.review.tree', actions: 'openTimeline' },
  OPEN_SHARE: { guard: not(stateIn({ game: 'handingOver' })), target: '#flow.review.share', actions: 'openTimeline' },
} as const;

/** The title's ways to the extras. */
export const TO_EXTRAS = {
  OPEN_IMPORT: { target: '#flow.extras.import', actions: 'dismissRunProblem' },
  OPEN_GALLERY: '#flow.extras.gallery',
} as const;

/** Events heard everywhere: a run opened (from the page address, at any time) or refused. */
export const REPLAY_EVERYWHERE = {
  OPEN_RUN: { target: '#flow.review.opening', actions: 'openRun' },
  RUN_REFUSED: { target: '#flow.title', actions: 'refuseRun' },
  DISMISS_RUN_PROBLEM: { actions: 'dismissRunProblem' },
} as const;
