// Saves that parse but are wrong, each from the issue or a known way to hurt a JSON reader: every one is refused
// with a reason that names the place, copied aside byte for byte, never loaded and never overwritten.
import { describe, expect, it } from 'vitest';
import { SaveStore, SAVE_KEY } from '../../src/storage/save.ts';
import { MemoryKV, NOW, NOW_ISO, playedGame, saveOf } from './games.ts';

type Json = Record<string, any>;
const base = (): Json => JSON.parse(JSON.stringify(saveOf(playedGame({ seed: 11, humans: ['employees', 'microsoft'], turns: 4 }), ['employees', 'microsoft'])));
const edit = (f: (s: Json) => void) => () => {
  const s = base();
  f(s);
  return JSON.stringify(s);
};

const CASES: [string, () => string, RegExp][] = [
  ['a log of empty records', edit((s) => (s.state.log = [{}])), /^state\.log\[0\]\.turn is missing/],
  ['a missing temperament', edit((s) => delete s.state.temperament), /^state\.temperament is missing/],
  ['turn -5', edit((s) => (s.state.turn = -5)), /^state\.turn is -5 where at least -1 was expected/],
  ['nobody playing a game in play', edit((s) => (s.humans = [])), /nobody playing/],
  ['turn 1e308', edit((s) => (s.state.turn = 1e308)), /^state\.turn is 1e\+308/],
  ['an infinite number', () => base() && JSON.stringify(base()).replace('"continuity":', '"continuity":1e999,"x":'), /^state\.world\.continuity is Infinity where a finite number was expected/],
  ['a string for continuity', edit((s) => (s.state.world.continuity = '85')), /^state\.world\.continuity is "85" where number was expected/],
  ['a state no party machine has', edit((s) => (s.state.parties.board = 'dancing')), /^state\.parties\.board is "dancing"/],
  ['a party state its events do not lead to', edit((s) => (s.state.parties.board = 'resigned')), /^state board is "resigned", but its events lead to "\w+"/],
  ['an event that was never sent', edit((s) => s.state.log[1].events.push({ party: 'board', type: 'RESIGNED' })), /^state turn 0's events lead board to "resigned", but the log says/],
  ['an unknown rulebook switch', edit((s) => (s.state.rules = ['no-gravity'])), /^state\.rules\[0\] is "no-gravity"/],
  ['an unknown ending', edit((s) => (s.state.outcome = { id: 'victory', turn: 3 })), /^state\.outcome\.id is "victory"/],
  ['a seed past 2^32', edit((s) => (s.state.seed = 2 ** 32)), /^state\.seed is 4294967296/],
  ['a fractional seed', edit((s) => (s.state.seed = 1.5)), /^state\.seed is 1\.5 where a whole number was expected/],
  ['more signatures than staff', edit((s) => (s.state.world.signatures = s.state.world.staff + 1)), /signatures (from|is \d+ where at most)/],
  ['staff who vanished', edit((s) => (s.state.world.staff -= 10)), /do not make the 770/],
  ['a log that does not match the turn', edit((s) => s.state.log.pop()), /the log holds 4 turns, but the game is at turn 4/],
  ['a party played by two people', edit((s) => (s.humans = ['employees', 'employees'])), /two people/],
  ['a human seat nobody sits in', edit((s) => (s.humans = ['employees'])), /are not the parties played by people/],
  ['a person playing a simulated party', edit((s) => (s.humans = ['employees', 'microsoft', 'board'])), /are not the parties played by people/],
  ['people in a watched game', edit((s) => (s.mode = 'watch')), /watched game has people/],
  ['a party nobody can play', edit((s) => (s.humans = ['employees', 'investors'])), /^humans\[1\] is "investors"/],
  ['an unknown policy', edit((s) => (s.state.controllers.altman = 'chaos')), /^state\.controllers\.altman is "chaos"/],
  ['a move of another party', edit((s) => (s.state.log[1].moves[0].move = 'employees.sign-letter')), /^state\.log\[1\]\.moves\[0\] names a move that/],
  ['a version as a string', edit((s) => (s.version = '2')), /no format version/],
  ['an unknown field', edit((s) => (s.state.world.cheat = true)), /^state\.world\.cheat is a field no save has/],
  ['a __proto__ key', () => JSON.stringify(base()).replace('"world":{', '"world":{"__proto__":{"polluted":true},'), /^state\.world\.__proto__ is a field no save has/],
  ['a constructor key', () => JSON.stringify(base()).replace('"offers":{', '"offers":{"constructor":{"prototype":{"polluted":true}},'), /offers\.constructor is a field no save has/],
  ['a huge log', edit((s) => (s.state.log = Array.from({ length: 200 }, () => s.state.log[0]))), /^state\.log has length 200 where at most 27 was expected/],
  ['a huge string', edit((s) => (s.savedAt = 'x'.repeat(3_000_000))), /^it is \d{7} characters long/],
  ['a huge news item', edit((s) => (s.state.log[0].news[0].msg.key = 'x'.repeat(100_000))), /^state\.log\[0\]\.news\[0\]\.msg\.key has length 100000 where at most 2000 was expected/],
  ['deep nesting', () => JSON.stringify(base()).replace('"world":{', `"world":{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`), /^state\.world\.deep is a field no save has/],
  ['not an object', () => '[1,2,3]', /not an object/],
];

describe('a hostile save', () => {
  it.each(CASES)('with %s is refused, kept aside and never loaded', (_name, make, reason) => {
    const raw = make();
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, raw);
    const store = new SaveStore(kv, () => NOW);
    const r = store.load();
    if (r.ok) throw new Error('the save was loaded');
    expect(r.problem.kind === 'invalid' || r.problem.kind === 'corrupt').toBe(true);
    if (r.problem.kind === 'invalid') expect(r.problem.reason).toMatch(reason);
    const aside = 'movedTo' in r.problem ? r.problem.movedTo : '';
    expect(aside.startsWith(`${SAVE_KEY}:`) && aside.endsWith(NOW_ISO)).toBe(true);
    expect(kv.data.get(aside)).toBe(raw);
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    // A new game saves beside it, never over it; reading again finds only the new game.
    expect(store.save({ humans: ['board'], mode: 'play', state: playedGame({ seed: 1, humans: ['board'], turns: 0 }) })).toBeNull();
    expect(kv.data.get(aside)).toBe(raw);
    expect(new SaveStore(kv, () => NOW).load()).toMatchObject({ ok: true, save: { humans: ['board'] } });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('loads as a clean copy: a __proto__ key inside a message\'s variables is dropped, never a prototype', () => {
    const raw = JSON.stringify(base()).replace('"msg":{"key":', '"msg":{"vars":{"__proto__":{"polluted":true}},"key":');
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, raw);
    const r = new SaveStore(kv, () => NOW).load();
    if (!r.ok || !r.save) throw new Error('a sound save was refused');
    const vars = r.save.state.log[0].news[0].msg.vars as Json;
    expect(Object.getPrototypeOf(vars)).toBe(Object.prototype);
    expect(Object.hasOwn(vars, '__proto__')).toBe(false);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
