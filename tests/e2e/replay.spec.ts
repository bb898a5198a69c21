// Replaying runs in the browser: a run's code in the address opens it at its ending, a broken one is refused on the
// title with the save untouched; from turn 2 of a run a branch is played, drawn in the flowchart and compared; a run is
// downloaded as a file and imported back; an ending reached here joins the endings gallery; and the built page runs
// under its content security policy. Runs are reached through codes made here, never by playing whole games.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { SAVE_KEY } from './game.page.ts';
import { audit } from './audit.ts';
import { t } from '../../src/content/index.ts';
import { PARTIES, runGame } from '../../src/sim/index.ts';
import { encodeRun, runOf } from '../../src/share/index.ts';

const HISTORICAL = Object.fromEntries(PARTIES.map((p) => [p, 'historical' as const]));
const history = runGame({ seed: 20231117, policies: HISTORICAL });
const CODE = encodeRun(runOf(history));
const ENDING = t(`outcome.${history.outcome!.id}.title`, 'en');
const SAVE = readFileSync(new URL('../storage/fixtures/save-v3.json', import.meta.url), 'utf8').trim();

test('a run’s code in the address opens it at its ending; from turn 2 a branch is played, drawn and compared', async ({ game, page }, info) => {
  await game.openCode(CODE);
  expect(await game.ending()).toBe(ENDING);
  // Opening a run writes nothing to this device's save.
  expect(await game.saved()).toBeNull();

  await game.activate('ending-timeline', 'keyboard');
  await game.showTurn(2);
  // The turn as the run recorded it: each side's move, in the published order.
  const moves = page.locator('#tl-moves .step-h');
  await expect(moves).toHaveCount(history.log[3].steps.length);
  for (const m of history.log[3].moves) await expect(page.locator('#tl-moves')).toContainText(t(`move.${m.move}.title`, 'en'));
  await audit(game, info, 'timeline');

  await game.activate('tl-branch', 'keyboard');
  await game.at('branching');
  await game.activate('plan-seat-employees', 'reader');
  await game.expectOn('plan-seat-employees');
  await page.locator('#plan-rule-no-salesforce').check();
  await game.activate('plan-start', 'keyboard');
  await game.at('choosing');
  await expect(game.heading()).toContainText(/employees/i);
  // The branch is this device's game now, saved with the run's tree.
  const saved = await game.saved();
  expect(saved?.state?.turn).toBe(2);
  expect(saved?.state?.rules).toEqual(['no-salesforce']);
  expect(saved?.tree?.branch).toBe(1);

  await game.activate('crisis-timeline', 'mouse');
  await game.at('timeline');
  await game.activate('review-tab-tree', 'keyboard');
  await game.at('branches');
  await expect(page.locator('#flowchart .node')).toHaveCount(2);
  await expect(page.locator('#node-1-d')).toContainText('parts at');
  await expect(page.locator('#node-1-d')).toContainText('Salesforce stays out');
  await expect(page.locator('#node-0-d')).toContainText(ENDING);
  await expect(game.control('tree-open-1')).toHaveAttribute('aria-current', 'true');
  await game.activate('tree-pick-0', 'keyboard');
  await game.activate('tree-pick-1', 'keyboard');
  await audit(game, info, 'branches');
  await game.activate('tree-compare', 'keyboard');
  await game.at('compare');
  await expect(page.locator('#cmp-facts')).toContainText('They part at');
  await expect(page.locator('#cmp-table')).toContainText(ENDING);
  await audit(game, info, 'compare');
});

test('a broken, altered, hostile or unknown code is refused on the title, nothing replayed, the save untouched', async ({ game, page }) => {
  await game.open();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, SAVE]);
  const altered = `${CODE.slice(0, 20)}${CODE[20] === 'A' ? 'B' : 'A'}${CODE.slice(21)}`;
  const cases: [string, RegExp][] = [
    [CODE.slice(0, CODE.length - 9), /damaged/],
    [altered, /damaged/],
    ['v9.AAAA', /newer version/],
    ['v0.AAAA', /older version/],
    ['v1.<img src=x onerror=alert(1)>', /damaged|not a run/],
  ];
  for (const [code, why] of cases) {
    await page.evaluate((c) => (window.location.hash = c), code);
    await game.at('title');
    await expect(game.control('run-refused')).toContainText(why);
    await expect(game.control('run-refused')).toContainText('Nothing was replayed');
    // A code of another format version offers a fresh start.
    await expect(game.control('run-refused-fresh')).toHaveCount(/version/.test(why.source) ? 1 : 0);
    await expect(page.locator('#a11y img')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).toBe(SAVE);
    await game.activate('run-refused-dismiss', 'reader');
    await expect(game.control('run-refused')).toHaveCount(0);
  }
  // The save is still there to continue.
  await game.activate('title-continue', 'reader');
  await game.at('choosing', 'handing-over');
});

test('a run downloads as a JSON file and imports back, from the file or from its pasted code', async ({ game, page }) => {
  await game.openCode(CODE);
  await game.ending();
  await game.activate('ending-share', 'reader');
  await game.at('share');
  await expect(game.control('share-link')).toHaveValue(new RegExp(`#${CODE.replace(/[.\-]/g, '\\$&')}$`));
  const [download] = await Promise.all([page.waitForEvent('download'), game.activate('share-download', 'reader')]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe('five-days-in-november/run');
  await expect(game.control('share-status')).toContainText(download.suggestedFilename());

  await game.activate('review-menu', 'reader');
  await game.at('title');
  await game.activate('title-import', 'reader');
  await game.at('import');
  await page.setInputFiles('#import-file', file);
  expect(await game.ending()).toBe(ENDING);

  // A damaged file is refused where it was given, with nothing opened.
  await game.activate('ending-title', 'reader');
  await game.activate('title-import', 'reader');
  await page.setInputFiles('#import-file', { name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 200)) });
  await expect(game.control('import-refused')).toContainText('not valid JSON');
  await game.at('import');
  await page.locator('#import-text').fill(`https://example.org/five-days/#${CODE}`);
  await game.activate('import-open', 'reader');
  expect(await game.ending()).toBe(ENDING);
});

test('an ending reached here joins the endings gallery, which ignores a broken record', async ({ game, page }) => {
  await game.open();
  await page.evaluate(() => localStorage.setItem('five-days-in-november:endings', '{"version":1,"reached":{"merger":"<b>x</b>"}}'));
  await game.activate('title-gallery', 'reader');
  await game.at('gallery');
  await expect(game.control('gallery-count')).toContainText('0 of 10');
  await game.activate('extras-back', 'reader');

  // History's run, opened: its ending does not count. A branch of it from its last turn, watched, ends as history did.
  await game.openCode(CODE);
  await game.ending();
  await game.activate('ending-timeline', 'reader');
  await game.at('timeline');
  await game.activate('tl-branch', 'reader');
  await game.activate('plan-start', 'reader');
  await game.at('resolved', 'ended');
  if ((await game.at('resolved', 'ended')) === 'resolved') await game.activate('res-continue', 'reader');
  expect(await game.ending()).toBe(ENDING);
  await game.activate('ending-title', 'reader');
  await game.activate('title-gallery', 'reader');
  await expect(game.control('gallery-count')).toContainText('1 of 10');
  await expect(game.control(`ending-${history.outcome!.id}`)).toContainText('Reached');
});

test('the built page carries a content security policy with no inline script and no eval, and plays under it', async ({ game, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await game.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  await game.newGame(['board']);
  await game.chooseMove('reader', () => 0);
  await game.at('resolved');
  await game.activate('res-continue', 'reader');
  await game.at('choosing');
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});
