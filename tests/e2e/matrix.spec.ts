// Issue 8's matrix: every scene, and every card and option of the board (with the `full-board` switch too), at six
// window sizes, three text sizes, in English and French. On each screen: no two controls overlap, none is outside the
// viewport or clipped, axe finds nothing serious or critical, no console warning; a screenshot of each is kept.
// Its own project (`npm run test:matrix`, about 35 minutes on one worker): too long for `npm test`, which checks three
// of these windows more briefly (tests/e2e/viewports.spec.ts).
import { test, expect } from './fixtures.ts';
import { axe, cutTexts, layout, shoot } from './audit.ts';
import { rng, type GamePage } from './game.page.ts';
import type { TestInfo } from '@playwright/test';

const SIZES = [
  { width: 360, height: 640, phone: true },
  { width: 390, height: 844, phone: true },
  { width: 844, height: 390, phone: true },
  { width: 800, height: 600, phone: false },
  { width: 1280, height: 720, phone: false },
  { width: 1920, height: 1080, phone: false },
];
const TEXT_SIZES = [0, 1, 2];
const FULL_BOARD_SEED = 1;
const LANGS = ['en', 'fr'] as const;

/**
 * The page's console warnings. Chromium without a GPU composites in software and reads every WebGL frame back, saying
 * so each time ("GL Driver Message ... GPU stall due to ReadPixels"): the browser's note on this machine, not the page's.
 */
const pageWarnings = (game: GamePage) => game.warnings.filter((w) => !/GL Driver Message/.test(w));

/** Everything the matrix asks of one screen. */
async function check(game: GamePage, info: TestInfo, name: string): Promise<void> {
  await game.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  const l = await layout(game.page);
  expect.soft(l.overlaps, `${name}: controls overlapping`).toEqual([]);
  expect.soft(l.offscreen, `${name}: off-screen`).toEqual([]);
  expect.soft(l.clipped, `${name}: clipped`).toEqual([]);
  expect.soft(await axe(game.page), `${name}: axe`).toEqual([]);
  expect.soft(pageWarnings(game), `${name}: console warnings`).toEqual([]);
  await shoot(game.page, info, name);
}

/** Every card of the hand on screen, and every option of each, checked. */
async function everyCard(game: GamePage, info: TestInfo, name: string): Promise<void> {
  const cards = await game.page.locator('[id^="move-"]').evaluateAll((els) => els.map((e) => e.id));
  expect(cards.length).toBeGreaterThan(0);
  for (const id of cards) {
    await game.activate(id, 'reader');
    await expect(game.control(id)).toHaveAttribute('aria-current', 'true');
    await check(game, info, `${name}-${id}`);
    const opts = await game.page.locator('[id^="opt-"]').evaluateAll((els) => els.map((e) => e.id));
    for (const o of opts) {
      await game.activate(o, 'reader');
      await game.expectOn(o);
      await check(game, info, `${name}-${id}-${o}`);
    }
  }
}

/** Open the title in this language at this text size, checking the title and settings on the way. */
async function prepare(game: GamePage, info: TestInfo, lang: string, textSize: number, seed?: number): Promise<void> {
  await game.open({ seed });
  if (lang === 'fr') {
    await game.activate('title-lang', 'reader');
    await expect(game.html).toHaveAttribute('lang', 'fr');
  }
  await game.activate('title-settings', 'reader');
  await game.at('settings');
  for (let i = 0; i < textSize; i++) await game.activate('set-text', 'reader');
  await check(game, info, 'settings');
  await game.activate('set-back', 'reader');
  await game.at('title');
  await check(game, info, 'title');
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    for (const textSize of TEXT_SIZES) {
      test.describe(`${size.width}x${size.height} ${lang} text ${textSize + 1}`, () => {
        test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone });

        test('every scene, and every card and option of the board and of Microsoft', async ({ game }, info) => {
          await prepare(game, info, lang, textSize);
          await game.activate('title-new', 'reader');
          await game.at('setup');
          await check(game, info, 'setup');
          await game.activate('party-board', 'reader');
          await game.activate('party-microsoft', 'reader');
          await game.activate('rules-open', 'reader');
          await check(game, info, 'setup-rulebook');
          await game.activate('party-start', 'reader');
          await game.at('handing-over');
          await check(game, info, 'privacy');
          await game.activate('privacy-ready', 'reader');
          await game.at('prologue');
          await everyCard(game, info, 'prologue');
          await game.chooseMove('reader', rng(1));
          await game.at('resolved');
          await check(game, info, 'resolution');
          await game.activate('res-continue', 'reader');
          await game.at('handing-over');
          await game.activate('privacy-ready', 'reader');
          await game.at('choosing');
          await everyCard(game, info, 'board');
          await game.chooseMove('reader', rng(2));
          await game.at('handing-over');
          await game.activate('privacy-ready', 'reader');
          await game.at('choosing');
          await everyCard(game, info, 'microsoft');
          await game.chooseMove('reader', rng(3));
          await game.playToEnd('reader', rng(4));
          await game.ending();
          await check(game, info, 'ending');
        });

        test('every card and option of the full board of nine', async ({ game }, info) => {
          // A seed whose removal carries with nine directors (with history's seed it fails, and the game ends at once).
          await prepare(game, info, lang, textSize, FULL_BOARD_SEED);
          await game.activate('title-new', 'reader');
          await game.at('setup');
          await game.activate('party-board', 'reader');
          await game.activate('rules-open', 'reader');
          await game.activate('rule-full-board', 'reader');
          await game.expectOn('rule-full-board');
          await check(game, info, 'setup-full-board');
          await game.activate('party-start', 'reader');
          await game.at('prologue');
          await everyCard(game, info, 'full-prologue');
          await game.chooseMove('reader', rng(5));
          await game.at('resolved');
          await check(game, info, 'full-resolution');
          await game.activate('res-continue', 'reader');
          await game.at('choosing');
          await everyCard(game, info, 'full-board');
        });
      });
    }
  }
}

// French at the largest text size, the longest texts: the board plays a whole game, and every new hand on the way has
// each card, option and concept opened, checking after each that nothing overlaps, is clipped, off-screen or cut.
test.describe('1280x720 fr text 3, every hand of a game', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the board with every card, option and concept opened, hand after hand, to the ending', async ({ game }, info) => {
    await prepare(game, info, 'fr', 2);
    await game.newGame(['board']);
    const fits = async () => {
      const l = await layout(game.page);
      expect.soft(l.overlaps, 'fr-board: controls overlapping').toEqual([]);
      expect.soft(l.offscreen, 'fr-board: off-screen').toEqual([]);
      expect.soft(l.clipped, 'fr-board: clipped').toEqual([]);
      expect.soft(cutTexts(game), 'fr-board: text cut to fit').toEqual([]);
    };
    await game.playToEnd('reader', rng(12), { explore: fits });
    await game.ending();
    await fits();
  });
});
