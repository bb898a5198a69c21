// The party machines, and a fast way to step them.
// The machines are the source of truth for each party's states; the turn loop steps them through XState's pure
// transition() once per (state, event) pair and caches the answer, so a 10,000-game study stays fast.
import { transition, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import type { PartyId } from '../ids.ts';
import { altmanMachine } from './altman.machine.ts';
import { boardMachine } from './board.machine.ts';
import { employeesMachine } from './employees.machine.ts';
import { investorsMachine } from './investors.machine.ts';
import { managementMachine } from './management.machine.ts';
import { microsoftMachine } from './microsoft.machine.ts';
import { salesforceMachine } from './salesforce.machine.ts';

export const PARTY_MACHINES = {
  board: boardMachine,
  employees: employeesMachine,
  microsoft: microsoftMachine,
  salesforce: salesforceMachine,
  altman: altmanMachine,
  investors: investorsMachine,
  management: managementMachine,
} as const satisfies Record<PartyId, AnyStateMachine>;

type MachineOf<P extends PartyId> = (typeof PARTY_MACHINES)[P];
/** The names of a party's states, as its machine declares them: a misspelt state is a type error. */
export type PartyState<P extends PartyId = PartyId> = P extends PartyId ? Extract<SnapshotFrom<MachineOf<P>>['value'], string> : never;
/** The events a party's machine knows: sending any other is a type error. */
export type PartyEventType<P extends PartyId = PartyId> = P extends PartyId ? EventFromLogic<MachineOf<P>>['type'] : never;

export function initialPartyStates(): Record<PartyId, string> {
  const out = {} as Record<PartyId, string>;
  for (const party of Object.keys(PARTY_MACHINES) as PartyId[]) out[party] = String((PARTY_MACHINES[party] as AnyStateMachine).config.initial);
  return out;
}

/** The names of every state of a party's machine. */
export function partyStates(party: PartyId): string[] {
  const machine: AnyStateMachine = PARTY_MACHINES[party];
  return Object.keys(machine.config.states ?? {});
}

/** Each party's answers so far: state, then event, to the next state (looked up without building a key string). */
const cache = new Map<PartyId, Map<string, Map<string, string>>>();

/** The state a party moves to on an event; the same state when the event means nothing there. */
export function stepParty(party: PartyId, state: string, event: string): string {
  let byState = cache.get(party);
  if (!byState) cache.set(party, (byState = new Map()));
  let byEvent = byState.get(state);
  if (!byEvent) byState.set(state, (byEvent = new Map()));
  let next = byEvent.get(event);
  if (next === undefined) {
    const machine: AnyStateMachine = PARTY_MACHINES[party];
    const snapshot = machine.resolveState({ value: state, context: {} });
    const [after] = transition(machine, snapshot, { type: event });
    next = String(after.value);
    byEvent.set(event, next);
  }
  return next;
}
