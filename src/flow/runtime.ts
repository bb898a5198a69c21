// The page's one flow actor: made with the browser's save store (written by one tab only), the address's seed and the
// motion setting, and kept told when that setting or the right to write changes. Scenes read its snapshots and send
// it events. main.ts starts it first, so the right to write is claimed before the title screen reads the save.
import { createActor, type ActorRefFrom } from 'xstate';
import { SlotStore } from '../storage/slots.ts';
import { browserStorage } from '../storage/store.ts';
import { EndingsStore } from '../replay/endings-store.ts';
import { claimWriteLock } from '../storage/write-lock.ts';
import { onSettings, reducedMotion } from '../ui/settings.ts';
import { createFlowMachine, type FlowMachine } from './machine.ts';
import { MAX_SEED, seedParam } from './seed.ts';
import { clearTeacherAddress, sessionFromAddress } from './class-address.ts';

export type FlowActor = ActorRefFrom<FlowMachine>;

let actor: FlowActor | null = null;
let started: Promise<FlowActor> | null = null;

function addressSeed(): string | null {
  try {
    return seedParam(window.location.search);
  } catch {
    return null;
  }
}

/** How long the flow waits to learn whether this tab may write the save, before it reads it anyway. */
const LOCK_WAIT_MS = 1000;

/**
 * Make the flow and claim the right to write the save; the flow starts (and the title reads the save) once this tab
 * knows whether it writes, so a save is not judged by a tab that only thought another one held it.
 */
export function startFlow(): Promise<FlowActor> {
  if (started) return started;
  const lock = claimWriteLock();
  const store = new SlotStore(undefined, Date.now, lock);
  const machine = createFlowMachine({ store, randomSeed: () => Math.floor(Math.random() * (MAX_SEED + 1)), endings: new EndingsStore(browserStorage()) });
  const a = createActor(machine, { input: { reducedMotion: reducedMotion(), seedParam: addressSeed() } });
  actor = a;
  onSettings(() => a.send({ type: 'MOTION', reduced: reducedMotion() }));
  lock.onChange((status) => {
    if (status === 'reader') a.send({ type: 'STORAGE_PROBLEM', problem: { kind: 'other-tab' } });
    if (status === 'writer') a.send({ type: 'STORAGE_WRITABLE' });
  });
  const known = Promise.race([lock.ready, new Promise((r) => setTimeout(r, LOCK_WAIT_MS))]);
  // A class session in the address: a student's games start with it, a teacher's screen opens on it.
  started = Promise.all([known, sessionFromAddress()]).then(([, address]) => {
    a.start();
    if (address) a.send(address.role === 'teacher' && address.session ? { type: 'OPEN_CLASSROOM', session: address.session } : { type: 'JOIN_CLASS', session: address.session, refused: address.refused });
    a.subscribe((s) => clearTeacherAddress(s.matches('classroom')));
    return a;
  });
  return started;
}

/** The page's flow actor (started by startFlow, which the boot scene waits for). */
export function flow(): FlowActor {
  if (!actor) throw new Error('startFlow() first');
  return actor;
}
