// The one seeded generator. Its whole state is a 32-bit integer kept in the snapshot (GameState.rng),
// so a saved run resumes its draws exactly where it stopped.

/** Turns any seed (integer or not) into a well-mixed starting state. */
export function seedState(seed: number): number {
  let h = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Something that owns the generator state: a GameState or a turn in progress. */
export interface RandomSource {
  rng: number;
}

/** mulberry32: one uniform draw in [0, 1), advancing the owner's state. */
export function draw(src: RandomSource): number {
  let t = (src.rng = (src.rng + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export const drawBetween = (src: RandomSource, lo: number, hi: number): number => lo + (hi - lo) * draw(src);
