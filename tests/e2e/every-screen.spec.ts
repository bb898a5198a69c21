// Every screen a player meets, audited (axe, nothing off-screen or clipped, a screenshot kept): a hot-seat game of
// two humans, passing the device through the privacy screen, with motion on, to an ending.
// (Named to sort first: the longest test starts first, so the two workers finish together.)
import { test, expect } from './fixtures.ts';
import { audit } from './audit.ts';
import { rng } from './game.page.ts';

test.use({ reducedMotion: 'no-preference' });

test('a hot-seat game: every screen passes axe, is drawn and fits, from the title to the ending', async ({ game, page }, info) => {
  const started = Date.now();
  await game.open();
  // A generous bound (two shared cores, software WebGL): it catches a hang, not a slow machine.
  expect(Date.now() - started).toBeLessThan(15_000);
  await audit(game, info, 'title');
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await audit(game, info, 'settings');
  await game.activate('set-back', 'reader');
  await game.at('title');

  await game.activate('title-new', 'reader');
  await game.at('setup');
  await audit(game, info, 'party-choice');
  // Start says it is not ready until a seat is taken.
  await expect(game.control('party-start')).toHaveAttribute('aria-disabled', 'true');
  await game.activate('party-board', 'reader');
  await game.activate('party-microsoft', 'reader');
  await game.expectOn('party-board');
  await game.expectOn('party-microsoft');
  await audit(game, info, 'party-choice-two');
  await game.activate('party-start', 'reader');

  // The device passes to the board first: the privacy screen names who takes it.
  await game.at('handing-over');
  await expect(game.control('privacy-ready')).toContainText('board');
  await audit(game, info, 'privacy');
  await game.activate('privacy-ready', 'reader');

  // The prologue: only the board moves.
  await game.at('prologue');
  await expect(page.locator('[id^="move-"]').first()).toBeAttached();
  await audit(game, info, 'crisis-prologue');
  await game.chooseMove('reader', rng(1));
  // With motion, the resolution plays step by step and can be skipped.
  if ((await game.at('resolving', 'resolved')) === 'resolving') {
    // While it plays, there is no Continue (read with the state in one look: the resolution may end meanwhile).
    expect(await page.evaluate(() => document.documentElement.dataset.flow !== 'resolving' || !document.getElementById('res-continue'))).toBe(true);
    await shoot('crisis-resolution-animating');
    // Skip may have gone with the resolution while the picture was taken: one click, not waited for.
    await game.control('res-skip').dispatchEvent('click', undefined, { timeout: 1_000 }).catch(() => undefined);
  }
  await game.at('resolved');
  await audit(game, info, 'crisis-resolution');
  // The news is a live log; the clock says the time as a status.
  await expect(page.getByRole('log')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /\d{1,2}[:h]\d{2}/ })).not.toHaveCount(0);
  await game.activate('res-continue', 'reader');

  // Two humans: the board chooses, then the device passes to Microsoft, whose choice ends the turn.
  await game.at('handing-over');
  await expect(game.control('privacy-ready')).toContainText('board');
  await game.activate('privacy-ready', 'reader');
  await game.at('choosing');
  await audit(game, info, 'crisis-choose');
  const first = await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().getAttribute('id');
  await game.activate(first!, 'reader');
  await expect(game.control(first!)).toHaveAttribute('aria-current', 'true');
  await audit(game, info, 'crisis-move-selected');
  await game.chooseMove('reader', rng(6));
  await game.at('handing-over');
  await expect(game.control('privacy-ready')).toContainText('Microsoft');
  await game.activate('privacy-ready', 'reader');
  await game.at('choosing');
  await expect(game.heading()).toContainText('Microsoft');
  await game.chooseMove('reader', rng(7));

  // The rest of the game, quickly: the controls on the way were audited above; the ending is what is left to see.
  await game.playInPage(2);
  await game.ending();
  await audit(game, info, 'ending');
  // The ending lists the scores and the timeline under their own headings.
  expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(2);

  async function shoot(name: string): Promise<void> {
    await info.attach(name, { body: await page.screenshot({ path: info.outputPath(`${name}.png`) }), contentType: 'image/png' });
  }
});
