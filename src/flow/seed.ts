// The seed a page address asks for (`?seed=N`), checked by the simulation's one seed check (src/sim/seed.ts): a
// whole number from 0 to 2^32-1; anything else is refused, and the title screen says so in the player's language.
import { parseSeed } from '../sim/seed.ts';

export { MAX_SEED } from '../sim/seed.ts';

export type SeedCheck = { ok: true; seed: number } | { ok: false; text: string };

export function checkSeed(text: string): SeedCheck {
  const r = parseSeed(text);
  return r.ok ? { ok: true, seed: r.seed } : { ok: false, text };
}

/** The `seed` parameter of a page address's query string, if any (an empty `?seed=` is refused too). */
export function seedParam(search: string): string | null {
  return new URLSearchParams(search).get('seed');
}
