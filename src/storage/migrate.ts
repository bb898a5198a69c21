// Bringing a save of an earlier format version up to the current one.
//
// Two ways, tried in order:
// 1. The steps of MIGRATIONS, each turning a save of version n into one of version n + 1 (plain JSON in, plain JSON
//    out). Write one when the new shape can be computed from the old (a field renamed, a default added).
// 2. Replaying the game: a save names its seed, its rulebook, who played what and every move of every turn; the
//    simulation is deterministic, so playing those moves again from a new game gives the same game in today's
//    shape (news, steps and all). This fails only when today's rules refuse one of the old moves.
// Whatever comes out is checked against the current schema before it is used.
import * as v from 'valibot';
import { LAST_TURN, PROLOGUE_TURN } from '../sim/clock.ts';
import { newGame, playTurn } from '../sim/engine.ts';
import { PARTIES, PLAYABLE_PARTIES, POLICIES, RULE_SWITCHES, type PartyId } from '../sim/ids.ts';
import type { GameState, PlayedMove } from '../sim/types.ts';

type Json = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a save of version n into a save of version n + 1 (its `version` is set by the caller).
 * Throw to say the save cannot be migrated this way (the replay is tried next).
 */
export const MIGRATIONS: Readonly<Record<number, (save: Json) => Json>> = {
  // Version 1 saves were checked only on the surface; those written by the last builds of version 1 have today's
  // shape and pass as they are. Older ones fail the schema and are replayed.
  1: (save) => save,
  // Version 3 adds the run's tree of branches, optional: a version 2 save is a game of one line, its main line.
  2: (save) => save,
  // Version 4 keeps several saves: the autosave (the single save of before) and named saves, which carry a name.
  3: (save) => save,
};

/** What replaying needs from a save of any version so far: the setup, the people, and the moves of each turn. */
const replayable = v.object({
  humans: v.pipe(v.array(v.picklist(PLAYABLE_PARTIES)), v.maxLength(PLAYABLE_PARTIES.length)),
  mode: v.picklist(['play', 'watch']),
  state: v.object({
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
    rules: v.pipe(v.array(v.picklist(RULE_SWITCHES)), v.maxLength(RULE_SWITCHES.length)),
    controllers: v.record(v.picklist(PARTIES), v.picklist([...POLICIES, 'human'] as const)),
    turn: v.pipe(v.number(), v.integer(), v.minValue(PROLOGUE_TURN), v.maxValue(LAST_TURN + 1)),
    log: v.pipe(
      v.array(
        v.object({
          turn: v.number(),
          moves: v.pipe(
            v.array(v.object({ party: v.picklist(PARTIES), move: v.string(), params: v.optional(v.record(v.string(), v.unknown())) })),
            v.maxLength(PARTIES.length),
          ),
        }),
      ),
      v.maxLength(LAST_TURN - PROLOGUE_TURN + 1),
    ),
  }),
});

/** The game of an old save played again with today's simulation; throws with the reason when it cannot be. */
export function replay(old: unknown): { humans: PartyId[]; mode: 'play' | 'watch'; state: GameState } {
  const r = v.safeParse(replayable, old, { abortEarly: true });
  if (!r.success) throw new Error('it does not say how its game was set up and played');
  const { humans, mode, state: o } = r.output;
  const controllers = {} as GameState['controllers'];
  for (const p of PARTIES) {
    const c = o.controllers[p];
    if (!c) throw new Error(`it does not say who played ${p}`);
    controllers[p] = c;
  }
  if (o.log.length !== o.turn + 1) throw new Error('its log does not match its turn');
  const movesOf = (i: number): Partial<Record<PartyId, PlayedMove>> => {
    const at: Partial<Record<PartyId, PlayedMove>> = {};
    for (const m of o.log[i]?.moves ?? []) at[m.party] = { party: m.party, move: m.move, params: m.params ?? {} };
    return at;
  };
  const setup = { seed: o.seed, rules: RULE_SWITCHES.filter((s) => o.rules.includes(s)), controllers };
  // The prologue is played with the board's logged move, whoever chose it, as the command line's replays do.
  let s = newGame({ ...setup, controllers: { ...controllers, board: 'human' } });
  const step = (i: number) => {
    try {
      return playTurn(s, movesOf(i));
    } catch (e) {
      throw new Error(`today's rules refuse a move of turn ${i + PROLOGUE_TURN} (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  // A simulated board that chose nothing in the prologue chooses again, as it did then.
  if (o.log.length === 0 || !movesOf(0).board) s = { ...s, controllers };
  if (o.log.length > 0) s = { ...step(0), controllers };
  for (let i = 1; i < o.log.length; i++) {
    if (s.outcome) throw new Error(`today's game ends at turn ${s.outcome.turn}, before the saved one`);
    s = step(i);
  }
  return { humans, mode, state: s };
}

/**
 * Runs the steps from `from` up to `to`, then, if the result is not a sound save, the replay.
 * `check` is the current schema's verdict. Returns the sound save or the reason nothing worked.
 */
export function migrate<T>(
  save: Json,
  from: number,
  to: number,
  savedAt: string,
  check: (x: unknown) => { ok: true; save: T } | { ok: false; reason: string },
): { ok: true; save: T } | { ok: false; reason: string } {
  let stepped: Json | null = save;
  for (let n = from; n < to && stepped; n++) {
    const m = MIGRATIONS[n];
    try {
      stepped = m ? m(stepped) : null;
    } catch {
      stepped = null;
    }
  }
  const stepVerdict = stepped ? check({ ...stepped, version: to }) : null;
  if (stepVerdict?.ok) return stepVerdict;
  try {
    const replayed = replay(save);
    // A named save keeps its name through the replay.
    const name = typeof save.name === 'string' ? { name: save.name } : {};
    const verdict = check({ version: to, savedAt, ...name, ...replayed });
    if (verdict.ok) return verdict;
    return { ok: false, reason: `replayed, ${verdict.reason}` };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
