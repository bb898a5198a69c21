// The debrief and the classroom in the browser: a class session's game, continued from a save one turn before its
// ending, shows the debrief (scores, the run beside history, questions), hands in its code and file, downloads the
// Markdown handout, and prints without controls; a teacher sets up a session and gets its link and QR code, a student
// opens the link, and the class's codes pasted, chosen as a file and dropped give a summary, exported as CSV and shown
// on the projector.
import { test, expect } from './fixtures.ts';
import { rng } from './game.page.ts';
import { audit } from './audit.ts';
import { classRun, lastTurnOf } from '../classroom/runs.ts';
import { encodeSession, type ClassSession } from '../../src/classroom/session.ts';
import { decodeRun, encodeRun, runFile, runOf } from '../../src/share/index.ts';
import { SAVE_VERSION } from '../../src/storage/save.ts';

const SESSION: ClassSession = { seed: 4242, rules: [], seats: ['board', 'employees'], devices: 'each' };

test('a class run’s debrief: scores, history beside it, questions, its code handed in, the Markdown, a clean print', async ({ game, page }, info) => {
  const state = lastTurnOf(SESSION, ['board'], 5);
  await game.openAt(`#class=${encodeSession(SESSION)}`, { version: SAVE_VERSION, savedAt: new Date().toISOString(), humans: ['board'], mode: 'play', state });
  await expect(game.control('class-session')).toContainText('4242');
  await game.activate('title-continue', 'reader');
  await game.playToEnd('reader', rng(3));
  await game.debrief();
  const questions = await page.locator('#questions li').count();
  expect(questions).toBeGreaterThanOrEqual(5);
  expect(questions).toBeLessThanOrEqual(8);
  await expect(page.locator('#scores li')).toHaveCount(7);
  await expect(page.locator('#beside-history .tl-turn').first()).toContainText('Source:');
  await audit(game, info, 'debrief');

  // The hand-in: the run's code replays to this very game, and the file holds the same run.
  const code = await game.control('hand-in-code').inputValue();
  const replayed = decodeRun(code);
  expect(replayed.ok && replayed.state.seed === SESSION.seed && replayed.state.outcome !== null).toBe(true);
  const file = await game.downloadOf('hand-in-file');
  expect(decodeRun(file.text)).toMatchObject({ ok: true, run: replayed.ok ? replayed.run : null });

  const md = await game.downloadOf('debrief-markdown');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toMatch(/^# Five Days in November: debrief/);
  expect(md.text).toContain(await game.heading().innerText());
  expect(md.text).toContain((await page.locator('#questions li').first().innerText()).trim());

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('button:visible, input:visible, textarea:visible, canvas:visible').count()).toBe(0);
  await expect(game.control('questions')).toBeVisible();
  const ink = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('#questions li')!).color]);
  expect(ink).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('questions')!).breakBefore)).toBe('page');
});

test('a teacher hands out a session by link and QR code, a student opens it, codes and files give the class summary, as CSV', async ({ game, page, browser }, info) => {
  await game.open();
  await game.activate('title-teach', 'reader');
  await game.at('classroom');
  await game.page.locator('#class-seed').fill('4242');
  await game.page.locator('#class-seed').press('Enter');
  await game.activate('class-seat-employees', 'reader');
  await game.expectOn('class-seat-employees');
  await expect(game.control('class-code')).toHaveText(encodeSession(SESSION));
  const link = await game.control('class-link').inputValue();
  expect(link).toMatch(/#class=c1\.[\w-]+$/);
  await expect(page.locator('svg.qr path')).toHaveAttribute('d', /^M\d/);
  await audit(game, info, 'classroom-setup');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await game.activate('class-copy', 'mouse');
  await expect(game.control('class-link-said')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.qr')).toBeVisible();
  await expect(page.locator('.link-text')).toHaveText(link);
  await expect(page.locator('#class-seed')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // A student on a device of her own: the game offers the session's seats only, with its seed.
  const student = await (await browser.newContext()).newPage();
  await student.goto(link);
  await student.locator('html[data-flow="title"]').waitFor({ state: 'attached' });
  await expect(student.locator('#class-session')).toContainText('4242');
  await student.locator('#title-new').click();
  await expect(student.locator('#party-board')).toBeVisible();
  await expect(student.locator('#party-microsoft')).toHaveCount(0);
  await student.context().close();

  // Two runs handed in, one twice, and a broken code: two counted, one left out with its reason.
  const codes = [classRun(SESSION, ['board'], 1), classRun(SESSION, ['employees'], 2)].map((s) => encodeRun(runOf(s)));
  await game.activate('class-tab-gather', 'reader');
  await page.locator('#class-paste').fill([codes[0], codes[1], codes[0], 'v1.notacode'].join('\n'));
  await game.activate('class-add', 'reader');
  await expect(game.control('class-status')).toHaveText('Runs counted: 2. Left out: 1. Handed in twice, counted once: 1.');
  await expect(page.locator('#class-runs tbody tr')).toHaveCount(2);
  await expect(page.locator('#class-refused')).toContainText('damaged');
  // A third run chosen as a file, and the same file dropped on the box: counted once.
  const third = runFile(runOf(classRun(SESSION, ['board'], 3)));
  await page.locator('#class-files').setInputFiles({ name: 'third.json', mimeType: 'application/json', buffer: Buffer.from(third) });
  await expect(page.locator('#class-runs tbody tr')).toHaveCount(3);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'again.json', { type: 'application/json' }));
    document.getElementById('class-handins')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, third);
  await expect(game.control('class-status')).toHaveText('Runs counted: 3. Left out: 1. Handed in twice, counted once: 2.');
  await expect(page.locator('#class-spread-progress')).toHaveCount(0, { timeout: 60_000 });
  // The spread was played in the simulation workers, not by the page.
  await expect(page.locator('#class-spread-on-page')).toHaveCount(0);
  await audit(game, info, 'classroom-summary');
  const csv = await game.downloadOf('class-csv');
  expect(csv.name).toMatch(/\.csv$/);
  for (const c of codes) expect(csv.text.split('\r\n').filter((l) => l.includes(c))).toHaveLength(1);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await game.activate('class-projector', 'reader');
  await expect(page.locator('.projector #class-endings')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});
