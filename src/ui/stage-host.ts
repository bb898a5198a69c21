// The stage's box on the page, and the Phaser game that draws in it (Phaser and the scene, a chunk of their own). The
// title never loads Phaser; the seats screen has its code fetched and loaded ahead (prepare), and the game starts the
// first time the stage is shown. It fills the box (Scale.RESIZE), wakes when the box or the model changes, and sleeps
// otherwise, so idle screens draw nothing. A new model is drawn just after the page's next paint, so a click shows its
// text first (the stage's redraw, 20 to 60 ms in software WebGL, would otherwise delay that paint); several models in
// one frame draw only the last.
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
  let scheduled = false;
  const draw = () => {
    scheduled = false;
    if (game && pending && !el.hidden) game.show(pending, true);
  };

  let code: Promise<typeof import('./stage-game.ts')> | null = null;
  const load = () => (code ??= import('./stage-game.ts'));
  const boot = () => {
    booting = true;
    load().then(
      (m) => {
        game = m.startStageGame(el);
        if (pending) game.show(pending, !el.hidden);
      },
      // Without its stage the game still plays: the table is also said in words (the Table panel).
      () => {
        booting = false;
        code = null;
      },
    );
  };

  return {
    el,
    show(model) {
      el.hidden = false;
      pending = model;
      if (game) {
        // A frame's callbacks run before its paint; a task queued from one runs after it.
        if (!scheduled) requestAnimationFrame(() => setTimeout(draw, 0));
        scheduled = true;
      } else if (!booting) boot();
    },
    prepare() {
      // Once: a failed fetch is forgotten, to be tried again when the stage is shown.
      if (!code) load().catch(() => (code = null));
    },
    hide() {
      el.hidden = true;
      if (el.isConnected) el.remove();
      game?.sleep();
    },
  };
}
