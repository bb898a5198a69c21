// The seed a page address asks for (`?seed=N`). Seeds are whole numbers from 0 to 2^32-1, written plainly; anything
// else is refused and said so on the title screen, never silently replaced.
// (src/sim/seed.ts is to bring one parseSeed for the page and the command line; this check then defers to it.)

export const MAX_SEED = 2 ** 32 - 1;

export type SeedCheck = { ok: true; seed: number } | { ok: false; text: string };

export function checkSeed(text: string): SeedCheck {
  const t = text.trim();
  // At most ten digits before converting, so a 310-digit seed is refused without becoming Infinity.
  if (!/^\d{1,10}$/.test(t)) return { ok: false, text };
  const n = Number(t);
  return n <= MAX_SEED ? { ok: true, seed: n } : { ok: false, text };
}

/** The `seed` parameter of a page address's query string, if any (an empty `?seed=` is refused too). */
export function seedParam(search: string): string | null {
  return new URLSearchParams(search).get('seed');
}
