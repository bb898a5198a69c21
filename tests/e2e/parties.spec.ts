// A whole game as each of the five parties: the board by keyboard alone, the employees by mouse, and Microsoft,
// Salesforce and Altman through their roles and names in the accessibility tree, as a screen reader reaches them.
// The choices' seeds were picked for whole games that are short (3 to 12 moves when chosen) and end in different ways,
// to keep `npm test` within its time budget.
import { test, expect } from './fixtures.ts';
import { rng } from './game.page.ts';
import { partyName } from '../../src/content/index.ts';
import { uiText } from '../../src/text/index.ts';

test('the board, by keyboard alone, with a visible focus ring, to an ending and back to the title', async ({ game }) => {
  await game.open();
  await game.tabTo('title-new');
  expect(await game.focusVisible()).toBe(true);
  await game.page.keyboard.press('Enter');
  await game.at('setup');
  await game.tabTo('party-board');
  await game.page.keyboard.press('Enter');
  await game.expectOn('party-board');
  // Focus stays on the card after toggling it.
  expect(await game.focusedId()).toBe('party-board');
  await game.activate('party-start', 'keyboard');
  await game.left('setup');
  const played = await game.playToEnd('keyboard', rng(11));
  // The board's crisis opens with its one prologue move: removing the CEO.
  expect(played[0]).toBe('board.remove-ceo');
  await game.ending();
  await game.activate('ending-title', 'keyboard');
  await game.at('title');
});

test('the employees, by mouse, to an ending, then play again', async ({ game }) => {
  await game.open();
  await game.newGame(['employees'], 'mouse');
  const played = await game.playToEnd('mouse', rng(2));
  expect(played.every((m) => m.startsWith('employees.'))).toBe(true);
  await game.ending();
  await game.activate('ending-again', 'mouse');
  await game.at('setup');
});

for (const [party, seed] of [['microsoft', 28], ['salesforce', 62], ['altman', 33]] as const) {
  test(`${party}, through roles and names as a screen reader reads them, to an ending`, async ({ game, page }) => {
    await game.open();
    await page.getByRole('button', { name: uiText('ui.title.new', 'en'), exact: true }).dispatchEvent('click');
    await game.at('setup');
    await page.getByRole('button', { name: partyName(party), exact: false }).first().dispatchEvent('click');
    await game.expectOn(`party-${party}`);
    await page.getByRole('button', { name: new RegExp(`^${uiText('ui.party.start', 'en')}`) }).dispatchEvent('click');
    // The crisis screen loads on demand: the page says it has left the seats once it is drawn.
    await game.left('setup');
    const played = await game.playToEnd('reader', rng(seed));
    expect(played.length).toBeGreaterThan(0);
    expect(played.every((m) => m.startsWith(`${party}.`))).toBe(true);
    await game.ending();
    // Every party's score is listed under the ending's headings.
    await expect(page.getByRole('main').getByRole('listitem')).not.toHaveCount(0);
    expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThanOrEqual(7);
  });
}
