// The explorer and the odds in a game, played in real Web Workers: a small exploration shows its table and bars and
// gives the same counts twice, a chosen ending gives a run code that replays to that ending, a long one cancels, the
// crisis screen plays on from here, and an ending shows its odds and its turning points.
import { test, expect } from './fixtures.ts';
import { decodeRun } from '../../src/share/index.ts';
import { OUTCOMES } from '../../src/sim/ids.ts';
import { nearEndingSave } from './near-ending.ts';
import { GamePage, rng } from './game.page.ts';
import { audit } from './audit.ts';

test('the explorer plays 500 runs in the workers, the same counts again and with 3 workers, and opens a run that reached a chosen ending', async ({ game, page }, info) => {
  await game.open();
  await game.openExplorer();
  await game.explore(500, { how: 'keyboard' });
  const table = game.control('explore-endings');
  await expect(table.locator('tbody tr')).toHaveCount(OUTCOMES.length);
  await expect(table.locator('tr.history .badge')).toHaveCount(1);
  await expect(game.control('explore-scores').locator('tbody tr')).toHaveCount(7);
  await expect(game.control('explore-status')).toContainText('500');
  // The bars follow the numbers: some ending has a visible bar.
  expect(await table.locator('td.main .fill').evaluateAll((els) => els.some((e) => e.getBoundingClientRect().width > 0))).toBe(true);
  const counts = await table.locator('tbody').innerText();
  await audit(game, info, 'explorer-results');

  await game.explore(500);
  await expect(game.control('explore-status')).toContainText('500');
  expect(await table.locator('tbody').innerText()).toBe(counts);

  // Three workers instead of this machine's cores: the same counts.
  const other = new GamePage(await page.context().newPage());
  await other.page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 3 }));
  await other.open();
  await other.openExplorer();
  await other.explore(500);
  await expect(other.control('explore-status')).toContainText('Web Workers: 3');
  expect(await other.control('explore-endings').locator('tbody').innerText()).toBe(counts);
  expect(other.errors).toEqual([]);
  await other.page.close();

  const sample = table.locator('[id^="explore-sample-"]').first();
  const ending = (await sample.getAttribute('id'))!.slice('explore-sample-'.length);
  await game.activate(`explore-sample-${ending}`, 'mouse');
  // The run opens at its ending (the page follows the code its address now holds).
  await game.at('ended');
  const hash = await page.evaluate(() => location.hash);
  const run = decodeRun(hash);
  expect(run.ok && run.state.outcome?.id).toBe(ending);
});

test('a long exploration stops when cancelled, and nothing is counted', async ({ game }) => {
  await game.open();
  await game.openExplorer();
  await game.explore(100_000, { wait: false });
  await expect.poll(() => game.control('explore-progress').evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(0);
  await game.activate('explore-cancel', 'reader');
  await expect(game.control('explore-status')).toContainText(/cancelled/i);
  await expect(game.control('explore-progress')).toBeHidden();
  await expect(game.control('explore-endings')).toHaveCount(0);
  await expect(game.control('explore-go')).not.toHaveAttribute('aria-disabled', 'true');
});

test('in a game, the odds of each ending if everyone played on from here, with the number of runs', async ({ game }) => {
  await game.open();
  await game.newGame(['board']);
  await game.at('prologue');
  await game.activate('odds-go', 'reader');
  await expect(game.control('odds-list').locator('li').first()).toBeVisible();
  await expect(game.control('odds-status')).toContainText('2,000');
});

test('at an ending, how often it happens and the run\'s turning points, from the workers', async ({ game }, info) => {
  await game.continueSave(nearEndingSave('employees'));
  await game.chooseMove('reader', rng(1));
  await game.activate('res-continue', 'reader');
  await game.ending();
  const points = game.page.locator('#tp-list > li, #tp-none');
  await expect(points.first()).toBeVisible();
  expect(await game.page.locator('#tp-list > li').count()).toBeLessThanOrEqual(5);
  for (const size of await game.page.locator('#tp-list .tp-size').allInnerTexts()) expect(size).toMatch(/^[+−]\d+ pts$/);
  await expect(game.control('ending-odds-list').locator('li')).toHaveCount(2);
  await audit(game, info, 'ending-odds-turning-points');
});
