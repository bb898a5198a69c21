// The page's one flow actor: made with the browser's save store, the address's seed and the motion setting, and
// kept told when that setting changes. Scenes read its snapshots and send it events.
import { createActor, type ActorRefFrom } from 'xstate';
import { SaveStore } from '../storage/save.ts';
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
    const machine = createFlowMachine({ store: new SaveStore(), randomSeed: () => Math.floor(Math.random() * (MAX_SEED + 1)) });
    const a = createActor(machine, { input: { reducedMotion: reducedMotion(), seedParam: addressSeed() } });
    onSettings(() => a.send({ type: 'MOTION', reduced: reducedMotion() }));
    actor = a.start();
  }
  return actor;
}
