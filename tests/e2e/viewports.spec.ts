// A phone, a landscape phone and 800x600, in both languages and at each text size: the title, the seat
// choice and the crisis fit the window (nothing overlapping, off-screen, clipped, under 44 px or under 14 px), pass
// axe, are drawn, and work by mouse at that size. And the build served from a sub-path loads everything from under it.
import { test, expect } from './fixtures.ts';
import { audit } from './audit.ts';
import { problems } from './layout-checks.ts';
import { GamePage } from './game.page.ts';

// The hardest of each kind (the matrix project has all six windows at each text size, in both languages).
const CASES = [
  { width: 844, height: 390, lang: 'en', size: 0 },
  { width: 800, height: 600, lang: 'fr', size: 1 },
  { width: 360, height: 640, lang: 'fr', size: 2 },
] as const;

for (const { width, height, lang, size } of CASES) {
  test.describe(`${width}x${height} ${lang} text size ${size + 1}`, () => {
    test.use({ viewport: { width, height } });
    test('the title, the seats and the crisis fit the window and work by mouse', async ({ game, page }, info) => {
      await game.settings(lang, size);
      await game.open();
      const look = async (name: string) => {
        expect(await problems(page), name).toEqual([]);
        await audit(game, info, `${width}x${height}-${lang}-${size}-${name}`);
      };
      await look('title');
      await game.activate('title-new', 'mouse');
      await game.at('setup');
      await game.activate('party-board', 'mouse');
      await game.expectOn('party-board');
      await look('seats');
      await game.activate('party-start', 'mouse');
      await game.chooseMove('mouse', () => 0);
      await game.at('resolved');
      await look('resolved');
      await game.activate('res-continue', 'mouse');
      await game.at('choosing');
      const card = page.locator('[id^="move-"]:not([aria-disabled="true"])').nth(1);
      await game.activate(await card.getAttribute('id') as string, 'mouse');
      await expect(card).toHaveAttribute('aria-current', 'true');
      const concept = page.locator('[id^="concept-"]').first();
      if (await concept.count()) await game.activate(await concept.getAttribute('id') as string, 'mouse');
      await look('choosing');
    });
  });
}

test('the build is served from a sub-path, and everything it loads comes from under it', async ({ game, page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await game.open();
  const base = new URL(GamePage.url).pathname;
  expect(base).not.toBe('/');
  expect(new URL(page.url()).pathname).toBe(base);
  const local = requested.filter((p) => p !== '' && !p.startsWith('data:'));
  expect(local.length).toBeGreaterThan(2);
  expect(local.filter((p) => !p.startsWith(base))).toEqual([]);
  // A 404 for any of them would already be in the page's errors (checked when the test ends).
});
