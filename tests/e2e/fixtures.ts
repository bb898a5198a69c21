// The `game` fixture: a fresh page (fresh storage) driven by the page object; when the test ends, the page must have
// reported no console error, no page error and no failed or missing request.
import { expect, test as base } from '@playwright/test';
import { GamePage } from './game.page.ts';
import { loadAllTexts } from '../../src/text/index.ts';

// The tests read the game's texts to find what the page says; the page loads them as needed, the tests all at once.
await loadAllTexts();

export const test = base.extend<{ game: GamePage }>({
  game: async ({ page }, use) => {
    const game = new GamePage(page);
    await use(game);
    expect(game.errors, 'console errors, page errors or failed requests').toEqual([]);
  },
});

export { expect };
