// The game in Debian's Chromium: whole games as each party (by DOM, keyboard alone, mouse on the canvas), every
// scene audited with axe-core and screenshotted, no console errors, and storage that is missing, full or corrupt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axe, buildOnce, clickCanvas, currentScene, focusVisible, launch, openPage, overflowed, press, rng, scene, serious, serveDist, shoot, tabTo, waitFlow,
  type Site, type Watched,
} from './harness.ts';
import { t } from '../../src/content/index.ts';
import { chooseMove, playToEnd, playToEndInPage, waitCrisisReady, type How } from './drive.ts';

const SAVE_KEY = 'five-days-in-november:save';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  await buildOnce();
  site = await serveDist();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Audit the scene now showing: no serious axe violations, a canvas that is not blank, no text cut off. */
async function audit(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const vs = serious(await axe(page));
  expect(vs, `${name}: ${JSON.stringify(vs)}`).toEqual([]);
  const shot = await shoot(page, name);
  expect(shot.colours, `${name} looks blank`).toBeGreaterThan(40);
  expect(shot.nonBackground, `${name} looks blank`).toBeGreaterThan(0.02);
  const cut = await overflowed(page);
  expect(cut, `${name}: text that did not fit: ${JSON.stringify(cut)}`).toEqual([]);
}

/** Open the title screen; games started from it use `seed` (the game takes ?seed= from the address). */
async function open(opts: Parameters<typeof openPage>[1] & { seed?: number } = {}): Promise<Watched> {
  const w = await openPage(browser, opts);
  await w.page.goto(`${site.url}?seed=${opts.seed ?? 20231117}`);
  await scene(w.page, 'title');
  return w;
}

async function newGame(page: Page, parties: string[], how: How = 'dom'): Promise<void> {
  const act = how === 'mouse' ? clickCanvas : press;
  await act(page, '#title-new');
  await scene(page, 'party');
  for (const p of parties) {
    await act(page, `#party-${p}`);
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-pressed') === 'true', `party-${p}`);
  }
  await act(page, '#party-start');
}

async function endingHeading(page: Page): Promise<string> {
  await scene(page, 'ending');
  return (await page.locator('#a11y main h1').textContent()) ?? '';
}

describe('the game in Chromium', () => {
  it('every scene passes axe, is drawn, and fits (a hot-seat game through the privacy screen to an ending, with motion)', async () => {
    const started = Date.now();
    const { page, errors, context } = await open({ reducedMotion: false });
    // Generous bounds (2 shared cores, software WebGL): they catch a hang or a runaway render, not a slow CPU.
    expect(Date.now() - started).toBeLessThan(10_000);
    await audit(page, 'title');
    await press(page, '#title-settings');
    await scene(page, 'settings');
    await audit(page, 'settings');
    await press(page, '#set-back');
    await scene(page, 'title');
    await press(page, '#title-new');
    await scene(page, 'party');
    await audit(page, 'party-choice');
    // The start button says why it is not ready yet.
    expect(await page.locator('#party-start').getAttribute('aria-disabled')).toBe('true');
    await press(page, '#party-board');
    await press(page, '#party-microsoft');
    await audit(page, 'party-choice-two');
    await press(page, '#party-start');
    await scene(page, 'privacy');
    await audit(page, 'privacy');
    expect(await page.locator('#privacy-ready').textContent()).toContain('board');
    await press(page, '#privacy-ready');
    await scene(page, 'crisis');
    // The prologue: only the board moves.
    expect(await waitCrisisReady(page)).toBe('choose');
    await audit(page, 'crisis-prologue');
    const moves = await page.locator('[id^="move-"]').count();
    expect(moves).toBeGreaterThan(0);
    await chooseMove(page, 'dom', rng(1));
    expect(await waitCrisisReady(page)).toBe('resolve-done');
    await audit(page, 'crisis-resolution');
    // The news feed is a live log, the clock a status.
    expect(await page.locator('[role="log"]').count()).toBe(1);
    expect(await page.locator('#clock[role="status"]').count()).toBe(1);
    await press(page, '#res-continue');
    // Two humans: the device passes between them.
    await scene(page, 'privacy');
    await press(page, '#privacy-ready');
    await scene(page, 'crisis');
    await waitCrisisReady(page);
    await audit(page, 'crisis-choose');
    // The last full redraw, as the page's user timing measured it.
    expect(await page.evaluate(() => performance.getEntriesByName('render').at(-1)?.duration ?? Infinity)).toBeLessThan(1500);
    const first = await page.evaluate(() => document.querySelector('[id^="move-"]:not([aria-disabled="true"])')?.id ?? '');
    await press(page, `[id="${first}"]`);
    await audit(page, 'crisis-move-selected');
    // The board has chosen: the device passes to Microsoft, whose choice ends the turn.
    await chooseMove(page, 'dom', rng(6));
    await scene(page, 'privacy');
    expect(await page.locator('#privacy-ready').textContent()).toContain('Microsoft');
    await press(page, '#privacy-ready');
    await scene(page, 'crisis');
    await waitCrisisReady(page);
    expect(await page.locator('#a11y main h1').textContent()).toContain('Microsoft');
    await chooseMove(page, 'dom', rng(7));
    // With motion, the turn resolves step by step (and can be skipped).
    expect(await page.evaluate(() => !!document.getElementById('res-skip') && !document.getElementById('res-continue'))).toBe(true);
    await page.waitForTimeout(800);
    await shoot(page, 'crisis-resolution-animating');
    await playToEndInPage(page, rng(2), { explore: true });
    const h = await endingHeading(page);
    expect(h.length).toBeGreaterThan(3);
    await page.waitForTimeout(1000);
    await audit(page, 'ending');
    expect(await page.locator('#a11y main h2').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    expect(site.missing).toEqual([]);
    await context.close();
  }, 300_000); // a whole hot-seat game with motion: up to 163 s here with the machine loaded nine deep

  it('plays the board to an ending by keyboard alone, with visible focus', async () => {
    const { page, errors, context } = await open();
    await tabTo(page, '#title-new');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await scene(page, 'party');
    await tabTo(page, '#party-board');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('party-board')?.getAttribute('aria-pressed') === 'true');
    // Focus stays on the card after toggling it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('party-board');
    await tabTo(page, '#party-start');
    await page.keyboard.press('Enter');
    await scene(page, 'crisis');
    const played = await playToEnd(page, 'keyboard', rng(11));
    expect(played[0]).toBe('board.remove-ceo');
    await endingHeading(page);
    await tabTo(page, '#ending-title');
    await page.keyboard.press('Enter');
    await scene(page, 'title');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('plays the employees to an ending by mouse', async () => {
    const { page, errors, context } = await open();
    await newGame(page, ['employees'], 'mouse');
    await scene(page, 'crisis');
    await playToEnd(page, 'mouse', rng(21));
    await endingHeading(page);
    await clickCanvas(page, '#ending-again');
    await scene(page, 'party');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  for (const [party, seed] of [['microsoft', 31], ['salesforce', 41], ['altman', 51]] as const) {
    it(`plays ${party} to an ending through the DOM layer`, async () => {
      const { page, errors, context } = await open();
      await newGame(page, [party]);
      await scene(page, 'crisis');
      // Every card and option is opened along the way: each text must fit its box.
      const played = await playToEndInPage(page, rng(seed), { explore: true });
      expect(played.length).toBeGreaterThan(0);
      expect(played.every((m) => m.startsWith(`${party}.`))).toBe(true);
      await endingHeading(page);
      // Every party's score is listed.
      expect(await page.locator('#a11y main h2 + ul li, #a11y main section ul li').count()).toBeGreaterThanOrEqual(7);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('plays under a changed rulebook: switches chosen by keyboard and mouse hold from the start to the ending', async () => {
    const { page, errors, context } = await open();
    await press(page, '#title-new');
    await scene(page, 'party');
    await press(page, '#party-microsoft');
    // The rulebook opens from its button, after the parties and before Start in the focus order.
    expect(await page.locator('#rules-open').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[id^="rule-"]').count()).toBe(0);
    await tabTo(page, '#rules-open');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('rules-open')?.getAttribute('aria-expanded') === 'true');
    const order = await page.evaluate(() => [...document.querySelectorAll('#a11y button')].map((b) => b.id));
    expect(order.indexOf('party-altman')).toBeLessThan(order.indexOf('rules-open'));
    expect(order.indexOf('rules-open')).toBeLessThan(order.indexOf('rule-none'));
    expect(order.indexOf('rule-board-explains')).toBeLessThan(order.indexOf('party-start'));
    // Nine toggles ("As in 2023" and the eight switches), each named by its visible title, none on yet.
    expect(await page.locator('button[id^="rule-"][aria-pressed]').count()).toBe(9);
    expect(await page.locator('#rule-none').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#rule-notice-required').textContent()).toBe(t('switch.notice-required.title', 'en'));
    const described = await page.evaluate(() => {
      const id = document.getElementById('rule-notice-required')?.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(described).toBe(t('switch.notice-required.explain', 'en'));
    // Keyboard: Tab to a switch and press Space; focus stays on it, with a visible ring.
    await tabTo(page, '#rule-notice-required');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('rule-notice-required')?.getAttribute('aria-pressed') === 'true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule-notice-required');
    expect(await focusVisible(page)).toBe(true);
    // Mouse on the canvas: the second switch.
    await clickCanvas(page, '#rule-no-tender');
    await page.waitForFunction(() => document.getElementById('rule-no-tender')?.getAttribute('aria-pressed') === 'true');
    expect(await page.locator('#rule-none').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('button[id^="rule-"][aria-pressed="true"]').count()).toBe(2);
    await audit(page, 'party-rulebook');
    // Closing the panel keeps the choice (and the briefing comes back).
    await press(page, '#rules-open');
    await page.waitForFunction(() => document.getElementById('rules-open')?.getAttribute('aria-expanded') === 'false');
    await press(page, '#rules-open');
    await page.waitForFunction(() => document.getElementById('rule-no-tender')?.getAttribute('aria-pressed') === 'true');
    await tabTo(page, '#party-start');
    await page.keyboard.press('Enter');
    await scene(page, 'crisis');
    expect(await waitCrisisReady(page)).toBe('choose');
    const label = `Rulebook: ${t('switch.notice-required.title', 'en')}, ${t('switch.no-tender.title', 'en')}`;
    expect(await page.locator('#rulebook').textContent()).toBe(label);
    const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), SAVE_KEY);
    expect(saved?.state?.rules).toEqual(['notice-required', 'no-tender']);
    await audit(page, 'crisis-rulebook');
    await playToEndInPage(page, rng(61));
    await endingHeading(page);
    expect(await page.locator('#ending-rulebook').textContent()).toBe(label);
    await page.waitForTimeout(1000);
    await audit(page, 'ending-rulebook');
    // A new game starts as in 2023 again.
    await press(page, '#ending-again');
    await scene(page, 'party');
    await press(page, '#party-salesforce');
    await press(page, '#party-start');
    await scene(page, 'crisis');
    expect(await page.locator('#rulebook').textContent()).toBe(`Rulebook: ${t('switch.none', 'en')}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('refuses a seed that is not one, says so on the title, and still plays with a random seed', async () => {
    for (const bad of ['1'.repeat(310), 'abc']) {
      const w = await openPage(browser);
      await w.page.goto(`${site.url}?seed=${bad}`);
      await waitFlow(w.page, ['title']);
      expect(await w.page.locator('#seed-refused').textContent()).toContain('4294967295');
      await press(w.page, bad === 'abc' ? '#title-watch' : '#title-new');
      if (bad !== 'abc') {
        await press(w.page, '#party-board');
        await press(w.page, '#party-start');
      }
      await waitFlow(w.page, ['prologue', 'watching', 'resolved']);
      const seed = await w.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.state?.seed, SAVE_KEY);
      expect(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295, `${bad}: ${seed}`).toBe(true);
      expect(w.errors).toEqual([]);
      await w.context.close();
    }
    // A good seed is played as asked, with nothing to say.
    const { page, context } = await open({ seed: 4294967295 });
    expect(await page.locator('#seed-refused').count()).toBe(0);
    await press(page, '#title-watch');
    await waitFlow(page, ['watching', 'resolving', 'resolved']);
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.state?.seed, SAVE_KEY)).toBe(4294967295);
    await context.close();
  }, 60_000);

  it('watch history plays every party on its historical line to an ending', async () => {
    const { page, errors, context } = await open();
    await press(page, '#title-watch');
    await scene(page, 'crisis');
    await press(page, '#watch-auto'); // pause the automatic playback and step by hand
    for (let i = 0; i < 80 && (await currentScene(page)) === 'crisis'; i++) {
      await page.evaluate(() => (document.getElementById('res-continue') ?? document.getElementById('watch-next'))?.click());
    }
    // History's line ends where history did, and its news carries sources.
    expect(await endingHeading(page)).toBe(t('outcome.return-new-board.title', 'en'));
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('starts and plays with storage disabled, and says saving is off', async () => {
    const init = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });`;
    const { page, errors, context } = await open({ init });
    await newGame(page, ['altman']);
    await scene(page, 'crisis');
    for (let i = 0; i < 3; i++) {
      const st = await waitCrisisReady(page);
      if (st === 'choose') await chooseMove(page, 'dom', rng(5 + i));
      else await press(page, '#res-continue');
    }
    const alert = await page.locator('[role="alert"]').textContent();
    expect(alert).toMatch(/storage/i);
    await audit(page, 'storage-disabled');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('sets a corrupt save aside, never overwrites it, and plays on; a good save then continues', async () => {
    const { page, errors, context } = await open();
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"state":{"turn":"garbage'), SAVE_KEY);
    await page.reload();
    await scene(page, 'title');
    const alert = await page.locator('[role="alert"]').textContent();
    expect(alert).toMatch(/set aside/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const aside = keys.filter((k) => k.startsWith('five-days-in-november:save:corrupt:'));
    expect(aside.length).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toBe('{"version":1,"state":{"turn":"garbage');
    expect(await page.locator('#title-continue').count()).toBe(0);
    await audit(page, 'title-corrupt-save');
    await press(page, '#notice-dismiss');
    await newGame(page, ['salesforce']);
    await scene(page, 'crisis');
    await chooseMove(page, 'dom', rng(9));
    await waitCrisisReady(page);
    // The corrupt copy is still there, and a good save sits in the main key.
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toBe('{"version":1,"state":{"turn":"garbage');
    const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), SAVE_KEY);
    expect(saved?.state?.turn).toBe(1);
    // Continue from the title.
    await page.reload();
    await scene(page, 'title');
    await press(page, '#title-continue');
    await scene(page, 'crisis');
    expect(await waitCrisisReady(page)).toBe('choose');
    expect(await page.locator('#a11y main h1').textContent()).toMatch(/Salesforce/i);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reports a full storage and keeps playing', async () => {
    const init = `(() => { const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) {
      if (String(k).endsWith(':save')) throw new DOMException('full', 'QuotaExceededError'); return set.call(this, k, v); }; })();`;
    const { page, errors, context } = await open({ init });
    await newGame(page, ['microsoft']);
    await scene(page, 'crisis');
    await chooseMove(page, 'dom', rng(3));
    // With reduced motion the whole resolution is there at once.
    expect(await page.evaluate(() => !!document.getElementById('res-continue') && !document.getElementById('res-skip'))).toBe(true);
    expect(await waitCrisisReady(page)).toBe('resolve-done');
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/full/);
    await press(page, '#res-continue');
    expect(await waitCrisisReady(page)).toBe('choose');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('in French and at the largest text size, every scene fits and passes axe', async () => {
    const { page, errors, context } = await open();
    await press(page, '#title-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await audit(page, 'fr-title');
    await press(page, '#title-settings');
    await scene(page, 'settings');
    await press(page, '#set-text');
    await press(page, '#set-text');
    await audit(page, 'fr-settings-large');
    await press(page, '#set-back');
    await scene(page, 'title');
    await audit(page, 'fr-title-large');
    await press(page, '#title-new');
    await scene(page, 'party');
    await audit(page, 'fr-party');
    // The rulebook, every switch's explanation laid out in turn, two switches on.
    await press(page, '#rules-open');
    await press(page, '#rule-notice-required');
    await press(page, '#rule-no-microsoft-offer');
    for (const id of await page.evaluate(() => [...document.querySelectorAll('[id^="rule-"]')].map((b) => b.id))) {
      await page.focus(`[id="${id}"]`);
    }
    await page.focus('#rule-no-microsoft-offer');
    expect(await page.locator('#rule-no-microsoft-offer').textContent()).toBe(t('switch.no-microsoft-offer.title', 'fr'));
    await audit(page, 'fr-party-rulebook');
    await press(page, '#party-employees');
    await press(page, '#party-start');
    await scene(page, 'crisis');
    await waitCrisisReady(page);
    expect(await page.locator('#rulebook').textContent()).toContain(t('switch.no-microsoft-offer.title', 'fr'));
    await audit(page, 'fr-crisis');
    await chooseMove(page, 'dom', rng(4));
    await waitCrisisReady(page);
    await audit(page, 'fr-resolution');
    await press(page, '#res-continue');
    await playToEndInPage(page, rng(8), { explore: true });
    await endingHeading(page);
    await page.waitForTimeout(1000);
    await audit(page, 'fr-ending');
    // The board has the longest texts (terms of a return): play it too, opening every card and option.
    await press(page, '#ending-again');
    await scene(page, 'party');
    await press(page, '#party-board');
    await press(page, '#party-start');
    await scene(page, 'crisis');
    await playToEndInPage(page, rng(12), { explore: true });
    await endingHeading(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000); // two whole games, every card and option opened: minutes on a loaded 2-core machine

  it('scales to a small and a large window: the page fits the window, no sideways scroll', async () => {
    for (const viewport of [{ width: 800, height: 600 }, { width: 1920, height: 1080 }]) {
      const { page, errors, context } = await open({ viewport });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width + 1);
      await clickCanvas(page, '#title-new');
      await scene(page, 'party');
      await shoot(page, `party-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 60_000);
});
