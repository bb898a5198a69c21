// The run in progress, as the interface sees it: the simulation's GameState plus who sits at this device.
// No game rules here: moves are checked and played by src/sim.
import { createActor } from 'xstate';
import { crisisMachine, validateMove, type CrisisActor, type CrisisInput } from '../sim/index.ts';
import type { GameState, Message, PlayedMove, TurnRecord } from '../sim/types.ts';
import type { Controller, PartyId, PlayablePartyId, RuleSwitch } from '../sim/ids.ts';
import { PARTIES, RULE_SWITCHES } from '../sim/ids.ts';
import { SaveStore, type SaveFile } from '../storage/save.ts';
import type { StorageProblem } from '../storage/store.ts';
import { claimWriteLock } from '../storage/write-lock.ts';

export type Mode = 'play' | 'watch';

export interface Session {
  mode: Mode;
  /** People at this device, in hot-seat order. */
  humans: PlayablePartyId[];
  /** The crisis actor: it holds the game and its party actors, and plays the turns. */
  actor: CrisisActor;
  /** The game's snapshot, as the crisis actor has it now. */
  readonly state: GameState;
  /** Moves locked in this turn by the humans who already chose. */
  pending: Partial<Record<PartyId, PlayedMove>>;
  /** Index into humans of who is choosing now. */
  seat: number;
  /** How many turn records have been shown in a resolution. */
  shown: number;
}

let store: SaveStore | null = null;
/** Claimed at start, so it is known before the title screen reads the save: only one tab writes it. */
const writeLock = claimWriteLock();
writeLock.onChange((status) => status === 'reader' && notice({ kind: 'other-tab' }));
export function saves(): SaveStore {
  if (!store) store = new SaveStore(undefined, Date.now, writeLock);
  return store;
}

/** Problems to show at the next opportunity (the scene shows them in a banner and the live region). */
export const notices: StorageProblem[] = [];
/** Kinds of problem the player has dismissed: not shown again this session. */
const dismissed = new Set<StorageProblem['kind']>();
function notice(p: StorageProblem | null): void {
  if (!p || dismissed.has(p.kind)) return;
  if (notices.some((n) => n.kind === p.kind)) return;
  notices.push(p);
}
export function dismissNotices(): void {
  for (const n of notices) dismissed.add(n.kind);
  notices.length = 0;
}

let current: Session | null = null;
export function session(): Session | null {
  return current;
}
export function endSession(): void {
  current = null;
}

function seedFromUrl(): number | null {
  try {
    const v = new URLSearchParams(window.location.search).get('seed');
    if (v && /^\d+$/.test(v)) return Number(v);
  } catch { /* no URL */ }
  return null;
}

export function newSeed(): number {
  return seedFromUrl() ?? Math.floor(Math.random() * 2 ** 31);
}

function open(mode: Mode, humans: PlayablePartyId[], input: CrisisInput): Session {
  current?.actor.stop();
  const actor = createActor(crisisMachine, { input }).start();
  const s: Session = {
    mode,
    humans,
    actor,
    get state() {
      return actor.getSnapshot().context.game;
    },
    pending: {},
    seat: 0,
    shown: 0,
  };
  s.shown = s.state.log.length;
  current = s;
  return s;
}

/** Start a game for the people at this device, under the rulebook switches chosen (none: as in 2023). */
export function startPlay(humans: PlayablePartyId[], seed = newSeed(), rules: readonly RuleSwitch[] = []): Session {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = (humans as readonly string[]).includes(p) ? 'human' : 'default';
  // In the simulation's own order, each switch once.
  const on = RULE_SWITCHES.filter((r) => rules.includes(r));
  const s = open('play', [...humans], { setup: { seed, rules: on, controllers } });
  autosave(s);
  return s;
}

export function startWatch(seed = newSeed()): Session {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = 'historical';
  const s = open('watch', [], { setup: { seed, rules: [], controllers } });
  autosave(s);
  return s;
}

export function resume(save: SaveFile): Session {
  // The save store accepts only saves whose humans are playable parties.
  return open(save.mode, save.humans as PlayablePartyId[], { state: save.state });
}

/** The human whose turn it is to choose (null in watch mode or when nobody human acts this turn). */
export function chooser(s: Session): PlayablePartyId | null {
  const active = activeHumans(s);
  return active[s.seat] ?? null;
}

/** Humans who choose a move this turn (only the board plays the prologue). */
export function activeHumans(s: Session): PlayablePartyId[] {
  if (s.mode === 'watch') return [];
  if (s.state.turn < 0) return s.humans.filter((h) => h === 'board');
  return s.humans;
}

export function check(s: Session, m: PlayedMove): Message | null {
  return validateMove(s.state, m);
}

/**
 * Lock in the current chooser's move. Returns 'next-seat' when another human still has to choose (hot seat),
 * or the new turn record once the turn has been played.
 */
export function lockIn(s: Session, m: PlayedMove): 'next-seat' | TurnRecord {
  s.pending[m.party] = m;
  const active = activeHumans(s);
  if (s.seat + 1 < active.length) {
    s.seat += 1;
    return 'next-seat';
  }
  return advance(s);
}

/** Play the turn with the moves locked in (none in watch mode) and autosave. */
export function advance(s: Session): TurnRecord {
  const turnBefore = s.state.turn;
  s.actor.send({ type: 'PLAY_TURN', moves: s.pending });
  const snap = s.actor.getSnapshot();
  if (snap.context.game.turn === turnBefore && snap.context.rejected) {
    // The crisis actor refused the turn (a move the rules forbid): nothing was played, the choices stand.
    throw Object.assign(new Error('The simulation refused the turn.'), { reason: snap.context.rejected.reason });
  }
  s.pending = {};
  s.seat = 0;
  autosave(s);
  return s.state.log[s.state.log.length - 1];
}

/** Save after every turn (and at the start). A finished run is saved too; the ending scene then clears it. */
export function autosave(s: Session): void {
  notice(saves().save({ humans: s.humans, mode: s.mode, state: s.state }));
}

/** Read the save for the title screen; corrupt or unavailable storage is turned into a notice. */
export function loadSave(): SaveFile | null {
  const r = saves().load();
  if (!r.ok) {
    notice(r.problem);
    return null;
  }
  if (r.save && r.save.state.outcome) return null;
  return r.save;
}
