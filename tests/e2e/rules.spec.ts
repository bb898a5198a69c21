// A changed rulebook: switches chosen by keyboard and by mouse hold from the start to the ending; a new game starts
// as in 2023 again.
import { test, expect } from './fixtures.ts';
import { audit } from './audit.ts';
import { rng } from './game.page.ts';
import { t } from '../../src/content/index.ts';

test('rulebook switches chosen by keyboard and mouse hold from the start to the ending', async ({ game, page }, info) => {
  await game.open();
  await game.activate('title-new', 'reader');
  await game.at('setup');
  await game.activate('party-microsoft', 'reader');
  // The rulebook opens from its button, after the parties and before Start in the focus order.
  await expect(game.control('rules-open')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[id^="rule-"]')).toHaveCount(0);
  await game.activate('rules-open', 'keyboard');
  await expect(game.control('rules-open')).toHaveAttribute('aria-expanded', 'true');
  const order = await page.locator('button').evaluateAll((bs) => bs.map((b) => b.id));
  expect(order.indexOf('party-altman')).toBeLessThan(order.indexOf('rules-open'));
  expect(order.indexOf('rules-open')).toBeLessThan(order.indexOf('rule-none'));
  expect(order.indexOf('rule-board-explains')).toBeLessThan(order.indexOf('party-start'));
  // Nine toggles ("As in 2023" and the eight switches), each named by its visible title, none on yet.
  await expect(page.locator('[id^="rule-"][aria-pressed], [id^="rule-"][aria-checked]')).toHaveCount(9);
  await game.expectOn('rule-none');
  const notice = page.getByRole('button', { name: t('switch.notice-required.title', 'en'), exact: true });
  await expect(notice).toHaveId('rule-notice-required');
  await expect(notice).toHaveAccessibleDescription(t('switch.notice-required.explain', 'en'));
  // Keyboard: Tab to a switch and press Space; focus stays on it, with a visible ring.
  await game.tabTo('rule-notice-required');
  await page.keyboard.press('Space');
  await game.expectOn('rule-notice-required');
  expect(await game.focusedId()).toBe('rule-notice-required');
  expect(await game.focusVisible()).toBe(true);
  // Mouse: the second switch.
  await game.activate('rule-no-tender', 'mouse');
  await game.expectOn('rule-no-tender');
  await game.expectOn('rule-none', false);
  await expect(page.locator('[id^="rule-"][aria-pressed="true"], [id^="rule-"][aria-checked="true"]')).toHaveCount(2);
  await audit(game, info, 'party-rulebook');
  // Closing the panel keeps the choice.
  await game.activate('rules-open', 'reader');
  await expect(game.control('rules-open')).toHaveAttribute('aria-expanded', 'false');
  await game.activate('rules-open', 'reader');
  await game.expectOn('rule-no-tender');
  await game.activate('party-start', 'keyboard');
  await game.at('choosing', 'prologue');
  const label = `Rulebook: ${t('switch.notice-required.title', 'en')}, ${t('switch.no-tender.title', 'en')}`;
  await expect(game.control('rulebook')).toHaveText(label);
  expect((await game.saved())?.state?.rules).toEqual(['notice-required', 'no-tender']);
  await audit(game, info, 'crisis-rulebook');
  await game.playInPage(61);
  await game.ending();
  await expect(game.control('ending-rulebook')).toHaveText(label);
  await audit(game, info, 'ending-rulebook');
  // A new game starts as in 2023 again.
  await game.activate('ending-again', 'reader');
  await game.at('setup');
  await game.activate('party-salesforce', 'reader');
  await game.activate('party-start', 'reader');
  await game.at('choosing', 'prologue', 'resolved');
  await expect(game.control('rulebook')).toHaveText(`Rulebook: ${t('switch.none', 'en')}`);
});
