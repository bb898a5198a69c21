// The classroom in the flow: a student's page opened with a session starts every game with its seed and rulebook and
// offers only its seats (one of them with a device each, all of them in turns on a shared device); the teacher's
// screen keeps the session being set up (never without a seat) and the runs handed in, and opens on a teacher's link.
import { describe, expect, it } from 'vitest';
import type { ClassSession } from '../../src/classroom/session.ts';
import { startActor, where } from './helpers.ts';

const each: ClassSession = { seed: 42, rules: ['no-tender', 'notice-required'], seats: ['employees', 'altman'], devices: 'each' };

function joined(session: ClassSession) {
  const f = startActor({ seedParam: '7' });
  f.actor.send({ type: 'JOIN_CLASS', session, refused: null });
  f.actor.send({ type: 'NEW_GAME' });
  return f;
}

describe('a student’s page in a class session', () => {
  it('offers the session’s seats only, one at a time with a device each, and the rulebook cannot be changed', () => {
    const { actor } = joined(each);
    const humans = () => actor.getSnapshot().context.setup.humans;
    expect(humans()).toEqual([]);
    actor.send({ type: 'TOGGLE_SEAT', party: 'board' });
    expect(humans()).toEqual([]);
    actor.send({ type: 'TOGGLE_SEAT', party: 'employees' });
    actor.send({ type: 'TOGGLE_SEAT', party: 'altman' });
    expect(humans()).toEqual(['altman']);
    actor.send({ type: 'TOGGLE_RULE', rule: 'full-board' });
    actor.send({ type: 'TOGGLE_RULE', rule: 'none' });
    actor.send({ type: 'TOGGLE_RULEBOOK' });
    expect(actor.getSnapshot().context.setup).toMatchObject({ rules: each.rules, rulebookOpen: false });
    actor.send({ type: 'START' });
    const game = actor.getSnapshot().context.game!;
    expect(game).toMatchObject({ seed: 42, rules: ['notice-required', 'no-tender'] });
    expect(game.controllers.altman).toBe('human');
    expect(game.controllers.employees).not.toBe('human');
  });

  it('on a shared device, plays every seat of the session in turns, fixed', () => {
    const { actor } = joined({ ...each, devices: 'shared' });
    expect(actor.getSnapshot().context.setup.humans).toEqual(['employees', 'altman']);
    actor.send({ type: 'TOGGLE_SEAT', party: 'altman' });
    expect(actor.getSnapshot().context.setup.humans).toEqual(['employees', 'altman']);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.humans).toEqual(['employees', 'altman']);
  });

  it('plays the session again after an ending or the title, and says why a broken link is not used', () => {
    const { actor } = joined({ ...each, seats: ['board'] });
    expect(actor.getSnapshot().context.setup.humans).toEqual(['board']);
    actor.send({ type: 'BACK' });
    actor.send({ type: 'NEW_GAME' });
    expect(actor.getSnapshot().context.setup).toMatchObject({ humans: ['board'], rules: each.rules });
    const other = startActor();
    other.actor.send({ type: 'JOIN_CLASS', session: null, refused: 'damaged' });
    expect(other.actor.getSnapshot().context).toMatchObject({ session: null, sessionRefused: 'damaged' });
    other.actor.send({ type: 'NEW_GAME' });
    other.actor.send({ type: 'TOGGLE_SEAT', party: 'microsoft' });
    expect(other.actor.getSnapshot().context.setup.humans).toEqual(['microsoft']);
  });
});

describe('the teacher’s screen', () => {
  it('sets up a session from the title, never without a seat, and keeps what is handed in until cleared', () => {
    const { actor } = startActor({ seedParam: '9' });
    actor.send({ type: 'OPEN_CLASSROOM' });
    expect(where(actor.getSnapshot())).toBe('classroom');
    const room = () => actor.getSnapshot().context.classroom!;
    expect(room()).toMatchObject({ session: { seed: 9, rules: [], seats: ['board'], devices: 'each' }, view: 'setup', inputs: [] });
    actor.send({ type: 'CLASS_SEAT', party: 'board' });
    expect(room().session.seats).toEqual(['board']);
    actor.send({ type: 'CLASS_SEAT', party: 'altman' });
    actor.send({ type: 'CLASS_SEAT', party: 'employees' });
    actor.send({ type: 'CLASS_SEAT', party: 'board' });
    expect(room().session.seats).toEqual(['employees', 'altman']);
    actor.send({ type: 'CLASS_RULE', rule: 'no-tender' });
    actor.send({ type: 'CLASS_RULE', rule: 'full-board' });
    actor.send({ type: 'CLASS_RULE', rule: 'no-tender' });
    actor.send({ type: 'CLASS_DEVICES', devices: 'shared' });
    actor.send({ type: 'CLASS_SEED', seed: 123 });
    expect(room().session).toEqual({ seed: 123, rules: ['full-board'], seats: ['employees', 'altman'], devices: 'shared' });
    actor.send({ type: 'CLASS_NEW_SEED' });
    expect(room().session.seed).not.toBe(123);
    actor.send({ type: 'CLASS_VIEW', view: 'gather' });
    actor.send({ type: 'CLASS_ADD', inputs: [{ text: 'v1.a', file: null, n: 1 }] });
    actor.send({ type: 'CLASS_ADD', inputs: [{ text: 'v1.b', file: 'b.json', n: 1 }] });
    expect(room().inputs.map((x) => x.text)).toEqual(['v1.a', 'v1.b']);
    actor.send({ type: 'CLASS_VIEW', view: 'projector' });
    expect(room().view).toBe('projector');
    actor.send({ type: 'CLASS_CLEAR' });
    expect(room().inputs).toEqual([]);
    actor.send({ type: 'BACK' });
    expect(where(actor.getSnapshot())).toBe('title');
    // A new game from this page is not a class session: the teacher's draft is not handed to it.
    actor.send({ type: 'NEW_GAME' });
    actor.send({ type: 'TOGGLE_SEAT', party: 'board' });
    expect(actor.getSnapshot().context.setup.humans).toEqual(['board']);
  });

  it('a teacher’s link opens the screen on its session, gathering', () => {
    const { actor } = startActor();
    actor.send({ type: 'OPEN_CLASSROOM', session: each });
    expect(actor.getSnapshot().context.classroom).toEqual({ session: each, view: 'gather', inputs: [] });
  });
});
