// The Phaser game that draws the stage inside its box (src/ui/stage-host.ts loads this module when the stage is first
// shown). It fills the box (Scale.RESIZE), wakes when the box or the model changes, and sleeps otherwise.
import Phaser from 'phaser';
import { C } from './theme.ts';
import { StageScene } from '../../scenes/StageScene.ts';
import type { StageModel } from '../../scenes/stage-model.ts';

export interface StageGame {
  /** Show this model; `redraw`: the page redrew around the box, which may have cleared the canvas. */
  show(model: StageModel, redraw: boolean): void;
  sleep(): void;
}

export function startStageGame(el: HTMLElement): StageGame {
  let scene: StageScene | null = null;
  let pending: StageModel | null = null;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: el,
    backgroundColor: C.bgCss,
    // The page sizes the box; Phaser must not (it would set the box, html and body to 100% while the box is detached).
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%', expandParent: false },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false },
    render: { antialias: true },
    // Motion at 30 frames a second: smooth enough for people walking, half the work of 60 (the stage often renders in
    // software); still, nothing is drawn while nothing moves.
    fps: { target: 30, limit: 30 },
    banner: false,
    scene: [StageScene],
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    scene = game.scene.getScene('stage') as StageScene;
    game.canvas.setAttribute('aria-hidden', 'true');
    game.canvas.tabIndex = -1;
    if (pending) scene.setModel(pending);
  });
  // A new size of the box: wake the loop so the scale manager sees it and the scene redraws.
  new ResizeObserver(() => {
    if (el.hidden || !el.isConnected) return;
    game.loop.wake();
    game.scale.getParentBounds();
    game.scale.refresh();
  }).observe(el);
  return {
    show(model, redraw) {
      pending = model;
      scene?.setModel(model, redraw);
    },
    sleep: () => game.loop.sleep(),
  };
}
