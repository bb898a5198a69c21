// The crisis screen during resolutions: motion on, each resolution played out step by step as the flow machine paces
// it (not skipped), over several turns; every frame's length, and the scripts behind the long ones.
import type { Browser } from 'playwright-core';
import { resolutions, settingsScript, stageDrawsScript, type LongFrame, type Resolution } from './page.ts';
import { ms, quantile, type Budget } from './report.ts';

const TURNS = 3;
const SEAT = 'board';
const SEED = 20231117;

export async function framesBudget(browser: Browser, url: string): Promise<Budget> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(settingsScript(false));
  await context.addInitScript(stageDrawsScript);
  const page = await context.newPage();
  await page.goto(`${url}?seed=${SEED}`);
  const flow = (...names: string[]) => page.locator(names.map((n) => `html[data-flow="${n}"]`).join(', ')).waitFor({ state: 'attached', timeout: 30_000 });
  await flow('title');
  await page.locator('#title-new').click();
  await flow('setup');
  await page.locator(`[id="party-${SEAT}"]`).click();
  await page.locator('#party-start').click();
  await flow('prologue', 'choosing');
  // The stage's first frames (Phaser and the people's portraits made once) are not a resolution.
  await page.waitForTimeout(1500);
  const runs = (await page.evaluate(resolutions(SEED, TURNS))) as Resolution[];
  await context.close();

  const frames = runs.flatMap((r) => r.frames);
  const total = frames.reduce((a, b) => a + b, 0);
  const fps = (frames.length * 1000) / total;
  const p50 = quantile(frames, 0.5);
  const p99 = quantile(frames, 0.99);
  const worst = Math.max(...frames);
  for (const r of runs) {
    const t = r.frames.reduce((a, b) => a + b, 0);
    console.log(`resolution ${r.turn + 1}: ${r.steps} steps in ${(t / 1000).toFixed(1)} s, ${((r.frames.length * 1000) / t).toFixed(1)} frames/s, p99 ${ms(quantile(r.frames, 0.99))}, worst ${ms(Math.max(...r.frames))}; the stage drew ${r.stageFrames} of ${r.frames.length} frames`);
  }
  printLongFrames(runs.flatMap((r) => r.longFrames));
  const ok = fps >= 58 && p99 <= 20;
  return {
    name: `crisis screen during ${runs.length} resolutions (motion on)`,
    figure: `${fps.toFixed(1)} frames/s, p50 ${ms(p50)}, p99 ${ms(p99)}, worst ${ms(worst)} over ${frames.length} frames`,
    budget: '58 frames/s or more, p99 20 ms or less',
    ok,
  };
}

/** The long animation frames (over 50 ms), worst first, with the scripts that took most of them. */
function printLongFrames(long: LongFrame[]): void {
  if (long.length === 0) return console.log('long animation frames: none');
  console.log(`long animation frames: ${long.length}, the worst:`);
  for (const f of [...long].sort((a, b) => b.duration - a.duration).slice(0, 5)) {
    const scripts = f.scripts.sort((a, b) => b.duration - a.duration).slice(0, 3).map((s) => `${s.invoker} ${s.source} ${ms(s.duration)}`).join('; ');
    console.log(`  ${ms(f.duration)} (blocking ${ms(f.blocking)}): ${scripts || 'no script: style, layout, paint'}`);
  }
}
