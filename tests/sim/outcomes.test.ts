// The nine endings: each has a condition, the checks run in a fixed order, and every ending has a path to it:
// a run found by a bounded search over seeds, policies and rulebooks, whose move list replays to the same ending.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutcome, LAST_TURN, movesOf, OUTCOME_CHECKS, OUTCOMES, runGame, STAFF_AT_START } from '../../src/sim/index.ts';
import { CALM_TURNS_TO_HOLD, EXODUS_SHARE, HOLD_FROM_TURN, NEWCO_SHARE, RAID_SHARE } from '../../src/sim/outcomes.ts';
import type { OutcomeId, World } from '../../src/sim/index.ts';
import { findEndings, type FoundRun } from './endings.ts';
import { afterRemoval, last } from './helpers.ts';

describe('the outcome checks', () => {
  it('there is exactly one check per outcome id', () => {
    expect(OUTCOME_CHECKS.map((c) => c.id).sort()).toEqual([...OUTCOMES].sort());
  });

  const base = afterRemoval();
  const view = (edit: (w: World) => void, turn = 12, parties: Partial<typeof base.parties> = {}) => {
    const world = structuredClone(base.world);
    edit(world);
    return { world, parties: { ...base.parties, ...parties }, turn };
  };

  it('nothing ends a turn with the crisis still open', () => {
    expect(checkOutcome(view(() => {}))).toBeNull();
  });

  it('Altman back as CEO: a new board if the board resigned or was reconstituted, else the board intact', () => {
    const back = (w: World) => {
      w.ceo = 'altman';
      w.altmanAt = 'openai';
    };
    expect(checkOutcome(view(back, 12, { board: 'reconstituted' }))).toBe('return-new-board');
    expect(checkOutcome(view(back, 12, { board: 'resigned' }))).toBe('return-new-board');
    expect(checkOutcome(view(back, 12, { board: 'negotiating' }))).toBe('return-board-intact');
  });

  it('an exodus needs Altman at Microsoft and 45% of the original staff gone there', () => {
    const exodus = (n: number) => (w: World) => {
      w.altmanAt = 'microsoft';
      w.departures.microsoft = n;
    };
    expect(checkOutcome(view(exodus(Math.ceil(STAFF_AT_START * EXODUS_SHARE))))).toBe('exodus-to-microsoft');
    expect(checkOutcome(view(exodus(Math.ceil(STAFF_AT_START * EXODUS_SHARE) - 1)))).toBeNull();
  });

  it('a new company needs Altman founding it and 35% of the staff with him', () => {
    const newco = (w: World) => {
      w.altmanAt = 'newco';
      w.departures.newco = Math.ceil(STAFF_AT_START * NEWCO_SHARE);
    };
    expect(checkOutcome(view(newco))).toBe('new-company');
  });

  it('a talent raid is 15% gone to Salesforce and others', () => {
    expect(checkOutcome(view((w) => ((w.departures.salesforce = 60), (w.departures.other = Math.ceil(STAFF_AT_START * RAID_SHARE) - 60))))).toBe('talent-raid');
  });

  it('a hollowed company whose team went with Altman is an exodus, not a collapse', () => {
    const both = (w: World) => {
      w.continuity = 0;
      w.altmanAt = 'microsoft';
      w.departures.microsoft = 400;
    };
    expect(checkOutcome(view(both))).toBe('exodus-to-microsoft');
    expect(checkOutcome(view((w) => (w.continuity = 0)))).toBe('collapse');
  });

  it('the board holds only after enough calm turns, and not before Sunday evening', () => {
    const calm = (w: World) => (w.calmTurns = CALM_TURNS_TO_HOLD);
    expect(checkOutcome(view(calm, HOLD_FROM_TURN))).toBe('board-holds');
    expect(checkOutcome(view(calm, HOLD_FROM_TURN - 1))).toBeNull();
    expect(checkOutcome(view((w) => (w.calmTurns = CALM_TURNS_TO_HOLD - 1), HOLD_FROM_TURN + 2))).toBeNull();
  });

  it('a merger agreed wins over everything else; a stalemate only when the last turn ends', () => {
    expect(checkOutcome(view((w) => ((w.mergerAgreed = true), (w.continuity = 0))))).toBe('merger');
    expect(checkOutcome(view(() => {}, LAST_TURN))).toBe('stalemate');
    expect(checkOutcome(view(() => {}, LAST_TURN - 1))).toBeNull();
  });
});

describe('every ending has a path to it', () => {
  let found: Map<OutcomeId, FoundRun>;
  let runs = 0;

  beforeAll(() => {
    ({ found, runs } = findEndings(3000));
  });

  it('a bounded search (≤ 3,000 games) finds a run for each of the nine endings', () => {
    expect([...found.keys()].sort(), `after ${runs} games`).toEqual([...OUTCOMES].sort());
  });

  describe.each(OUTCOMES.map((o) => [o]))('%s', (id: OutcomeId) => {
    it('its run ends there, with its condition holding, and replaying the move list reproduces it', () => {
      const run = found.get(id);
      expect(run, `no run found for ${id}`).toBeDefined();
      const { state, seed, rules, policies } = run!;
      expect(state.outcome?.id).toBe(id);
      const record = last(state);
      expect(record.turn).toBe(state.outcome!.turn);
      expect(record.news.map((n) => n.msg.key)).toContain(`outcome.${id}.news`);
      // The condition holds on the final position (a failed removal is checked in the prologue, on the same terms).
      const check = OUTCOME_CHECKS.find((c) => c.id === id)!;
      expect(check.holds({ world: state.world, parties: state.parties, turn: state.outcome!.turn })).toBe(true);
      if (state.outcome!.turn >= 0) expect(checkOutcome({ world: state.world, parties: state.parties, turn: state.outcome!.turn })).toBe(id);

      const replay = runGame({ seed, rules, policies, moves: movesOf(state) });
      expect(replay.outcome).toEqual(state.outcome);
      expect(JSON.stringify(replay.log)).toBe(JSON.stringify(state.log));
    });
  });

  it('Altman can also come back with the board intact by a deal, not only by a failed removal', () => {
    let deal = null;
    for (let seed = 0; seed < 600 && !deal; seed++) {
      const g = runGame({ seed });
      if (g.outcome?.id === 'return-board-intact' && g.outcome.turn >= 0) deal = g;
    }
    expect(deal).not.toBeNull();
    expect(last(deal!).moves).toContainEqual(expect.objectContaining({ party: 'altman', move: 'altman.accept-deal' }));
  });
});
