// The contract every party machine keeps with the turn loop: stepParty (the cached stepper the engine uses)
// agrees with XState's own transition() and with the machine's declared `on` table, for every (state, event) pair.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { initialPartyStates, PARTY_MACHINES, partyStates } from '../../src/sim/index.ts';
import type { PartyId } from '../../src/sim/index.ts';
import { stepParty } from '../../src/sim/parties/index.ts';

type StateConfig = { type?: string; on?: Record<string, string> };

export const machineOf = (party: PartyId): AnyStateMachine => PARTY_MACHINES[party];

/** Every event type the machine accepts anywhere. */
export const eventsOf = (party: PartyId): string[] => [...new Set(machineOf(party).events.map(String))].sort();

const configOf = (party: PartyId, state: string): StateConfig =>
  (machineOf(party).config.states as Record<string, StateConfig>)[state];

/** What the machine's `on` table says: the target, or the same state when the event means nothing there. */
export const declaredTarget = (party: PartyId, state: string, event: string): string => configOf(party, state).on?.[event] ?? state;

/** XState's own answer, through its pure transition(). */
export function xstateTarget(party: PartyId, state: string, event: string): string {
  const machine = machineOf(party);
  const [next] = transition(machine, machine.resolveState({ value: state, context: {} }), { type: event });
  return String(next.value);
}

export const finalStates = (party: PartyId): string[] => partyStates(party).filter((s) => configOf(party, s).type === 'final');

/** Registers the generic tests every party machine must pass. */
export function describeMachineContract(party: PartyId, expected: { states: string[]; initial: string; finals: string[] }): void {
  describe(`${party} machine: the contract with the turn loop`, () => {
    it('has exactly the states GAME.md lists for it', () => {
      expect([...partyStates(party)].sort()).toEqual([...expected.states].sort());
    });

    it(`starts in "${expected.initial}", both in XState and in a new game`, () => {
      const [snapshot] = initialTransition(machineOf(party));
      expect(String(snapshot.value)).toBe(expected.initial);
      expect(initialPartyStates()[party]).toBe(expected.initial);
    });

    it(`has final states ${JSON.stringify(expected.finals)} and nothing leaves them`, () => {
      expect(finalStates(party).sort()).toEqual([...expected.finals].sort());
      for (const s of expected.finals) {
        for (const e of eventsOf(party)) expect(stepParty(party, s, e), `${s} on ${e}`).toBe(s);
      }
    });

    it('every transition targets a state of the machine', () => {
      for (const s of partyStates(party)) {
        for (const target of Object.values(configOf(party, s).on ?? {})) expect(partyStates(party)).toContain(target);
      }
    });

    it('stepParty agrees with XState transition() and the declared table for every (state, event) pair', () => {
      const events = eventsOf(party);
      expect(events.length).toBeGreaterThan(0);
      let pairs = 0;
      for (const s of partyStates(party)) {
        for (const e of events) {
          const viaXState = xstateTarget(party, s, e);
          expect(viaXState, `XState: ${s} on ${e}`).toBe(declaredTarget(party, s, e));
          // Twice: the first answer fills the cache, the second reads it.
          expect(stepParty(party, s, e), `stepParty: ${s} on ${e}`).toBe(viaXState);
          expect(stepParty(party, s, e), `stepParty (cached): ${s} on ${e}`).toBe(viaXState);
          pairs++;
        }
      }
      expect(pairs).toBe(partyStates(party).length * events.length);
    });

    it('stepParty leaves the state alone on an event the machine does not know', () => {
      for (const s of partyStates(party)) expect(stepParty(party, s, 'NOT_AN_EVENT')).toBe(s);
    });
  });
}

/** Asserts a table of transitions, each through stepParty and XState. */
export function expectTransitions(party: PartyId, table: [from: string, event: string, to: string][]): void {
  for (const [from, event, to] of table) {
    expect(xstateTarget(party, from, event), `XState: ${from} --${event}-->`).toBe(to);
    expect(stepParty(party, from, event), `stepParty: ${from} --${event}-->`).toBe(to);
  }
}
