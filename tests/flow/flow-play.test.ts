// The flow as players meet it: the hot seat, a refused turn, the resolution's pace, skipping, watching history,
// seeds from the address, and the autosave.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveMenu, type PartyId } from '../../src/sim/index.ts';
import { chooserOf, STEP_MS, WATCH_GAP_MS } from '../../src/flow/machine.ts';
import { stepsOf } from '../../src/flow/facts.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { SAVE_KEY } from '../../src/storage/save.ts';
import { MemoryKV, playableChoice, startActor, testLock, where } from './helpers.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function start(humans: PartyId[], input: Parameters<typeof startActor>[0] = {}, opts: Parameters<typeof startActor>[1] = {}) {
  const f = startActor(input, opts);
  f.actor.send({ type: 'NEW_GAME' });
  for (const party of humans) f.actor.send({ type: 'TOGGLE_SEAT', party: party as never });
  f.actor.send({ type: 'START' });
  return f;
}

const send = (actor: ReturnType<typeof startActor>['actor'], events: FlowEvent[]) => events.forEach((e) => actor.send(e));

describe('hot seat', () => {
  it('passes the device between each person, hiding the table, and plays the turn once all have chosen', () => {
    const { actor } = start(['board', 'microsoft', 'employees']);
    // The prologue: only the board chooses, behind the privacy screen.
    expect(where(actor.getSnapshot())).toBe('game.handingOver');
    expect(chooserOf(actor.getSnapshot().context)).toBe('board');
    actor.send({ type: 'READY' });
    expect(where(actor.getSnapshot())).toBe('game.prologue.picking');
    send(actor, playableChoice(actor.getSnapshot()));
    send(actor, [{ type: 'CONTINUE' }]);
    // Turn 0: board, then Microsoft, then the employees, each after the privacy screen.
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const snap = actor.getSnapshot();
      expect(where(snap)).toBe('game.handingOver');
      order.push(chooserOf(snap.context)!);
      // Nothing of the others' choices is carried into the next person's draft.
      expect(snap.context.draft.move).toBeNull();
      actor.send({ type: 'READY' });
      expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
      expect(actor.getSnapshot().context.game!.turn).toBe(0);
      send(actor, playableChoice(actor.getSnapshot()));
    }
    expect(order).toEqual(['board', 'microsoft', 'employees']);
    const snap = actor.getSnapshot();
    expect(where(snap)).toBe('game.resolved');
    const played = snap.context.resolution!.record.moves.map((m) => m.party);
    expect(played).toEqual(expect.arrayContaining(['board', 'microsoft', 'employees']));
    expect(snap.context.game!.turn).toBe(1);
  });

  it('goes straight to the choice when one person plays', () => {
    const { actor } = start(['salesforce']);
    expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
    send(actor, playableChoice(actor.getSnapshot()));
    actor.send({ type: 'CONTINUE' });
    expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
  });
});

describe('a refused turn', () => {
  it('shows the rule that refuses it and keeps the choice, and plays nothing', () => {
    // Find a seat with a blocked card on the first turn.
    let found: { party: PartyId; move: string; reason: unknown } | null = null;
    for (const party of ['employees', 'microsoft', 'salesforce', 'altman', 'board'] as const) {
      const { actor } = start([party]);
      const snap = actor.getSnapshot();
      const card = moveMenu(snap.context.game!, party).find((c) => c.blocked);
      if (card) {
        found = { party, move: card.move, reason: card.blocked };
        break;
      }
    }
    expect(found, 'some seat has a blocked move on the first turn').not.toBeNull();
    const { actor } = start([found!.party]);
    const before = actor.getSnapshot().context.game!;
    send(actor, [{ type: 'SELECT_MOVE', move: found!.move }, { type: 'END_TURN' }]);
    const snap = actor.getSnapshot();
    expect(where(snap)).toBe('game.choosing.refused');
    expect(snap.context.refusal?.reason).toEqual(found!.reason);
    expect(snap.context.draft.move).toBe(found!.move);
    expect(snap.context.game).toBe(before);
    // Choosing again clears the refusal; a legal move then plays.
    send(actor, playableChoice(snap));
    expect(where(actor.getSnapshot())).toBe('game.resolved');
    expect(actor.getSnapshot().context.refusal).toBeNull();
  });

  it('refuses a move whose option is not chosen, keeping the move chosen', () => {
    const { actor } = start(['board']);
    const card = moveMenu(actor.getSnapshot().context.game!, 'board')[0];
    expect(card.options.length).toBeGreaterThan(1);
    send(actor, [{ type: 'SELECT_MOVE', move: card.move }, { type: 'END_TURN' }]);
    expect(where(actor.getSnapshot())).toBe('game.prologue.refused');
    expect(actor.getSnapshot().context.refusal?.reason.key).toBe('rule.bad-params');
    expect(actor.getSnapshot().context.draft.move).toBe(card.move);
  });
});

describe('the resolution', () => {
  it('shows one step about every 0.6 s in real time, then waits for Continue', () => {
    const { actor } = start(['altman'], { reducedMotion: false });
    send(actor, playableChoice(actor.getSnapshot()));
    const res = () => actor.getSnapshot().context.resolution!;
    expect(where(actor.getSnapshot())).toBe('game.resolving');
    expect(res().shown).toBe(1);
    expect(res().total).toBe(stepsOf(res().record).length);
    expect(res().total).toBeGreaterThan(2);
    vi.advanceTimersByTime(STEP_MS - 1);
    expect(res().shown).toBe(1);
    vi.advanceTimersByTime(1);
    expect(res().shown).toBe(2);
    vi.advanceTimersByTime(STEP_MS * res().total);
    expect(where(actor.getSnapshot())).toBe('game.resolved');
    expect(res().shown).toBe(res().total);
    // It waits for the player, however long.
    vi.advanceTimersByTime(60_000);
    expect(where(actor.getSnapshot())).toBe('game.resolved');
  });

  it('resolves at once with reduced motion', () => {
    const { actor } = start(['altman'], { reducedMotion: true });
    send(actor, playableChoice(actor.getSnapshot()));
    expect(where(actor.getSnapshot())).toBe('game.resolved');
    expect(actor.getSnapshot().context.resolution!.shown).toBe(actor.getSnapshot().context.resolution!.total);
  });

  it('follows a change of the motion setting at the next turn', () => {
    const { actor } = start(['altman'], { reducedMotion: true });
    actor.send({ type: 'MOTION', reduced: false });
    send(actor, playableChoice(actor.getSnapshot()));
    expect(where(actor.getSnapshot())).toBe('game.resolving');
  });

  it('skips to the whole resolution, and the timers of the skipped steps do nothing after', () => {
    const { actor } = start(['microsoft'], { reducedMotion: false });
    send(actor, playableChoice(actor.getSnapshot()));
    actor.send({ type: 'SKIP' });
    const snap = actor.getSnapshot();
    expect(where(snap)).toBe('game.resolved');
    expect(snap.context.resolution!.shown).toBe(snap.context.resolution!.total);
    vi.advanceTimersByTime(10_000);
    expect(actor.getSnapshot()).toBe(snap);
  });

  it('opens an earlier step to read its changes, but not one not yet shown', () => {
    const { actor } = start(['microsoft'], { reducedMotion: false });
    send(actor, playableChoice(actor.getSnapshot()));
    actor.send({ type: 'OPEN_STEP', step: 5 });
    expect(actor.getSnapshot().context.resolution!.open).toBe(0);
    actor.send({ type: 'SKIP' });
    actor.send({ type: 'OPEN_STEP', step: 2 });
    expect(actor.getSnapshot().context.resolution!.open).toBe(2);
  });
});

describe('watching history', () => {
  it('plays turn after turn on its own, pauses, and resumes', () => {
    const { actor } = startActor({ reducedMotion: false });
    actor.send({ type: 'WATCH' });
    const turn = () => actor.getSnapshot().context.game!.turn;
    const t0 = turn();
    expect(where(actor.getSnapshot())).toBe('watching.playback.playing|watching.turn.idle');
    vi.advanceTimersByTime(WATCH_GAP_MS);
    expect(turn()).toBe(t0 + 1);
    expect(where(actor.getSnapshot())).toContain('watching.turn.resolving');
    // The resolution runs its steps, pauses, and the next turn follows.
    const res = () => actor.getSnapshot().context.resolution!;
    vi.advanceTimersByTime(STEP_MS * (res().total - 1));
    expect(where(actor.getSnapshot())).toBe('watching.playback.playing|watching.turn.resolved');
    vi.advanceTimersByTime(WATCH_GAP_MS - 1);
    expect(turn()).toBe(t0 + 1);
    vi.advanceTimersByTime(1);
    expect(turn()).toBe(t0 + 2);
    actor.send({ type: 'PAUSE' });
    vi.advanceTimersByTime(STEP_MS * res().total);
    expect(where(actor.getSnapshot())).toBe('watching.playback.paused|watching.turn.resolved');
    vi.advanceTimersByTime(60_000);
    expect(turn()).toBe(t0 + 2);
    // Paused, the viewer steps by hand.
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'NEXT_TURN' });
    expect(turn()).toBe(t0 + 3);
    actor.send({ type: 'SKIP' });
    actor.send({ type: 'PLAY' });
    vi.advanceTimersByTime(WATCH_GAP_MS);
    expect(turn()).toBe(t0 + 4);
  });

  it('goes faster at a higher speed', () => {
    const { actor } = startActor({ reducedMotion: false });
    actor.send({ type: 'WATCH' });
    actor.send({ type: 'SPEED', speed: 4 });
    const t0 = actor.getSnapshot().context.game!.turn;
    vi.advanceTimersByTime(WATCH_GAP_MS / 4);
    expect(actor.getSnapshot().context.game!.turn).toBe(t0 + 1);
  });

  it('reaches history’s ending and waits there for the viewer', () => {
    const { actor } = startActor({ reducedMotion: true });
    actor.send({ type: 'WATCH' });
    vi.advanceTimersByTime(120_000);
    const snap = actor.getSnapshot();
    expect(snap.context.game!.outcome?.id).toBe('return-new-board');
    expect(where(snap)).toBe('watching.playback.playing|watching.turn.resolved');
    actor.send({ type: 'CONTINUE' });
    expect(where(actor.getSnapshot())).toBe('ended');
  });
});

describe('seeds from the address', () => {
  it('plays the seed asked for', () => {
    const { actor } = start(['board'], { seedParam: '4294967295' });
    expect(actor.getSnapshot().context.game!.seed).toBe(4294967295);
    expect(actor.getSnapshot().context.seedRefused).toBeNull();
  });

  for (const bad of ['1'.repeat(310), '4294967296', '-1', 'abc', '', '1.5', '0x10']) {
    it(`refuses "${bad.length > 12 ? `${bad.length} digits` : bad}" and plays a random seed instead, saying so`, () => {
      const { actor } = start(['board'], { seedParam: bad }, { seed: 99 });
      const snap = actor.getSnapshot();
      expect(snap.context.seedRefused).toEqual({ text: bad });
      expect(where(snap)).toBe('game.prologue.picking');
      expect(snap.context.game!.seed).toBe(99);
    });
  }

  it('plays a new random seed for each game without a seed in the address', () => {
    const { actor } = start(['board'], { seedParam: null }, { seed: 5 });
    expect(actor.getSnapshot().context.game!.seed).toBe(5);
    actor.send({ type: 'MENU' });
    actor.send({ type: 'WATCH' });
    expect(actor.getSnapshot().context.game!.seed).toBe(6);
  });
});

describe('the autosave', () => {
  it('saves at the start and after every turn, offers to continue, and forgets a finished run', () => {
    const { actor, kv } = start(['employees']);
    const saved = () => JSON.parse(kv!.getItem(SAVE_KEY)!);
    expect(saved().state.turn).toBe(0);
    expect(saved().humans).toEqual(['employees']);
    expect(saved().mode).toBe('play');
    send(actor, playableChoice(actor.getSnapshot()));
    expect(saved().state.turn).toBe(1);
    actor.send({ type: 'MENU' });
    expect(actor.getSnapshot().context.saved?.state.turn).toBe(1);
    actor.send({ type: 'RESUME' });
    expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
    expect(actor.getSnapshot().context.game!.turn).toBe(1);
    // Play on to the ending: the save is cleared there.
    for (let i = 0; i < 200 && !actor.getSnapshot().matches('ended'); i++) {
      const snap = actor.getSnapshot();
      if (snap.matches({ game: 'resolved' })) actor.send({ type: 'CONTINUE' });
      else send(actor, playableChoice(snap));
    }
    expect(where(actor.getSnapshot())).toBe('ended');
    expect(kv!.getItem(SAVE_KEY)).toBeNull();
  });

  it('resumes a watched run in watch mode', () => {
    const { actor } = startActor();
    actor.send({ type: 'WATCH' });
    actor.send({ type: 'NEXT_TURN' });
    actor.send({ type: 'MENU' });
    actor.send({ type: 'RESUME' });
    expect(where(actor.getSnapshot())).toContain('watching.turn.idle');
  });

  it('says another tab holds the save, then reads the save again when this tab may write', () => {
    const kv = new MemoryKV();
    kv.setItem(SAVE_KEY, '{"version":1,"state":{"turn":"garbage');
    const lock = testLock('reader');
    const { actor } = startActor({}, { kv, lock });
    expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toEqual(['other-tab']);
    // The other tab never judged it: the save is where it was.
    expect(kv.getItem(SAVE_KEY)).toContain('garbage');
    lock.status = 'writer';
    actor.send({ type: 'STORAGE_WRITABLE' });
    expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toEqual(['corrupt']);
    expect(kv.getItem(SAVE_KEY)).toBeNull();
    expect([...kv.data.keys()].some((k) => k.startsWith(`${SAVE_KEY}:`))).toBe(true);
  });

  it('turns storage problems into notices, once each, until dismissed', () => {
    const { actor } = start(['altman'], {}, { kv: null });
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'unavailable' }]);
    send(actor, playableChoice(actor.getSnapshot()));
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'unavailable' }]);
    actor.send({ type: 'DISMISS_NOTICES' });
    actor.send({ type: 'CONTINUE' });
    send(actor, playableChoice(actor.getSnapshot()));
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });
});
