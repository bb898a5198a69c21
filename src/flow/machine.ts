// The game's flow as one XState machine: the title, the seat choice, the prologue, each person's choice in hot-seat
// order with the privacy screen between them, the turn's resolution step by step in real time, watching history
// (playing or paused), and the ending. Scenes draw its snapshots and send it the player's events; it plays turns
// through the simulation's pure functions (validateMove, playTurn) and autosaves after every turn.
import { and, assign, enqueueActions, setup, stateIn } from 'xstate';
import { moveMenu, newGame, playTurn, validateMove } from '../sim/index.ts';
import { PARTIES, RULE_SWITCHES, type Controller, type PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import type { StorageProblem } from '../storage/store.ts';
import { activeHumans, inPrologue, stepsOf } from './facts.ts';
import { CLASSROOM_STATE, classActions, classGuards, freshSetup, toggledSeats } from './class-actions.ts';
import { checkSeed } from './seed.ts';
import { EMPTY_DRAFT } from './draft.ts';
import { EXTRAS, NO_REPLAY, REPLAY_EVERYWHERE, REVIEW, TO_EXTRAS, TO_REVIEW, replayActions, replayGuards } from './replay.ts';
import type { FlowContext, FlowDeps, FlowEvent, FlowInput, Resolution } from './types.ts';
import { slotActions, slotGuards } from './slot-actions.ts';

/** About how long each step of a resolution stays alone on screen, and the pause between watched turns. */
export const STEP_MS = 600;
export const WATCH_GAP_MS = 2000;
export const WATCH_GAP_REDUCED_MS = 900;

/** The person choosing now (null when nobody at this device chooses). */
export function chooserOf(ctx: Pick<FlowContext, 'game' | 'humans' | 'seat' | 'mode'>): PartyId | null {
  if (!ctx.game || ctx.mode === 'watch') return null;
  return activeHumans(ctx.game, ctx.humans)[ctx.seat] ?? null;
}

/** The move and parameters the draft stands for, if a move is chosen. */
function draftMove(ctx: FlowContext) {
  const who = chooserOf(ctx);
  if (!who || !ctx.game || !ctx.draft.move) return null;
  const card = moveMenu(ctx.game, who).find((c) => c.move === ctx.draft.move);
  const params = card?.options[ctx.draft.option] ?? {};
  return Object.keys(params).length ? { party: who, move: ctx.draft.move, params } : { party: who, move: ctx.draft.move };
}

function resolutionOf(before: GameState, after: GameState): Resolution {
  const record = after.log[after.log.length - 1];
  return { record, before: before.world, shown: 0, total: stepsOf(record).length, open: null };
}

function addNotice(ctx: FlowContext, p: StorageProblem | null): StorageProblem[] {
  if (!p || ctx.dismissed.includes(p.kind) || ctx.notices.some((n) => n.kind === p.kind)) return ctx.notices;
  return [...ctx.notices, p];
}

function controllers(humans: readonly string[], others: Controller): Record<PartyId, Controller> {
  const out = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) out[p] = humans.includes(p) ? 'human' : others;
  return out;
}

/**
 * Choosing a move, in the prologue and in every turn of the crisis alike: the person in the chair picks a move and its
 * options, then ends the turn (refused with the rule, handed over to the next person, or played).
 */
const PICKING = {
  initial: 'picking',
  states: { picking: {}, refused: {} },
  on: {
    SELECT_MOVE: { target: '.picking', actions: 'selectMove' },
    SELECT_OPTION: { target: '.picking', actions: 'selectOption' },
    OPEN_CONCEPT: { actions: 'openConcept' },
    PAGE: { actions: 'turnPage' },
    END_TURN: [
      { guard: 'noMoveChosen' },
      { guard: 'moveRefused', target: '.refused', actions: 'refuse' },
      { guard: 'othersToChoose', target: 'handingOver', actions: 'lockIn' },
      { target: 'resolving', actions: ['lockIn', 'playTurn', 'autosave'] },
    ],
  },
} as const;

export function createFlowMachine(deps: FlowDeps) {
  return setup({
    types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as FlowInput },
    delays: {
      STEP: ({ context }) => STEP_MS / context.speed,
      WATCH_GAP: ({ context }) => (context.reducedMotion ? WATCH_GAP_REDUCED_MS : WATCH_GAP_MS) / context.speed,
    },
    guards: {
      hasSave: ({ context }) => context.saved !== null,
      hasWatchSave: ({ context }) => context.saved?.mode === 'watch',
      someoneChosen: ({ context }) => context.setup.humans.length > 0,
      gameOver: ({ context }) => context.game?.outcome != null,
      severalHumans: ({ context }) => context.humans.length > 1,
      inPrologue: ({ context }) => context.game !== null && inPrologue(context.game),
      noMoveChosen: ({ context }) => context.draft.move === null,
      moveRefused: ({ context }) => {
        const played = draftMove(context);
        return played !== null && validateMove(context.game!, played) !== null;
      },
      othersToChoose: ({ context }) => context.seat + 1 < activeHumans(context.game!, context.humans).length,
      allShown: ({ context }) => context.resolution !== null && context.resolution.shown >= context.resolution.total,
      reducedMotion: ({ context }) => context.reducedMotion,
      moreToWatch: ({ context }) => context.game?.outcome == null,
      autoplaying: and([stateIn('#flow.watching.playback.playing'), 'moreToWatch']),
      ...classGuards,
      ...replayGuards,
      ...slotGuards,
    },
    actions: {
      loadSave: enqueueActions(({ context, enqueue }) => {
        const r = deps.store.load();
        if (r.ok) enqueue.assign({ saved: r.save && !r.save.state.outcome ? r.save : null });
        else enqueue.assign({ saved: null, notices: addNotice(context, r.problem) });
      }),
      autosave: enqueueActions(({ context, enqueue }) => {
        if (!context.game) return;
        const problem = deps.store.save({ humans: context.humans, mode: context.mode, state: context.game, tree: context.replay.tree ?? undefined });
        if (problem) enqueue.assign({ notices: addNotice(context, problem) });
      }),
      // A finished run is not offered to continue; one opened from a code or a file was never this device's save.
      clearSave: ({ context }) => {
        if (!context.replay.opened) deps.store.clear();
      },
      resetSetup: assign({ setup: ({ context }) => freshSetup(context.session) }),
      startPlay: assign(({ context }) => {
        const humans = [...context.setup.humans];
        const rules = RULE_SWITCHES.filter((r) => context.setup.rules.includes(r));
        const seed = context.session?.seed ?? context.seed ?? deps.randomSeed();
        const game = newGame({ seed, rules, controllers: controllers(humans, 'default') });
        return { mode: 'play' as const, humans, game, seat: 0, pending: {}, draft: EMPTY_DRAFT, refusal: null, resolution: null };
      }),
      startWatch: assign(({ context }) => {
        const game = newGame({ seed: context.seed ?? deps.randomSeed(), rules: [], controllers: controllers([], 'historical') });
        return { mode: 'watch' as const, humans: [], game, seat: 0, pending: {}, draft: EMPTY_DRAFT, refusal: null, resolution: null };
      }),
      resumeSave: assign(({ context }) => {
        const s = context.saved!;
        // The save store accepts only saves whose people sit at playable parties.
        return { mode: s.mode, humans: s.humans as FlowContext['humans'], game: s.state, seat: 0, pending: {}, draft: EMPTY_DRAFT, refusal: null, resolution: null };
      }),
      leaveGame: assign({ game: null, resolution: null, pending: {}, seat: 0, draft: EMPTY_DRAFT, refusal: null }),
      toggleSeat: assign({
        setup: ({ context, event }) => {
          if (event.type !== 'TOGGLE_SEAT') return context.setup;
          return { ...context.setup, humans: toggledSeats(context.setup, event.party, context.session), briefing: event.party, rulebookOpen: false };
        },
      }),
      toggleRulebook: assign({ setup: ({ context }) => ({ ...context.setup, rulebookOpen: !context.setup.rulebookOpen }) }),
      toggleRule: assign({
        setup: ({ context, event }) => {
          if (event.type !== 'TOGGLE_RULE') return context.setup;
          const { rule } = event;
          if (rule === 'none') return { ...context.setup, rules: [] };
          const on = context.setup.rules.includes(rule);
          return { ...context.setup, rules: RULE_SWITCHES.filter((q) => (q === rule ? !on : context.setup.rules.includes(q))) };
        },
      }),
      selectMove: assign(({ context, event }) => {
        if (event.type !== 'SELECT_MOVE') return {};
        const who = chooserOf(context);
        const card = who && context.game ? moveMenu(context.game, who).find((c) => c.move === event.move) : undefined;
        if (!card) return {};
        return { draft: { ...context.draft, move: card.move, option: card.options.length === 1 ? 0 : -1, concept: null }, refusal: null };
      }),
      selectOption: assign(({ context, event }) => (event.type === 'SELECT_OPTION' ? { draft: { ...context.draft, option: event.option }, refusal: null } : {})),
      openConcept: assign(({ context, event }) => (event.type === 'OPEN_CONCEPT' ? { draft: { ...context.draft, concept: event.concept } } : {})),
      turnPage: assign(({ context, event }) => (event.type === 'PAGE' ? { draft: { ...context.draft, page: Math.max(0, event.page) } } : {})),
      refuse: assign(({ context }) => {
        const played = draftMove(context)!;
        return { refusal: { played, reason: validateMove(context.game!, played)! } };
      }),
      lockIn: assign(({ context }) => {
        const played = draftMove(context)!;
        return { pending: { ...context.pending, [played.party]: played }, seat: context.seat + 1, draft: EMPTY_DRAFT, refusal: null };
      }),
      playTurn: assign(({ context }) => {
        const before = context.game!;
        const game = playTurn(before, context.pending);
        return { game, pending: {}, seat: 0, draft: EMPTY_DRAFT, refusal: null, resolution: resolutionOf(before, game) };
      }),
      showStep: assign({ resolution: ({ context }) => context.resolution && { ...context.resolution, shown: Math.min(context.resolution.total, context.resolution.shown + 1) } }),
      showAll: assign({ resolution: ({ context }) => context.resolution && { ...context.resolution, shown: context.resolution.total } }),
      openStep: assign({
        resolution: ({ context, event }) =>
          context.resolution && event.type === 'OPEN_STEP' ? { ...context.resolution, open: Math.max(0, Math.min(event.step, context.resolution.shown - 1)) } : context.resolution,
      }),
      endResolution: assign({ resolution: null }),
      setSpeed: assign({ speed: ({ context, event }) => (event.type === 'SPEED' ? event.speed : context.speed) }),
      setMotion: assign({ reducedMotion: ({ context, event }) => (event.type === 'MOTION' ? event.reduced : context.reducedMotion) }),
      notice: assign({ notices: ({ context, event }) => (event.type === 'STORAGE_PROBLEM' ? addNotice(context, event.problem) : context.notices) }),
      forgetOtherTab: assign({ notices: ({ context }) => context.notices.filter((n) => n.kind !== 'other-tab') }),
      dismissNotices: assign(({ context }) => ({ dismissed: [...context.dismissed, ...context.notices.map((n) => n.kind)], notices: [] })),
      ...classActions(deps),
      ...replayActions(deps.endings),
      ...slotActions(deps),
    },
  }).createMachine({
    id: 'flow',
    context: ({ input }) => {
      const seed = input.seedParam === null ? null : checkSeed(input.seedParam);
      return {
        reducedMotion: input.reducedMotion,
        seed: seed?.ok ? seed.seed : null,
        seedRefused: seed && !seed.ok ? { text: seed.text } : null,
        saved: null,
        notices: [],
        dismissed: [],
        setup: { humans: [], rules: [], rulebookOpen: false, briefing: 'board' },
        mode: 'play',
        humans: [],
        game: null,
        seat: 0,
        pending: {},
        draft: EMPTY_DRAFT,
        refusal: null,
        resolution: null,
        speed: 1,
        session: null,
        sessionRefused: null,
        classroom: null,
        replay: NO_REPLAY,
        slots: [],
        slotNote: null,
        loaded: null,
      };
    },
    on: {
      MOTION: { actions: 'setMotion' },
      DISMISS_NOTICES: { actions: 'dismissNotices' },
      STORAGE_PROBLEM: { actions: 'notice' },
      STORAGE_WRITABLE: { actions: 'forgetOtherTab' },
      ...REPLAY_EVERYWHERE,
    },
    initial: 'title',
    states: {
      title: {
        entry: ['loadSave', 'forgetRun', 'listSlots'],
        on: {
          // Now that this tab may write, read the save again: it may be one to set aside, or one to continue.
          STORAGE_WRITABLE: { target: 'title', reenter: true, actions: 'forgetOtherTab' },
          NEW_GAME: { target: 'setup', actions: 'resetSetup' },
          RESUME: [
            { guard: 'hasWatchSave', target: 'watching', actions: ['resumeSave', 'resumeRun'] },
            { guard: 'hasSave', target: 'game', actions: ['resumeSave', 'resumeRun'] },
          ],
          WATCH: { target: 'watching', actions: ['startWatch', 'newRun', 'autosave'] },
          OPEN_SETTINGS: 'settings',
          OPEN_CLASSROOM: { target: 'classroom', actions: 'openClassroom' },
          JOIN_CLASS: { actions: 'joinClass' },
          EXPLORE: 'exploring',
          ...TO_EXTRAS,
          OPEN_SAVES: 'saves',
        },
      },
      classroom: CLASSROOM_STATE,
      // The saved games, from the title or from a game (which it returns to as it was left, minus a resolution).
      saves: {
        entry: 'listSlots',
        on: {
          SAVE_AS: { actions: 'saveAs' },
          RENAME_SLOT: { actions: 'renameSlot' },
          DELETE_SLOT: { actions: 'deleteSlot' },
          LOAD_SLOT: { target: 'loadingSlot', actions: 'readSlot' },
          BACK: [
            // A run that ended while its last turn was shown goes to its ending.
            { guard: 'gameOver', target: 'ended', actions: 'endResolution' },
            { guard: 'gameWatched', target: 'watching' },
            { guard: 'gamePlayed', target: 'game' },
            { target: 'title' },
          ],
        },
      },
      // A named save was read: start it, or (it could not be used; a notice says why) go back to the list.
      loadingSlot: {
        always: [
          { guard: 'loadedToWatch', target: 'watching', actions: ['takeLoaded', 'resumeSave', 'resumeRun', 'autosave'] },
          { guard: 'loadedToPlay', target: 'game', actions: ['takeLoaded', 'resumeSave', 'resumeRun', 'autosave'] },
          { target: 'saves' },
        ],
      },
      settings: {
        on: { BACK: 'title' },
      },
      // The explorer: many games in the workers, its choices and results its own (src/dom/explorer.ts).
      exploring: {
        on: { BACK: 'title' },
      },
      setup: {
        on: {
          TOGGLE_SEAT: { guard: 'seatOffered', actions: 'toggleSeat' },
          TOGGLE_RULEBOOK: { guard: 'rulesOpen', actions: 'toggleRulebook' },
          TOGGLE_RULE: { guard: 'rulesOpen', actions: 'toggleRule' },
          START: { guard: 'someoneChosen', target: 'game', actions: ['startPlay', 'newRun', 'autosave'] },
          BACK: 'title',
        },
      },
      game: {
        initial: 'next',
        on: { MENU: { target: 'title', actions: 'leaveGame' }, ...TO_REVIEW, OPEN_SAVES: { target: 'saves', actions: 'endResolution' } },
        states: {
          // Where the game goes next: the ending, the privacy screen before a person's choice, or the choice itself.
          next: {
            always: [
              { guard: 'gameOver', target: '#flow.ended' },
              { guard: 'severalHumans', target: 'handingOver' },
              { guard: 'inPrologue', target: 'prologue' },
              { target: 'choosing' },
            ],
          },
          // Between two people on one device: the table is hidden until the next one says they are ready.
          handingOver: {
            on: { READY: [{ guard: 'inPrologue', target: 'prologue' }, { target: 'choosing' }] },
          },
          // Friday morning, before the crisis: the board decides how to remove the CEO.
          prologue: PICKING,
          // A turn of the crisis: the person in the chair picks a move and its options, then ends the turn.
          choosing: PICKING,
          // The turn's moves appear one at a time in the published order, then the world's reaction.
          resolving: {
            entry: 'showStep',
            always: [
              { guard: 'allShown', target: 'resolved' },
              { guard: 'reducedMotion', target: 'resolved', actions: 'showAll' },
            ],
            after: { STEP: { target: 'resolving', reenter: true } },
            on: {
              SKIP: { target: 'resolved', actions: 'showAll' },
              OPEN_STEP: { actions: 'openStep' },
            },
          },
          resolved: {
            on: {
              OPEN_STEP: { actions: 'openStep' },
              CONTINUE: { target: 'next', actions: 'endResolution' },
            },
          },
        },
      },
      // Every party plays what it really did; the turns follow one another on their own until paused.
      watching: {
        type: 'parallel',
        on: { MENU: { target: 'title', actions: 'leaveGame' }, SPEED: { actions: 'setSpeed' }, ...TO_REVIEW, OPEN_SAVES: { target: 'saves', actions: 'endResolution' } },
        states: {
          playback: {
            initial: 'playing',
            states: {
              playing: { on: { PAUSE: 'paused' } },
              paused: { on: { PLAY: 'playing' } },
            },
          },
          turn: {
            initial: 'idle',
            states: {
              idle: {
                after: { WATCH_GAP: { guard: 'autoplaying', target: 'resolving', actions: ['playTurn', 'autosave'] } },
                on: {
                  NEXT_TURN: { target: 'resolving', actions: ['playTurn', 'autosave'] },
                  // Playing again, or at another speed, starts the pause before the next turn afresh.
                  PLAY: { target: 'idle', reenter: true },
                  SPEED: { target: 'idle', reenter: true, actions: 'setSpeed' },
                },
              },
              resolving: {
                entry: 'showStep',
                always: [
                  { guard: 'allShown', target: 'resolved' },
                  { guard: 'reducedMotion', target: 'resolved', actions: 'showAll' },
                ],
                after: { STEP: { target: 'resolving', reenter: true } },
                on: {
                  SKIP: { target: 'resolved', actions: 'showAll' },
                  OPEN_STEP: { actions: 'openStep' },
                },
              },
              resolved: {
                after: { WATCH_GAP: { guard: 'autoplaying', target: 'resolving', actions: ['endResolution', 'playTurn', 'autosave'] } },
                on: {
                  OPEN_STEP: { actions: 'openStep' },
                  PLAY: { target: 'resolved', reenter: true },
                  SPEED: { target: 'resolved', reenter: true, actions: 'setSpeed' },
                  CONTINUE: [
                    { guard: 'gameOver', target: '#flow.ended' },
                    { target: 'idle', actions: 'endResolution' },
                  ],
                },
              },
            },
          },
        },
      },
      ended: {
        entry: ['clearSave', 'recordEnding'],
        on: {
          PLAY_AGAIN: { target: 'setup', actions: ['leaveGame', 'resetSetup', 'forgetRun'] },
          MENU: { target: 'title', actions: 'leaveGame' },
          ...TO_REVIEW,
        },
      },
      // Looking back over a game: its timeline, its branches, sharing it (src/flow/replay.ts).
      review: REVIEW,
      // From the title: importing a run, the endings gallery.
      extras: EXTRAS,
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
