// The stage's box on the page, and the Phaser game that draws in it, loaded (Phaser and the scene, a chunk of their
// own) the first time the stage is shown: the title and the other screens without a stage never load Phaser. The game
// fills the box (Scale.RESIZE), wakes when the box or the model changes, and sleeps otherwise, so idle screens draw
// nothing.
import type { StageModel } from '../../scenes/stage-model.ts';
import type { Stage } from '../dom/stage.ts';
import type { StageGame } from './stage-game.ts';

export function createStage(): Stage {
  const el = document.createElement('div');
  el.id = 'stage';
  el.setAttribute('aria-hidden', 'true');
  let game: StageGame | null = null;
  let booting = false;
  let pending: StageModel | null = null;

  const boot = () => {
    booting = true;
    import('./stage-game.ts').then(
      (m) => {
        game = m.startStageGame(el);
        if (pending) game.show(pending, !el.hidden);
      },
      // Without its stage the game still plays: the table is also said in words (the Table panel).
      () => (booting = false),
    );
  };

  return {
    el,
    show(model) {
      el.hidden = false;
      pending = model;
      if (game) game.show(model, true);
      else if (!booting) boot();
    },
    hide() {
      el.hidden = true;
      if (el.isConnected) el.remove();
      game?.sleep();
    },
  };
}
