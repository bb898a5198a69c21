// A redraw of the crisis keeps the page's elements that did not change (src/dom/patch.ts): choosing a card keeps the
// hand's list, and a resolution shown step by step adds its steps to the same list, with the focus where it was.
import { test, expect } from './fixtures.ts';

test('choosing a card keeps the hand, and a resolution adds its steps to the list on the page', async ({ game, page }) => {
  // Motion on, so the resolution is shown step by step.
  await page.addInitScript(() => localStorage.setItem('five-days-in-november:settings', JSON.stringify({ lang: 'en', sound: false, reducedMotion: false, textSize: 0, guide: false, v: 2 })));
  await game.open();
  await game.newGame(['board'], 'mouse');
  await game.at('prologue');
  const mark = (id: string) => page.evaluate((i) => void ((document.getElementById(i) as unknown as { kept: boolean }).kept = true), id);
  const kept = (id: string) => page.evaluate((i) => (document.getElementById(i) as unknown as { kept?: boolean } | null)?.kept === true, id);

  await mark('moves');
  const card = (await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().getAttribute('id'))!;
  await game.activate(card, 'mouse');
  await expect(game.control(card)).toHaveAttribute('aria-current', 'true');
  expect(await kept('moves'), 'the hand is the same list').toBe(true);
  expect(await game.focusedId()).toBe(card);

  if (await game.control('opt-0').count()) await game.activate('opt-0', 'mouse');
  await game.activate('end-turn', 'mouse');
  await game.at('resolved');
  await game.activate('res-continue', 'mouse');

  // The first turn of the crisis: its resolution has several steps.
  await game.chooseMove('mouse', () => 0);
  if ((await game.at('resolving', 'resolved', 'ended')) !== 'resolving') return;
  await mark('steps');
  const shown = await page.locator('#steps > li').count();
  await game.at('resolved');
  expect(await page.locator('#steps > li').count(), 'steps were added after the list was marked').toBeGreaterThan(shown);
  expect(await kept('steps'), 'the steps are added to the same list').toBe(true);
});
