// Seeds are whole numbers from 0 to 2^32-1 (src/sim/seed.ts), and every one of them starts the generator in a state
// of its own (src/sim/random.ts): two seeds never play the same game, and nothing outside the range is played.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGame, PARTIES, validateSetup, type Controller, type PartyId } from '../../src/sim/index.ts';
import { seedState } from '../../src/sim/random.ts';
import { isSeed, MAX_SEED, parseSeed } from '../../src/sim/seed.ts';

const seedArb = fc.integer({ min: 0, max: MAX_SEED });
const controllers = Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, Controller>;

/** The multiplicative inverse of an odd number modulo 2^32 (Newton's iteration), so the test trusts no constant. */
function inverse(odd: number): number {
  let x = odd;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(odd, x));
  return x >>> 0;
}

/** seedState run backwards, step by step: if this recovers every seed, no two seeds share a state. */
function unseed(state: number): number {
  let h = (state ^ (state >>> 16)) >>> 0;
  h = Math.imul(h, inverse(0xc2b2ae35)) >>> 0;
  h = (h ^ (h >>> 13) ^ (h >>> 26)) >>> 0;
  h = Math.imul(h, inverse(0x85ebca6b)) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return (h ^ 0x9e3779b9) >>> 0;
}

describe('seedState: every seed from 0 to 2^32-1 has a generator state of its own', () => {
  it('two different seeds give two different states', () => {
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        expect(seedState(a)).not.toBe(seedState(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('neighbouring seeds and the ends of the range differ too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED - 1 }), (a) => {
        expect(seedState(a)).not.toBe(seedState(a + 1));
      }),
    );
    expect(seedState(0)).not.toBe(seedState(MAX_SEED));
  });

  it('the seed can be read back from its state, so the map is one to one', () => {
    fc.assert(fc.property(seedArb, (s) => {
      expect(unseed(seedState(s))).toBe(s);
    }), { numRuns: 2000 });
    for (const s of [0, 1, 2 ** 31 - 1, 2 ** 31, MAX_SEED]) expect(unseed(seedState(s))).toBe(s);
  });
});

describe('isSeed and parseSeed', () => {
  it('take the whole numbers 0 to 4294967295', () => {
    expect(MAX_SEED).toBe(4294967295);
    for (const s of [0, 1, 7, 2 ** 31, MAX_SEED]) {
      expect(isSeed(s)).toBe(true);
      expect(parseSeed(String(s))).toEqual({ ok: true, seed: s });
    }
    expect(parseSeed('007')).toEqual({ ok: true, seed: 7 });
    fc.assert(fc.property(seedArb, (s) => {
      expect(parseSeed(String(s))).toEqual({ ok: true, seed: s });
    }));
  });

  it('refuse anything else, numbers and texts alike', () => {
    for (const n of [-1, 0.5, 1.5, MAX_SEED + 1, 2 ** 32 + 1, 2 ** 53, Infinity, NaN, -0.1, '7', null, undefined, 7n, {}]) {
      expect(isSeed(n), String(n)).toBe(false);
    }
    const texts = ['', ' ', '-1', '1.5', '1e3', '0x10', '+5', ' 7', '7 ', 'abc', '4294967296', '4294967297', '9'.repeat(310), '٣'];
    for (const text of texts) expect(parseSeed(text).ok, JSON.stringify(text)).toBe(false);
  });

  it('say why in one sentence, with the text quoted on one line and cut short when long', () => {
    const r = parseSeed('abc');
    expect(r).toEqual({ ok: false, message: 'The seed must be a whole number from 0 to 4294967295, not "abc".' });
    const long = parseSeed('1'.repeat(310));
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.message).toContain('(310 characters)');
      expect(long.message.length).toBeLessThan(120);
    }
    const twoLines = parseSeed('1\n2');
    if (!twoLines.ok) expect(twoLines.message).not.toContain('\n');
  });
});

describe('the simulation plays only seeds in range', () => {
  it('validateSetup and newGame refuse a seed outside 0..4294967295 and accept its ends', () => {
    for (const seed of [-1, 1.5, MAX_SEED + 1, 2 ** 32 + 1, NaN]) {
      expect(validateSetup({ seed, rules: [], controllers }), String(seed)).toMatch(/seed must be a whole number from 0 to 4294967295/);
      expect(() => newGame({ seed, rules: [], controllers })).toThrow(/seed/);
    }
    for (const seed of [0, MAX_SEED]) expect(newGame({ seed, rules: [], controllers }).seed).toBe(seed);
  });
});
