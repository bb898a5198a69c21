// The teaching in play: the glossary by keyboard (focus in, Escape, focus back) and under the rulebook in force, on
// every screen, and from a move's concept chip; after a turn, a vote's tally and ballots, why a number changed, what you knew and what is known
// now, and the language switched mid-game; the guided first turn, once per seat, dismissed, remembered, turned back
// on, and off after a first game.
import { test, expect } from './fixtures.ts';
import { uiText } from '../../src/text/index.ts';
import { axe } from './audit.ts';

const NO_NOTICE = /act without prior notice or a meeting/;

/** A seed whose removal fails under notice-required when the board removes the CEO abruptly: a game of one turn. */
const ONE_TURN = 20231126;

test('the glossary opens by keyboard from the title and the crisis, follows the rulebook, and a first game’s end turns the guide off', async ({ game, page }) => {
  await game.open({ seed: ONE_TURN });
  await game.openPanel('teach-glossary', 'keyboard');
  await expect(game.control('gloss-acting-without-notice')).toContainText(NO_NOTICE);
  expect(await axe(page), 'axe on the glossary').toEqual([]);
  await game.closePanel('teach-glossary');

  await game.activate('title-new', 'reader');
  await game.at('setup');
  await game.activate('party-board', 'reader');
  await game.activate('rules-open', 'reader');
  await game.activate('rule-notice-required', 'reader');
  await game.expectOn('rule-notice-required');
  await game.activate('party-start', 'reader');
  await game.at('prologue');
  await game.openPanel('teach-glossary', 'keyboard');
  await expect(game.control('gloss-rules')).toContainText(uiText('switch.notice-required.title', 'en'));
  const entry = game.control('gloss-acting-without-notice');
  await expect(entry).not.toContainText(NO_NOTICE);
  await expect(entry).toContainText(/require notice and a meeting/);
  // The index takes the focus to an entry.
  await game.activate('gloss-go-supermajority', 'reader');
  await expect.poll(() => game.focusedId()).toBe('gloss-supermajority-h');
  await game.closePanel('teach-glossary');

  // A first game that ends turns the guide off; the glossary is still at hand on the ending and in Settings.
  await expect(game.control('guide')).toBeVisible();
  await game.activate('move-board.remove-ceo', 'reader');
  await game.activate('opt-0', 'reader');
  await game.activate('end-turn', 'reader');
  await game.at('resolved');
  await game.activate('res-continue', 'reader');
  expect(await game.at('ended'), 'this seed’s removal fails at once').toBe('ended');
  await expect(game.control('teach-glossary')).toBeVisible();
  await game.activate('ending-title', 'reader');
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await expect(game.control('teach-glossary')).toBeVisible();
  await game.expectOn('set-guide', false);
});

test('after a turn: a vote’s tally and ballots, why a number changed, what you knew and what is known now', async ({ game, page }) => {
  await game.open();
  await game.newGame(['board']);
  await game.at('prologue');
  await game.activate('move-board.remove-ceo', 'reader');
  // A concept chip opens its entry under the chips, and from there the same entry in the glossary.
  const chip = (await page.locator('[id^="concept-"][aria-pressed]').first().getAttribute('id'))!;
  const concept = chip.slice('concept-'.length);
  await game.activate(chip, 'reader');
  const inline = (await game.control(`chip-gloss-${concept}`).locator('.gloss-text').textContent())!;
  await game.openPanel(`concept-open-${concept}`, 'reader');
  await expect.poll(() => game.focusedId()).toBe(`gloss-${concept}-h`);
  await expect(game.control(`gloss-${concept}`).locator('.gloss-text')).toHaveText(inline);
  await game.closePanel(`concept-open-${concept}`);

  await game.activate('opt-0', 'reader');
  await game.activate('end-turn', 'reader');
  await game.at('resolved');

  const vote = page.locator('details.vote').first();
  await expect(vote.locator('summary')).toContainText(/\d for, \d against; \d of \d seated directors needed: (carried|lost)/);
  await vote.locator('summary').click();
  const ballots = vote.locator('.ballots li');
  expect(await ballots.count()).toBeGreaterThanOrEqual(3);
  await expect(ballots.first()).toContainText(/resolve, \d+/);

  const stepWhy = (await page.locator('#steps .why-btn').first().getAttribute('id'))!;
  await game.openPanel(stepWhy, 'reader');
  await expect(game.teachDialog()).toHaveAttribute('data-panel', 'why');
  await expect(page.locator('#why-causes li').first()).toContainText(/Remove the CEO/);
  expect(await axe(page), 'axe on why').toEqual([]);
  await game.closePanel(stepWhy);

  await game.activate('res-continue', 'reader');
  await game.at('choosing');
  const numWhy = (await page.locator('#numbers .why-btn').first().getAttribute('id'))!;
  await game.openPanel(numWhy, 'reader');
  await expect(page.locator('#why-causes .cause-kind').first()).toHaveText(uiText('ui.teach.why.kind.move', 'en'));
  await game.closePanel(numWhy);

  await game.openPanel('teach-knew', 'reader');
  await expect(game.control('knew-private')).toContainText(/evidence/);
  await expect(game.control('knew-public').locator('li')).not.toHaveCount(0);
  await game.activate('knew-now', 'reader');
  await game.expectOn('knew-now');
  // Mid-game the run's hidden facts wait for the ending; history's hindsight is there with its sources.
  await expect(game.control('knew-hidden')).toHaveText(uiText('ui.teach.know.later', 'en'));
  await expect(game.control('knew-hindsight').locator('li')).not.toHaveCount(0);
  expect(await axe(page), 'axe on what is known now').toEqual([]);
  await game.activate('knew-then', 'reader');
  await expect(game.control('knew-private')).toBeVisible();
  await game.closePanel('teach-knew');

  // The language switches mid-game, news and all.
  await game.activate('teach-lang', 'reader');
  await expect(game.html).toHaveAttribute('lang', 'fr');
  await expect(game.control('news-log')).toContainText(uiText('ui.crisis.historicalMark', 'fr'));
  await expect(game.control('teach-glossary')).toHaveText(uiText('ui.teach.glossary', 'fr'));
});

test('the guided first turn shows once per seat with a recap, is dismissed and remembered, and comes back from Settings', async ({ game, page }) => {
  await game.open();
  await game.newGame(['employees']);
  await game.at('choosing');
  await expect(game.control('guide')).toBeVisible();
  // The employees start after the prologue: the recap is the log's news.
  await expect(page.locator('.guide-recap li')).not.toHaveCount(0);
  await game.activate('guide-hide', 'reader');
  await expect(game.control('guide')).toHaveCount(0);

  // Remembered across a reload.
  await page.reload();
  await game.at('title');
  await game.activate('title-continue', 'reader');
  await game.at('choosing');
  await expect(game.control('guide')).toHaveCount(0);

  // Turned back on in Settings, it shows on the seat's first turn only.
  await game.activate('crisis-menu', 'reader');
  await game.at('title');
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await game.activate('set-guide', 'reader');
  await game.expectOn('set-guide');
  await game.activate('set-back', 'reader');
  await game.activate('title-continue', 'reader');
  await game.at('choosing');
  await expect(game.control('guide')).toBeVisible();
  await game.activate('guide-show-move', 'reader');
  const card = await game.focusedId();
  expect(card).toMatch(/^move-employees\./);
  await game.activate(card, 'reader');
  await expect(page.locator('.guide-step.done')).not.toHaveCount(0);
  const opts = await page.locator('[id^="opt-"]').count();
  if (opts) await game.activate('opt-0', 'reader');
  await game.activate('end-turn', 'reader');
  await game.at('resolved');
  await game.activate('res-continue', 'reader');
  await game.at('choosing');
  await expect(game.control('guide')).toHaveCount(0);
});
