// Render on demand: the scenes are still most of the time, so when nothing moves the game loop sleeps and
// wakes a few times a second (for timers), or at once on input, focus, resize or a redraw. This keeps a
// laptop cool and keeps software-rendered WebGL (no GPU) responsive.
import Phaser from 'phaser';

let game: Phaser.Game | null = null;
let lastActivity = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const IDLE_AFTER_MS = 700;
const IDLE_TICK_MS = 150;

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
    if (busy(g)) return;
    g.loop.sleep();
    if (timer) clearTimeout(timer);
    // Timers (the resolution's steps, watch mode) still fire: wake for one frame a few times a second.
    timer = setTimeout(() => {
      timer = null;
      if (!g.loop.running) g.loop.wake();
    }, IDLE_TICK_MS);
  });
}
