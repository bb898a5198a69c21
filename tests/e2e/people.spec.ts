// The stage's people and sound: watching history, the news quotes Sutskever and the stage shows a speech bubble (its
// paper colour drawn on the canvas, beside the portraits' skin); sound is off by default (no audio is ever started),
// and off in a class (a class session's link) even where this browser kept it on.
import { test, expect } from './fixtures.ts';
import { GamePage } from './game.page.ts';
import { newGame, playTurn, PARTIES, type Controller, type PartyId } from '../../src/sim/index.ts';
import { SAVE_VERSION } from '../../src/storage/save.ts';
import { encodeSession } from '../../src/classroom/session.ts';

/** History watched up to Monday 20 November, 00:00 (the turn whose news quotes Sutskever comes next), as a save. */
function historyBeforeMonday(): object {
  const controllers = Object.fromEntries(PARTIES.map((p) => [p, 'historical'])) as Record<PartyId, Controller>;
  let s = newGame({ seed: 20231117, rules: [], controllers });
  while (s.turn < 11) s = playTurn(s, {});
  return { version: SAVE_VERSION, savedAt: new Date().toISOString(), humans: [], mode: 'watch', state: s };
}

/** How many pixels of the stage's canvas are near this colour. */
async function pixelsNear(game: GamePage, rgb: [number, number, number]): Promise<number> {
  const png = (await game.page.locator('#stage').screenshot()).toString('base64');
  return game.page.evaluate(async ([b64, [r, g, b]]) => {
    const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 24) n++;
    return n;
  }, [png, rgb] as const);
}

/** Count the audio contexts the page starts (window.audioStarted). */
const countAudio = (page: GamePage['page']) => page.addInitScript(() => {
  const w = window as unknown as { audioStarted: number; AudioContext: unknown };
  w.audioStarted = 0;
  const Real = window.AudioContext;
  w.AudioContext = class extends Real { constructor() { super(); w.audioStarted++; } };
});
const audioStarted = (page: GamePage['page']) => page.evaluate(() => (window as unknown as { audioStarted: number }).audioStarted);

test('watching history, the quoted speak on the stage, and no sound starts', async ({ game, page }) => {
  await countAudio(page);
  await game.openAt('', historyBeforeMonday());
  await game.activate('title-continue', 'reader');
  await game.at('watching');
  // The next turn: played on its own, or (paused first) asked for.
  await game.control('watch-auto').dispatchEvent('click').catch(() => undefined);
  if ((await game.at('watching', 'resolved')) === 'watching' && (await game.control('watch-next').count())) await game.activate('watch-next', 'reader');
  await game.at('resolved');
  await expect(page.locator('#news-log blockquote', { hasText: 'I deeply regret' })).toHaveCount(1);
  // The bubble (paper) and the portraits (skin) are on the stage.
  await expect.poll(() => pixelsNear(game, [0xf3, 0xee, 0xe3])).toBeGreaterThan(500);
  expect(await pixelsNear(game, [0xf1, 0xc9, 0xa5])).toBeGreaterThan(50);
  // A turn of votes and news went by: sound was off, so no audio was started.
  expect(await audioStarted(page)).toBe(0);
});

test('sound is off by default, and off in a class even where this browser kept it on', async ({ game, page }) => {
  await countAudio(page);
  await game.open();
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await game.expectOn('set-sound', false);
  await game.activate('set-sound', 'reader');
  await game.expectOn('set-sound', true);
  // Turned on, it sounds (the settings' own click).
  await expect.poll(() => audioStarted(page)).toBe(1);
  // In a class: the same browser, its settings kept (the page's requests done before it is left).
  await game.page.waitForLoadState('networkidle');
  await game.page.goto(`${GamePage.url}#class=${encodeSession({ seed: 4242, rules: [], seats: ['board'], devices: 'each' })}`);
  await game.at('title');
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await game.expectOn('set-sound', false);
});
