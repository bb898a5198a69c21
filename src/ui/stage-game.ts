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

/** What a WebGL drawn in software calls its renderer (Chromium's SwiftShader, Mesa's llvmpipe, Windows' fallback). */
const SOFTWARE = /SwiftShader|llvmpipe|softpipe|software|Basic Render/i;

/**
 * WebGL where the browser draws it on a GPU; otherwise the 2D canvas, which draws the same stage. Without a GPU,
 * Chromium draws WebGL in software and reads every frame drawn back for the page ("GPU stall due to ReadPixels"):
 * 15 to 100 ms of the main thread per frame of motion on the 2-core bench machine, against about 1 ms for a 2D canvas.
 */
function renderer(): number {
  const gl = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return Phaser.CANVAS;
  let name = String(gl.getParameter(gl.RENDERER));
  // Chromium names itself here and its renderer only through the debug extension; others name the renderer here.
  const info = /^WebKit/.test(name) ? gl.getExtension('WEBGL_debug_renderer_info') : null;
  if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
}

export function startStageGame(el: HTMLElement): StageGame {
  let scene: StageScene | null = null;
  let pending: StageModel | null = null;
  const game = new Phaser.Game({
    type: renderer(),
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
