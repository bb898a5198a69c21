// Shows the scene for the flow's state: whenever the flow moves to a state another scene shows, that scene starts.
import type Phaser from 'phaser';
import { flow } from '../flow/runtime.ts';
import { sceneFor, type SceneKey } from '../flow/names.ts';
import { wakeRender } from './on-demand.ts';

export function followFlow(game: Phaser.Game, from: string): void {
  let current: string = from;
  const show = (key: SceneKey) => {
    if (key === current) return;
    wakeRender();
    game.scene.stop(current);
    game.scene.start(key);
    current = key;
  };
  const actor = flow();
  actor.subscribe((s) => show(sceneFor(s)));
  // subscribe() does not replay the current snapshot.
  show(sceneFor(actor.getSnapshot()));
}
