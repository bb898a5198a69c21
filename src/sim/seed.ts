// Seeds are whole numbers from 0 to 2^32-1: the generator's state is 32 bits, and each of these seeds starts it in a
// state of its own (random.ts), so two different seeds never play the same game. Anything else is refused, never
// rounded, wrapped or replaced: the one check for the simulation, the page and the command line.

export const MAX_SEED = 2 ** 32 - 1;

export function isSeed(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED;
}

/** The text as typed, quoted on one line and cut short if long (a 310-digit seed is not echoed whole). */
function shown(text: string): string {
  return text.length > 24 ? `${JSON.stringify(text.slice(0, 20) + '…')} (${text.length} characters)` : JSON.stringify(text);
}

/** Reads a seed written in decimal digits: "7" and "007" are 7; "-1", "1.5", "1e3", " 7" and "" are refused. */
export function parseSeed(text: string): { ok: true; seed: number } | { ok: false; message: string } {
  if (/^[0-9]+$/.test(text)) {
    const seed = Number(text);
    if (isSeed(seed)) return { ok: true, seed };
  }
  return { ok: false, message: `The seed must be a whole number from 0 to ${MAX_SEED}, not ${shown(text)}.` };
}
