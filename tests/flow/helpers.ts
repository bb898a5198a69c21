// Helpers for the flow's tests: a flow machine over real saves (SlotStore) in memory, and a player who always finishes.
import { createActor, transition, type SnapshotFrom } from 'xstate';
import { createFlowMachine, chooserOf } from '../../src/flow/machine.ts';
import type { FlowEvent, FlowInput } from '../../src/flow/types.ts';
import { SlotStore } from '../../src/storage/slots.ts';
import type { KV } from '../../src/storage/store.ts';
import type { WriteLock, WriteStatus } from '../../src/storage/write-lock.ts';
import { moveMenu } from '../../src/sim/index.ts';

export class MemoryKV implements KV {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
  get length(): number {
    return this.data.size;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
}

export function flowFor(opts: { kv?: KV | null; seed?: number; lock?: WriteLock } = {}) {
  const kv = opts.kv === undefined ? new MemoryKV() : opts.kv;
  const store = new SlotStore(kv, () => 0, opts.lock ?? null);
  let next = opts.seed ?? 7;
  const machine = createFlowMachine({ store, randomSeed: () => next++ });
  return { machine, store, kv };
}

export type FlowMachineT = ReturnType<typeof flowFor>['machine'];
export type FlowSnap = SnapshotFrom<FlowMachineT>;

export function startActor(input: Partial<FlowInput> = {}, opts: Parameters<typeof flowFor>[0] = {}) {
  const f = flowFor(opts);
  const actor = createActor(f.machine, { input: { reducedMotion: true, seedParam: '20231117', ...input } }).start();
  return { ...f, actor };
}

/** The flow's state as a path of names, e.g. "game.choosing.picking" or "watching.playback.paused|turn.idle". */
export function where(snap: FlowSnap): string {
  const flat = (v: unknown, prefix: string): string[] => {
    if (typeof v === 'string') return [prefix ? `${prefix}.${v}` : v];
    return Object.entries(v as Record<string, unknown>).flatMap(([k, sub]) => flat(sub, prefix ? `${prefix}.${k}` : k));
  };
  return flat(snap.value, '').join('|');
}

/** The first move card the person in the chair may play, with its first option. */
export function playableChoice(snap: FlowSnap): FlowEvent[] {
  const who = chooserOf(snap.context);
  if (!who || !snap.context.game) return [];
  const card = moveMenu(snap.context.game, who).find((c) => !c.blocked)!;
  return [{ type: 'SELECT_MOVE', move: card.move }, { type: 'SELECT_OPTION', option: 0 }, { type: 'END_TURN' }];
}

/** What a player who wants to finish does next: choose, pass the device, skip, continue. */
export function finishingEvents(snap: FlowSnap): FlowEvent[] {
  if (snap.matches('settings') || snap.matches('saves')) return [{ type: 'BACK' }];
  if (snap.matches('setup')) return snap.context.setup.humans.length ? [{ type: 'START' }] : [{ type: 'TOGGLE_SEAT', party: 'board' }];
  if (snap.matches({ game: 'handingOver' })) return [{ type: 'READY' }];
  if (snap.matches({ game: 'prologue' }) || snap.matches({ game: 'choosing' })) return playableChoice(snap);
  if (snap.matches({ game: 'resolving' }) || snap.matches({ watching: { turn: 'resolving' } })) return [{ type: 'SKIP' }];
  if (snap.matches({ game: 'resolved' }) || snap.matches({ watching: { turn: 'resolved' } })) return [{ type: 'CONTINUE' }];
  if (snap.matches({ watching: { turn: 'idle' } })) return [{ type: 'NEXT_TURN' }];
  if (snap.matches('review') || snap.matches('extras')) return [{ type: 'BACK' }];
  return [];
}

/**
 * Follow a finishing player from a snapshot until the flow rests at the title or the ending. `known` holds states
 * (by `keyOf`) already seen to lead there, which end the walk early with what they led to.
 */
export function finish(machine: FlowMachineT, from: FlowSnap, known?: Map<string, string>, keyOf?: (s: FlowSnap) => string, maxEvents = 2000): string {
  let snap = from;
  const seen: string[] = [];
  const done = (end: string) => {
    for (const k of seen) known?.set(k, end);
    return end;
  };
  for (let i = 0; i < maxEvents; i++) {
    if (snap.matches('title') || snap.matches('ended')) return done(where(snap));
    if (known && keyOf) {
      const k = keyOf(snap);
      const end = known.get(k);
      if (end) return done(end);
      seen.push(k);
    }
    const events = finishingEvents(snap);
    if (events.length === 0) throw new Error(`stuck at ${where(snap)}`);
    for (const e of events) [snap] = transition(machine, snap, e);
  }
  throw new Error(`no ending after ${maxEvents} events, at ${where(snap)}`);
}

/** A write lock whose status the test sets. */
export function testLock(status: WriteStatus): WriteLock & { status: WriteStatus } {
  return { status, ready: Promise.resolve(status), onChange: () => () => undefined, release: () => undefined };
}
