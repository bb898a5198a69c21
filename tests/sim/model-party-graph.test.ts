// Model-based tests over the XState graph of every party machine: every state is reachable from the initial one,
// the engine's stepper follows every path the graph finds, and every state is also reached in real games.
import { describe, expect, it } from 'vitest';
import { createTestModel, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { initialPartyStates, PARTIES, PARTY_MACHINES, partyStates, runGame } from '../../src/sim/index.ts';
import type { PartyId, PolicyId } from '../../src/sim/index.ts';
import { stepParty } from '../../src/sim/parties/index.ts';
import { allOn } from './helpers.ts';

const stateName = (value: unknown) => String(value);

describe.each(PARTIES.map((p) => [p]))('%s machine graph', (party: PartyId) => {
  const machine = PARTY_MACHINES[party];

  it('shortest paths from the initial state reach every state of partyStates()', () => {
    const reached = new Set(getShortestPaths(machine).map((p) => stateName(p.state.value)));
    expect([...reached].sort()).toEqual([...partyStates(party)].sort());
  });

  it('simple paths reach every state too, and stepParty replays each of them to the same state', () => {
    const paths = getSimplePaths(machine);
    const reached = new Set<string>();
    for (const path of paths) {
      let current = initialPartyStates()[party];
      // The first step is XState's init event; the rest are the party's own events.
      for (const step of path.steps) {
        if (!step.event.type.startsWith('xstate.')) current = stepParty(party, current, step.event.type);
        expect(current, `after ${step.event.type}`).toBe(stateName(step.state.value));
      }
      reached.add(current);
    }
    expect(paths.length).toBeGreaterThanOrEqual(partyStates(party).length);
    expect([...reached].sort()).toEqual([...partyStates(party)].sort());
  });

  it('a test model driving the engine stepper along every shortest path lands in each state', async () => {
    const model = createTestModel(machine);
    let current = '';
    const visited = new Set<string>();
    // Each state's check runs whenever a path passes through that state: the stepper must be there too.
    const states = Object.fromEntries(
      partyStates(party).map((s) => [
        s,
        () => {
          expect(current).toBe(s);
          visited.add(s);
        },
      ]),
    );
    const events = Object.fromEntries(
      machine.events.map((e) => [e, (step: { event: { type: string } }) => void (current = stepParty(party, current, step.event.type))]),
    );
    const paths = model.getShortestPaths();
    for (const path of paths) {
      current = initialPartyStates()[party];
      const result = await path.test({ states, events });
      expect(result.state.error).toBeNull();
      for (const s of result.steps) expect(s.event.error).toBeNull();
    }
    expect([...visited].sort()).toEqual([...partyStates(party)].sort());
  });
});

describe('party states in real games', () => {
  it('every state of every party machine is reached in some simulated game (bounded search)', () => {
    const missing = new Map<PartyId, Set<string>>(PARTIES.map((p) => [p, new Set(partyStates(p))]));
    for (const p of PARTIES) missing.get(p)!.delete(initialPartyStates()[p]);
    const policies: PolicyId[] = ['random', 'default', 'hawk', 'dove'];
    let runs = 0;
    for (let seed = 0; seed < 500 && [...missing.values()].some((m) => m.size > 0); seed++) {
      for (const policy of policies) {
        const g = runGame({ seed, policies: allOn(policy) });
        runs++;
        for (const r of g.log) for (const p of PARTIES) missing.get(p)!.delete(r.states[p]);
      }
    }
    const left = Object.fromEntries([...missing].filter(([, m]) => m.size > 0).map(([p, m]) => [p, [...m]]));
    expect(left, `after ${runs} games`).toEqual({});
  });
});
