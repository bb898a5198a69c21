// The class session code: any session round-trips through its code (and through the page addresses that carry it);
// the same settings always give the same code; a code that was cut, changed, made up or made by a newer version is
// refused with one line and a kind, never read as another session, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, normalSession, sessionAddress, sessionInHash, DEVICES, RULES_V1, SEATS_V1, SESSION_VERSION, type ClassSession } from '../../src/classroom/session.ts';
import { PLAYABLE_PARTIES, RULE_SWITCHES } from '../../src/sim/ids.ts';
import { crc32 } from '../../src/share/crc32.ts';
import { toBase64url } from '../../src/share/code.ts';

const sessionArb: fc.Arbitrary<ClassSession> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  rules: fc.shuffledSubarray([...RULE_SWITCHES]),
  seats: fc.shuffledSubarray([...PLAYABLE_PARTIES], { minLength: 1 }),
  devices: fc.constantFrom(...DEVICES),
});

/** A code with a good checksum around any bytes of JSON, as someone making one up by hand would write it. */
function forged(data: unknown, version = SESSION_VERSION): string {
  const prefix = `c${version}.`;
  const body = new TextEncoder().encode(typeof data === 'string' ? data : JSON.stringify(data));
  const all = new Uint8Array(prefix.length + body.length);
  all.set(new TextEncoder().encode(prefix));
  all.set(body, prefix.length);
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, crc32(all));
  out.set(body, 4);
  return prefix + toBase64url(out);
}

const refused = (text: unknown, kind?: string) => {
  const r = decodeSession(text);
  expect(r.ok, `${typeof text === "string" ? text.slice(0, 60) : typeof text} was read as a session`).toBe(false);
  if (r.ok) return;
  expect(r.message).toMatch(/\S/);
  expect(r.message).not.toMatch(/\n/);
  if (kind) expect(r.kind).toBe(kind);
};

describe('a session code', () => {
  it('round-trips every session, in any order of its switches and seats, as a short code safe in an address', () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        const code = encodeSession(s);
        expect(code).toMatch(/^c1\.[A-Za-z0-9_-]+$/);
        expect(code.length).toBeLessThan(50);
        expect(decodeSession(code)).toEqual({ ok: true, session: normalSession(s) });
        expect(encodeSession({ ...s, rules: [...s.rules].reverse(), seats: [...s.seats].reverse() })).toBe(code);
        for (const role of ['student', 'teacher'] as const) {
          const address = sessionAddress('https://example.org/games/five-days/?seed=3#v1.old', s, role);
          const hash = new URL(address).hash;
          expect(sessionInHash(hash)).toEqual({ role, code });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('changed, cut, lengthened or swapped: refused with one line, or exactly the original session', () => {
    const s: ClassSession = { seed: 20231117, rules: ['notice-required', 'no-tender'], seats: ['board', 'employees'], devices: 'shared' };
    const code = encodeSession(s);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.c';
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), ch: fc.constantFrom(...alphabet) }).map(({ at, ch }) => (x: string) => x.slice(0, at % x.length) + ch + x.slice((at % x.length) + 1)),
      fc.nat().map((at) => (x: string) => x.slice(0, at % x.length)),
      fc.record({ at: fc.nat(), ch: fc.constantFrom(...alphabet) }).map(({ at, ch }) => (x: string) => x.slice(0, at % (x.length + 1)) + ch + x.slice(at % (x.length + 1))),
      fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => (x: string) => {
        const chars = [...x];
        [chars[a % x.length], chars[b % x.length]] = [chars[b % x.length], chars[a % x.length]];
        return chars.join('');
      }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const text = ms.reduce((x, m) => m(x), code);
        const r = decodeSession(text);
        if (r.ok) expect(r.session).toEqual(normalSession(s));
        else expect(r.message).not.toMatch(/\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('anything else is refused without throwing: random text, markup, other values, huge input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => refused(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.anything(), (x) => typeof x === 'string' || refused(x, 'not-a-session')), { numRuns: 100 });
    refused('', 'empty');
    refused('   ', 'empty');
    refused('<img src=x onerror=alert(1)>', 'not-a-session');
    refused(`c1.${'A'.repeat(5000)}`, 'too-long');
    refused('v1.abcdef', 'not-a-session');
  });

  it('says a session from a newer version is one, before reading it', () => {
    refused(forged([1, 0, 1, 0], SESSION_VERSION + 1), 'newer-version');
  });

  it('with a good checksum, still refuses what this game does not write: numbers out of range, no seat, other shapes, markup', () => {
    refused(forged('not json'), 'invalid');
    refused(forged('\u00ff\u00fe'), 'invalid');
    for (const data of [
      [1, 256, 1, 0],
      [1, 0, 32, 0],
      [1, 0, 0, 0],
      [1, 0, 1, 2],
      [-1, 0, 1, 0],
      [2 ** 32, 0, 1, 0],
      [1.5, 0, 1, 0],
      [1, -1, 1, 0],
      [1, 0, 1, 0, 0],
      [1, ['no-tender'], 1, 0],
      [1, 0, '<script>alert(1)</script>', 0],
      { seed: 1, rules: 0, seats: 1, devices: 0 },
    ]) refused(forged(data), 'invalid');
    // Written otherwise than this game writes it, though the same numbers.
    refused(forged('[1, 0, 1, 0]'), 'invalid');
    refused(forged('[1,0,1.0,0]'), 'invalid');
    // The one way it writes them is read.
    expect(decodeSession(forged([1, 2, 3, 1]))).toEqual({ ok: true, session: { seed: 1, rules: ['notice-required'], seats: ['board', 'employees'], devices: 'shared' } });
  });

  it('numbers every switch and seat of the game in its format-1 tables', () => {
    expect([...RULES_V1].sort()).toEqual([...RULE_SWITCHES].sort());
    expect([...SEATS_V1].sort()).toEqual([...PLAYABLE_PARTIES].sort());
  });

  it('an address names a session only after #class= or #teach=', () => {
    expect(sessionInHash('#v1.abc')).toBeNull();
    expect(sessionInHash('')).toBeNull();
    expect(sessionInHash('#classy=c1.x')).toBeNull();
    expect(sessionInHash('#class=')).toEqual({ role: 'student', code: '' });
    refused(sessionInHash('#class=')!.code, 'empty');
  });
});
