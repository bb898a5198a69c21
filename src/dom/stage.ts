// The stage's box on the page: the Phaser canvas lives in one element that the crisis screen places in its layout
// and that every other screen hides. What it draws comes from the snapshot (scenes/StageScene.ts).
import type { StageModel } from '../../scenes/stage-model.ts';

export interface Stage {
  /** The element to place in the layout (it keeps its canvas across redraws). */
  readonly el: HTMLElement;
  show(model: StageModel): void;
  hide(): void;
  /** Fetch and load the stage's code (Phaser) now, without starting it: a game is about to start. */
  prepare(): void;
}
