// The page's one flow actor: made with the browser's save store (written by one tab only), the address's seed and the
// motion setting, and kept told when that setting or the right to write changes. Scenes read its snapshots and send
// it events. main.ts makes it first, so the right to write is claimed before the title screen reads the save.
import { createActor, type ActorRefFrom } from 'xstate';
import { SaveStore } from '../storage/save.ts';
import { claimWriteLock } from '../storage/write-lock.ts';
import { onSettings, reducedMotion } from '../ui/settings.ts';
import { createFlowMachine, type FlowMachine } from './machine.ts';
import { MAX_SEED, seedParam } from './seed.ts';

export type FlowActor = ActorRefFrom<FlowMachine>;

let actor: FlowActor | null = null;

function addressSeed(): string | null {
  try {
    return seedParam(window.location.search);
  } catch {
    return null;
  }
}

export function flow(): FlowActor {
  if (!actor) {
    const lock = claimWriteLock();
    const store = new SaveStore(undefined, Date.now, lock);
    const machine = createFlowMachine({ store, randomSeed: () => Math.floor(Math.random() * (MAX_SEED + 1)) });
    const a = createActor(machine, { input: { reducedMotion: reducedMotion(), seedParam: addressSeed() } });
    onSettings(() => a.send({ type: 'MOTION', reduced: reducedMotion() }));
    lock.onChange((status) => {
      if (status === 'reader') a.send({ type: 'STORAGE_PROBLEM', problem: { kind: 'other-tab' } });
    });
    actor = a.start();
  }
  return actor;
}
