// Storage that fails: disabled, full, corrupt, and the game open in another tab. The game keeps playing and says so.
import { test, expect } from './fixtures.ts';
import { GamePage, SAVE_KEY, rng } from './game.page.ts';
import { audit } from './audit.ts';

const CORRUPT = '{"version":1,"state":{"turn":"garbage';

test('storage disabled: the game starts and plays, and says saving is off', async ({ game, page }, info) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await game.open();
  await game.newGame(['altman']);
  await game.chooseMove('reader', rng(5));
  await game.at('resolved');
  await expect(page.getByRole('alert')).toContainText(/storage/i);
  await audit(game, info, 'storage-disabled');
  await game.activate('res-continue', 'reader');
  await game.chooseMove('reader', rng(6));
});

test('storage full: the game says so and keeps playing', async ({ game, page }) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (String(k).endsWith(':save')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await game.open();
  await game.newGame(['microsoft']);
  await game.chooseMove('reader', rng(3));
  // With reduced motion the whole resolution is there at once: Continue, no Skip.
  await game.at('resolved');
  await expect(game.control('res-skip')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText(/full/);
  await game.activate('res-continue', 'reader');
  await game.at('choosing');
});

test('a corrupt save is set aside, never overwritten, and a good save then continues', async ({ game, page }, info) => {
  await game.open();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, CORRUPT]);
  await page.reload();
  await game.at('title');
  await expect(page.getByRole('alert')).toContainText(/set aside/);
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('five-days-in-november:save:corrupt:')));
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toBe(CORRUPT);
  await expect(game.control('title-continue')).toHaveCount(0);
  await audit(game, info, 'title-corrupt-save');
  await game.activate('notice-dismiss', 'reader');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await game.newGame(['salesforce']);
  await game.chooseMove('reader', rng(9));
  await game.at('resolved', 'choosing');
  // The corrupt copy is still there, and a good save sits in the main key.
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toBe(CORRUPT);
  expect((await game.saved())?.state?.turn).toBe(1);
  await page.reload();
  await game.at('title');
  await game.activate('title-continue', 'reader');
  await game.at('choosing', 'prologue');
  await expect(game.heading()).toContainText(/Salesforce/i);
});

test('open in another tab: the second tab says so and writes nothing; once the first closes it takes over', async ({ game, page, context }) => {
  await game.open();
  await game.newGame(['employees']);
  await game.chooseMove('reader', rng(2));
  await game.at('resolved', 'choosing');
  const first = await game.saved();
  expect(first?.state?.turn).toBe(1);

  const other = await context.newPage();
  const errors: string[] = [];
  other.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await other.goto(page.url());
  await other.locator('html[data-flow="title"]').waitFor({ state: 'attached' });
  await expect(other.getByRole('alert')).toContainText(/tab/i);
  // The second tab plays, but the save stays the first tab's.
  await other.locator('[id="title-new"]').dispatchEvent('click');
  // A saved run exists (the first tab's): New game asks before replacing it.
  await other.locator('[id="title-confirm-yes"]').dispatchEvent('click');
  await other.locator('html[data-flow="setup"]').waitFor({ state: 'attached' });
  await other.locator('[id="party-board"]').dispatchEvent('click');
  await other.locator('[id="party-start"]').dispatchEvent('click');
  await other.locator('html[data-flow="prologue"]').waitFor({ state: 'attached' });
  expect(await game.saved()).toEqual(first);

  await page.close();
  // The first tab is gone: the second now holds the right to write, and its next turn is saved.
  const second = new GamePage(other);
  await second.chooseMove('reader', rng(4));
  await second.at('resolved', 'choosing');
  await expect.poll(async () => JSON.stringify(await second.saved())).not.toBe(JSON.stringify(first));
  expect(errors).toEqual([]);
});
