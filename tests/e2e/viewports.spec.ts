// A small and a large window, and the build served from a sub-path: the screens fit the window, are drawn, and work
// by mouse at that size; every asset loads from under the sub-path.
import { test, expect } from './fixtures.ts';
import { audit } from './audit.ts';
import { GamePage } from './game.page.ts';

for (const viewport of [{ width: 800, height: 600 }, { width: 1920, height: 1080 }]) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    test('the title and the seat choice fit the window and work by mouse', async ({ game }, info) => {
      await game.open();
      await audit(game, info, `title-${viewport.width}`);
      await game.activate('title-new', 'mouse');
      await game.at('setup');
      await game.activate('party-board', 'mouse');
      await game.expectOn('party-board');
      await audit(game, info, `party-${viewport.width}`);
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
