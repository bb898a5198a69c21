// Render on demand: the scenes are still most of the time, so when nothing moves the game loop sleeps, and wakes
// on input, focus, resize, a redraw, or a new state of the flow (whose timers run on the clock, not on frames).
// This keeps a laptop cool and keeps software-rendered WebGL (no GPU) responsive.
import Phaser from 'phaser';

let game: Phaser.Game | null = null;
let lastActivity = 0;
const IDLE_AFTER_MS = 700;

export function wakeRender(): void {
  lastActivity = performance.now();
  if (game && !game.loop.running) game.loop.wake();
}

function busy(g: Phaser.Game): boolean {
  if (performance.now() - lastActivity < IDLE_AFTER_MS) return true;
  for (const s of g.scene.getScenes(true)) {
    if (s.tweens.getTweens().length > 0) return true;
    const cam = s.cameras?.main as unknown as { fadeEffect?: { isRunning: boolean } } | undefined;
    if (cam?.fadeEffect?.isRunning) return true;
  }
  return false;
}

export function renderOnDemand(g: Phaser.Game): void {
  game = g;
  lastActivity = performance.now();
  for (const ev of ['pointermove', 'pointerdown', 'pointerup', 'keydown', 'focusin', 'wheel', 'resize', 'visibilitychange']) {
    window.addEventListener(ev, wakeRender, { passive: true, capture: true });
  }
  g.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (!busy(g)) g.loop.sleep();
  });
}
