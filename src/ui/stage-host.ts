// The Phaser game that draws the stage, made the first time the stage is shown (the title draws nothing) inside one
// element the crisis screen places in its layout. It fills that box (Scale.RESIZE), wakes when the box or the model
// changes, and sleeps otherwise, so idle screens draw nothing.
import Phaser from 'phaser';
import { C } from './theme.ts';
import { StageScene } from '../../scenes/StageScene.ts';
import type { StageModel } from '../../scenes/stage-model.ts';
import type { Stage } from '../dom/stage.ts';

export function createStage(): Stage {
  const el = document.createElement('div');
  el.id = 'stage';
  el.setAttribute('aria-hidden', 'true');
  let game: Phaser.Game | null = null;
  let scene: StageScene | null = null;
  let pending: StageModel | null = null;

  const boot = () => {
    game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: el,
      backgroundColor: C.bgCss,
      // The page sizes the box; Phaser must not (it would set the box, html and body to 100% while the box is detached).
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%', expandParent: false },
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false },
      render: { antialias: true },
      banner: false,
      scene: [StageScene],
    });
    game.events.once(Phaser.Core.Events.READY, () => {
      scene = game!.scene.getScene('stage') as StageScene;
      game!.canvas.setAttribute('aria-hidden', 'true');
      game!.canvas.tabIndex = -1;
      if (pending) scene.setModel(pending);
    });
    // A new size of the box: wake the loop so the scale manager sees it and the scene redraws.
    new ResizeObserver(() => {
      if (!game || el.hidden || !el.isConnected) return;
      game.loop.wake();
      game.scale.getParentBounds();
      game.scale.refresh();
    }).observe(el);
  };

  return {
    el,
    show(model) {
      el.hidden = false;
      pending = model;
      if (!game) boot();
      // The page redraws its layout around the box, which may clear the canvas: draw one frame again.
      else if (scene) scene.setModel(model, true);
    },
    hide() {
      el.hidden = true;
      if (el.isConnected) el.remove();
      game?.loop.sleep();
    },
  };
}
