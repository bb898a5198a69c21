// French at the largest text size: every screen passes axe and fits, through a whole game. (Every hand of the board,
// the longest texts, with each card, option and concept opened, is in the matrix: tests/e2e/matrix.spec.ts.)
import { test, expect } from './fixtures.ts';
import { audit, expectFits } from './audit.ts';
import { rng, type GamePage } from './game.page.ts';
import { t } from '../../src/content/index.ts';
import { uiText } from '../../src/text/index.ts';

/** Switch to French on the title and raise the text size twice (standard, large, larger). */
async function frenchLargest(game: GamePage, info: Parameters<typeof audit>[1] | null): Promise<void> {
  await game.open();
  await game.activate('title-lang', 'reader');
  await expect(game.html).toHaveAttribute('lang', 'fr');
  if (info) await audit(game, info, 'fr-title');
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  await game.activate('set-text', 'reader');
  await game.activate('set-text', 'reader');
  await expect(game.control('set-text')).toContainText(uiText('ui.settings.size.3', 'fr'));
  if (info) await audit(game, info, 'fr-settings-large');
  await game.activate('set-back', 'reader');
  await game.at('title');
}

test('in French at the largest text size, every screen passes axe and fits, through a whole game', async ({ game, page }, info) => {
  await frenchLargest(game, info);
  await audit(game, info, 'fr-title-large');
  await game.activate('title-new', 'reader');
  await game.at('setup');
  await audit(game, info, 'fr-party');
  // The rulebook, every switch's explanation laid out in turn, two switches on.
  await game.activate('rules-open', 'reader');
  await game.activate('rule-notice-required', 'reader');
  await game.activate('rule-no-microsoft-offer', 'reader');
  for (const id of await page.locator('[id^="rule-"]').evaluateAll((bs) => bs.map((b) => b.id))) {
    await game.control(id).focus();
    await expectFits(game, `fr-party-rulebook ${id}`);
  }
  await expect(game.control('rule-no-microsoft-offer')).toHaveText(t('switch.no-microsoft-offer.title', 'fr'));
  await audit(game, info, 'fr-party-rulebook');
  await game.activate('party-employees', 'reader');
  await game.activate('party-start', 'reader');
  await game.at('choosing', 'prologue');
  await expect(game.control('rulebook')).toContainText(t('switch.no-microsoft-offer.title', 'fr'));
  await audit(game, info, 'fr-crisis');
  await game.chooseMove('reader', rng(4));
  await game.at('resolved');
  await audit(game, info, 'fr-resolution');
  await game.activate('res-continue', 'reader');
  await game.playInPage(8);
  await game.ending();
  await audit(game, info, 'fr-ending');
});
