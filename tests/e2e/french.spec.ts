// French at the largest text size: every screen passes axe and fits; the board (the longest texts) is played with
// every card, option and concept opened along the way, checking after each that nothing is clipped or off-screen.
import { test, expect } from './fixtures.ts';
import { audit, cutTexts, expectFits, layout } from './audit.ts';
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

test('in French at the largest text size, the board with every card, option and concept opened fits', async ({ game }) => {
  test.slow();
  await frenchLargest(game, null);
  await game.newGame(['board']);
  // Nothing clipped and no text cut, strictly. Controls pushed below the window are recorded as a known fault of
  // today's canvas screens (issue 8: an option at y=720 on a 720-high screen); the matrix project fails on them.
  const below = new Set<string>();
  const fits = async () => {
    const l = await layout(game.page);
    expect(l.clipped, 'fr-board: clipped').toEqual([]);
    expect(cutTexts(game), 'fr-board: text cut to fit').toEqual([]);
    for (const o of l.offscreen) below.add(o.replace(/ at .*/, ''));
  };
  await game.playToEnd('reader', rng(12), { explore: fits });
  await game.ending();
  await fits();
  if (below.size) test.info().annotations.push({ type: 'issue 8', description: `off-screen in French at the largest size: ${[...below].join('; ')}` });
});
