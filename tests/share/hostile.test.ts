// A code, an address or a file that was damaged or made up is refused with one line, never replayed as another game,
// and never throws: characters flipped, cut, added or swapped; random text; random JSON; oversized input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, FILE_KIND, LIMITS, runFile, runOf, type Decoded } from '../../src/share/index.ts';
import { PARTIES, runGame } from '../../src/sim/index.ts';
import { simGameArb } from './arbitraries.ts';

const history = runGame({ seed: 1, policies: Object.fromEntries(PARTIES.map((p) => [p, 'historical'])) });
const HISTORY_CODE = encodeRun(runOf(history));
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.v#';

function expectRefused(d: Decoded): void {
  if (d.ok) throw new Error('expected a refusal');
  expect(d.message).toMatch(/\S/);
  expect(d.message).not.toMatch(/\n/);
}

/** Refused with a message, or exactly the original game: never another one. */
function refusedOrOriginal(text: string, original = history): void {
  const d = decodeRun(text);
  if (d.ok) {
    expect(d.run).toEqual(runOf(original));
    expect(d.state).toEqual(original);
  } else expectRefused(d);
}

type Mutation = (code: string) => string;
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), ch: fc.constantFrom(...ALPHABET) }).map(({ at, ch }) => (c: string) => {
    const i = at % c.length;
    return c.slice(0, i) + ch + c.slice(i + 1);
  }),
  fc.nat().map((at) => (c: string) => c.slice(0, at % c.length)),
  fc.record({ at: fc.nat(), text: fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 4 }) }).map(({ at, text }) => (c: string) => {
    const i = at % (c.length + 1);
    return c.slice(0, i) + text + c.slice(i);
  }),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => (c: string) => {
    const chars = [...c];
    const i = a % c.length;
    const j = b % c.length;
    [chars[i], chars[j]] = [chars[j], chars[i]];
    return chars.join('');
  }),
  fc.nat().map((at) => (c: string) => c.slice(0, at % c.length) + c.slice((at % c.length) + 1)),
);

describe('a mutated code', () => {
  it('history’s line with a character flipped, cut, inserted, swapped or deleted: refused with one line, or exactly the original', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce((c, m) => m(c), HISTORY_CODE);
        refusedOrOriginal(mutated);
        refusedOrOriginal(`https://example.org/#${mutated}`);
      }),
      { numRuns: 400 },
    );
  });

  it('any game’s code, mutated once: refused, or exactly that game', () => {
    fc.assert(
      fc.property(simGameArb, mutationArb, (game, mutate) => refusedOrOriginal(mutate(encodeRun(runOf(game))), game)),
      { numRuns: 100 },
    );
  });

  it('every single-character change of history’s code is refused (the checksum sees each one)', () => {
    for (let i = 3; i < HISTORY_CODE.length; i++) {
      const other = HISTORY_CODE[i] === 'A' ? 'B' : 'A';
      const d = decodeRun(HISTORY_CODE.slice(0, i) + other + HISTORY_CODE.slice(i + 1));
      expectRefused(d);
    }
  });
});

describe('made-up input never throws', () => {
  it('random strings, and random strings after "v1." or in a page address, are refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'v1.', 'https://example.org/#', 'https://example.org/#v1.', '{'), (s, prefix) => {
        expectRefused(decodeRun(prefix + s));
      }),
      { numRuns: 500 },
    );
  });

  it('random JSON, bare or dressed as a run file, is refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, dressed) => {
        const data = dressed && typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, kind: FILE_KIND, version: 1 } : value;
        expectRefused(decodeRun(JSON.stringify(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('anything that is not text is refused', () => {
    fc.assert(fc.property(fc.anything(), (x) => expectRefused(decodeRun(typeof x === 'string' ? `${x}\u0000` : x))), { numRuns: 200 });
  });

  it('a run file with one field changed to a random JSON value: refused, or the same games', () => {
    const file = JSON.parse(runFile(runOf(history))) as Record<string, unknown>;
    const paths: (string | number)[][] = [['seed'], ['rules'], ['seats', 'employees'], ['version'], ['kind'], ['branches', 0, 'fromTurn'], ['branches', 0, 'turns'], ['branches', 0, 'outcome'], ['branches', 0, 'check'], ['branches', 0, 'moves', 5, 'move'], ['branches', 0, 'moves', 0, 'params'], ['branches', 0, 'moves', 9, 'turn'], ['branches', 0, 'parent']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(file);
        let at = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]] = value;
        refusedOrOriginal(JSON.stringify(copy));
      }),
      { numRuns: 300 },
    );
  });
});

describe('oversized input', () => {
  it('is refused before it is read: a file-sized string, a code-sized one, at once', () => {
    for (const text of ['v1.' + 'A'.repeat(LIMITS.codeChars), '{' + ' '.repeat(LIMITS.fileChars), 'x'.repeat(50_000_000)]) {
      const started = performance.now();
      const d = decodeRun(text);
      expect(performance.now() - started).toBeLessThan(50);
      expectRefused(d);
      if (!d.ok) expect(d.kind).toBe('too-large');
    }
  });

  it('a code that unpacks to more than any run is refused as too large, not unpacked whole', async () => {
    const { deflateSync } = await import('fflate');
    const { crc32 } = await import('../../src/share/crc32.ts');
    const body = deflateSync(new TextEncoder().encode(`[${'0,'.repeat(2_000_000)}0]`), { level: 9 });
    const sum = crc32(new Uint8Array([...new TextEncoder().encode('v1.'), ...body]));
    const bytes = new Uint8Array([sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255, ...body]);
    const code = 'v1.' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(code.length).toBeLessThan(LIMITS.codeChars);
    const d = decodeRun(code);
    expectRefused(d);
    if (!d.ok) expect(d.kind).toBe('too-large');
  });
});
