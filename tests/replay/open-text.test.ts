// The page's way in for a shared run (src/dom/replay-open.ts): whatever text arrives from the address, a file or the
// paste box, exactly one event goes to the flow, never an exception: OPEN_RUN with a run replayed exactly, or
// RUN_REFUSED with a kind the page words and a message that carries none of the text it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTIES, runGame } from '../../src/sim/index.ts';
import { encodeRun, runFile, runOf } from '../../src/share/index.ts';
import { openText } from '../../src/dom/replay-open.ts';
import type { FlowEvent } from '../../src/flow/types.ts';

const HISTORICAL = Object.fromEntries(PARTIES.map((p) => [p, 'historical' as const]));
const run = runOf(runGame({ seed: 11, policies: HISTORICAL }));
const CODE = encodeRun(run);
const KINDS = ['empty', 'too-large', 'not-a-run', 'damaged', 'newer-version', 'older-version', 'invalid', 'illegal-move', 'not-replayable', 'bad-branch'];

function eventsFor(text: string): FlowEvent[] {
  const out: FlowEvent[] = [];
  openText(text, (e) => out.push(e));
  return out;
}

describe('a shared run arriving at the page', () => {
  it('opens a good code, address or file as the same run', () => {
    for (const text of [CODE, `#${CODE}`, `https://example.org/games/five-days/?seed=3#${CODE}`, runFile(run)]) {
      const [e, ...rest] = eventsFor(text);
      expect(rest).toEqual([]);
      expect(e.type).toBe('OPEN_RUN');
      if (e.type === 'OPEN_RUN') expect(e.run).toEqual(run);
    }
  });

  it('sends one refusal, never an exception, for any mutation of a code, and none of the input comes back in the message', () => {
    fc.assert(
      fc.property(fc.nat(CODE.length - 1), fc.oneof(fc.constantFrom('<', '>', '"', 'A', '-', '_', ''), fc.string({ maxLength: 3 })), fc.boolean(), (at, piece, cut) => {
        const text = cut ? CODE.slice(0, at) : `${CODE.slice(0, at)}${piece}${CODE.slice(at + 1)}`;
        const events = eventsFor(`#${text}`);
        expect(events).toHaveLength(1);
        const [e] = events;
        if (e.type === 'OPEN_RUN') expect(encodeRun(e.run)).toBe(CODE);
        else {
          expect(e.type).toBe('RUN_REFUSED');
          if (e.type === 'RUN_REFUSED') {
            expect(KINDS).toContain(e.problem.kind);
            expect(e.problem.message).not.toMatch(/[<>]/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses any text, markup or JSON that is not a run, saying so in one line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('<img src=x onerror=alert(1)>'), fc.constant('{"kind":"five-days-in-november/run","version":1,"seed":"<b>"}')), (text) => {
        const events = eventsFor(text);
        expect(events).toHaveLength(1);
        const [e] = events;
        expect(e.type).toBe('RUN_REFUSED');
        if (e.type === 'RUN_REFUSED') {
          expect(e.problem.message).not.toContain('\n');
          expect(e.problem.message).not.toMatch(/<(img|b|script)/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
