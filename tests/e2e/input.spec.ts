// Input a player does not mean: a held Enter plays one turn at most and, after Continue, the focus is on what
// happened; an idle screen draws nothing; New game asks before it replaces a saved run.
import { test, expect } from './fixtures.ts';
import { SAVE_KEY, type GamePage } from './game.page.ts';

/** From the title: the board's seat, the prologue played, and the first turn of the crisis on screen. */
async function toFirstTurn(game: GamePage): Promise<void> {
  await game.newGame(['board'], 'mouse');
  await game.chooseMove('mouse', () => 0);
  await game.activate('res-continue', 'mouse');
  await game.at('choosing');
}

test.beforeEach(async ({ game }) => {
  await game.settings('en', 0);
});

test('a held Enter plays one turn at most, and after Continue the focus is on what happened', async ({ game, page }) => {
  await game.open();
  await toFirstTurn(game);
  await game.activate((await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().getAttribute('id'))!, 'mouse');
  const opt = game.control('opt-0');
  if (await opt.count()) await game.activate('opt-0', 'mouse');
  await game.control('end-turn').focus();
  await page.keyboard.down('Enter');
  await game.at('resolved', 'ended');
  for (let i = 0; i < 30; i++) await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  // The prologue and one turn of the crisis: the held key played nothing more.
  const turns = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.state?.log?.length, SAVE_KEY);
  expect(turns).toBe(2);
  if ((await game.at('resolved', 'ended')) === 'ended') return;
  await game.activate('res-continue', 'mouse');
  await game.at('choosing', 'ended');
  expect(await game.focusedId()).toBe('last-turn-h');
});

test('the crisis screen draws nothing while idle', async ({ game, page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { w.__frames++; cb(t); });
  });
  await game.open();
  await toFirstTurn(game);
  const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  await page.waitForTimeout(800);
  const before = await frames();
  await page.waitForTimeout(1500);
  expect((await frames()) - before).toBeLessThanOrEqual(2);
});

test('New game asks before it replaces a saved run, and No keeps it', async ({ game }) => {
  await game.open();
  await toFirstTurn(game);
  await game.activate('crisis-menu', 'mouse');
  await game.at('title');
  await game.activate('title-new', 'mouse');
  await expect(game.html).toHaveAttribute('data-flow', 'title');
  expect(await game.focusedId()).toBe('title-confirm-no');
  await game.activate('title-confirm-no', 'mouse');
  await expect(game.control('title-continue')).toHaveCount(1);
  await game.activate('title-new', 'mouse');
  await game.activate('title-confirm-yes', 'mouse');
  await game.at('setup');
});
