// The one layer of text in Chromium: the screens laid out at a phone, a landscape phone, 800x600 and a wide screen
// (nothing overlapping, off-screen, under 44 px or under 14 px), a held key that never plays a turn, a stage that
// draws nothing while idle, and New game that asks before it replaces a save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildOnce, launch, openPage, rng, scene, serveDist, shoot, waitFlow, type Site } from './harness.ts';
import { playToEndInPage } from './drive.ts';
import { problems } from './layout-checks.ts';

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

const settingsInit = (lang: string, textSize: number) =>
  `window.__name = (f) => f; localStorage.setItem('five-days-in-november:settings', JSON.stringify({ lang: '${lang}', sound: false, reducedMotion: true, textSize: ${textSize} }));`;

async function toChoosing(page: Page, atSetup?: () => Promise<void>): Promise<void> {
  await page.click('#title-new');
  await waitFlow(page, ['setup']);
  await page.click('#party-board');
  if (atSetup) {
    await page.click('#rules-open');
    await page.click('#rule-no-tender');
    await atSetup();
  }
  await page.click('#party-start');
  await waitFlow(page, ['prologue']);
  await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().click();
  await page.click('#opt-0');
  await page.click('#end-turn');
  await waitFlow(page, ['resolved']);
  await page.click('#res-continue');
  await waitFlow(page, ['choosing']);
}

describe('one layer of text over the stage', () => {
  const cases: [number, number, string, number][] = [[360, 640, 'en', 0], [844, 390, 'en', 0], [800, 600, 'fr', 1], [1920, 1080, 'en', 0], [360, 640, 'fr', 2]];
  for (const [width, height, lang, size] of cases) {
    it(`lays out title, seats and the crisis at ${width}x${height} (${lang}, text size ${size + 1})`, async () => {
      const { page, context, errors } = await openPage(browser, { viewport: { width, height }, init: settingsInit(lang, size) });
      await page.goto(site.url);
      await scene(page, 'title');
      const found: string[] = [];
      const look = async (name: string) => {
        found.push(...(await problems(page)).map((p) => `${name}: ${p}`));
        await shoot(page, `screens-${width}x${height}-${lang}-${size}-${name}`);
      };
      await look('title');
      await toChoosing(page, () => look('seats'));
      const card = page.locator('[id^="move-"]:not([aria-disabled="true"])').nth(1);
      await card.click();
      expect(await card.getAttribute('aria-current')).toBe('true');
      const concept = page.locator('[id^="concept-"]').first();
      if (await concept.count()) await concept.click();
      await look('choosing');
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }

  it('a held Enter plays one turn at most, and after Continue the focus is on what happened', async () => {
    const { page, context } = await openPage(browser, { init: settingsInit('en', 0) });
    await page.goto(site.url);
    await scene(page, 'title');
    await toChoosing(page);
    await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().click();
    const opt = page.locator('#opt-0');
    if (await opt.count()) await opt.click();
    await page.focus('#end-turn');
    await page.keyboard.down('Enter');
    await waitFlow(page, ['resolved', 'ended']);
    for (let i = 0; i < 30; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    const turns = await page.evaluate(() => JSON.parse(localStorage.getItem('five-days-in-november:save') ?? 'null')?.state?.log?.length);
    expect(turns).toBe(2);
    await page.click('#res-continue');
    await waitFlow(page, ['choosing', 'ended']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('last-turn-h');
    await context.close();
  }, 60_000);

  it('draws nothing while idle on the crisis screen', async () => {
    const init = `${settingsInit('en', 0)} window.__frames = 0; const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((t) => { window.__frames++; cb(t); });`;
    const { page, context } = await openPage(browser, { init });
    await page.goto(site.url);
    await scene(page, 'title');
    await toChoosing(page);
    await page.waitForTimeout(800);
    const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    expect(after - before).toBeLessThanOrEqual(2);
    await context.close();
  }, 60_000);

  it('New game asks before it replaces a saved run', async () => {
    const { page, context } = await openPage(browser, { init: settingsInit('en', 0) });
    await page.goto(site.url);
    await scene(page, 'title');
    await toChoosing(page);
    await page.click('#crisis-menu');
    await scene(page, 'title');
    await page.click('#title-new');
    expect(await page.evaluate(() => document.documentElement.dataset.flow)).toBe('title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('title-confirm-no');
    await page.click('#title-confirm-no');
    expect(await page.locator('#title-continue').count()).toBe(1);
    await page.click('#title-new');
    await page.click('#title-confirm-yes');
    await waitFlow(page, ['setup']);
    await context.close();
  }, 60_000);
});

describe('memory', () => {
  it('holds the heap and the DOM flat over games played in one page', async () => {
    const { page, context, errors } = await openPage(browser, { init: settingsInit('en', 0) });
    await page.goto(site.url);
    await scene(page, 'title');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
      return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
    };
    const seen: { heap: number; nodes: number }[] = [];
    for (let g = 0; g < 6; g++) {
      await page.click('#title-new');
      await waitFlow(page, ['setup']);
      await page.click('#party-microsoft');
      await page.click('#party-start');
      // waitFlow, not scene(): an element handle kept by the test would keep its screen alive.
      await waitFlow(page, ['prologue', 'choosing', 'resolving', 'resolved']);
      await playToEndInPage(page, rng(40 + g));
      await waitFlow(page, ['ended']);
      // Measured on the title, whose page is the same after every game.
      await page.click('#ending-title');
      await waitFlow(page, ['title']);
      seen.push(await measure());
    }
    // After the first two games (caches, fonts, the stage's first textures), nothing grows by more than 10%.
    console.log('memory after each game (JS heap bytes, DOM nodes):', JSON.stringify(seen));
    const base = seen[1];
    const last = seen[seen.length - 1];
    expect(last.heap, JSON.stringify(seen)).toBeLessThanOrEqual(base.heap * 1.1);
    expect(last.nodes, JSON.stringify(seen)).toBeLessThanOrEqual(base.nodes * 1.1);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
