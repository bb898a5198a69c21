// Playing the game through its DOM layer: by assistive-technology clicks, by keyboard alone, or by mouse on the canvas.
import type { Page } from 'playwright-core';
import { clickCanvas, currentScene, focusVisible, press, scene, tabTo } from './harness.ts';

export type How = 'dom' | 'keyboard' | 'mouse';

const byId = (id: string) => `[id="${id}"]`;

async function activate(page: Page, how: How, selector: string): Promise<void> {
  if (how === 'dom') return press(page, selector);
  if (how === 'mouse') return clickCanvas(page, selector);
  await tabTo(page, selector);
  if (!(await focusVisible(page))) throw new Error(`focus on ${selector} is not visible`);
  await page.keyboard.press('Enter');
}

/** What the crisis scene is waiting for right now. */
async function crisisState(page: Page): Promise<'choose' | 'resolve-done' | 'resolving' | 'other'> {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('#a11y main');
    if (main?.dataset.scene !== 'crisis') return 'other';
    if (document.getElementById('res-continue')) return 'resolve-done';
    if (document.getElementById('res-skip')) return 'resolving';
    if (document.querySelector('[id^="move-"]')) return 'choose';
    return 'other';
  });
}

export async function waitCrisisReady(page: Page): Promise<'choose' | 'resolve-done' | 'left'> {
  for (let i = 0; i < 200; i++) {
    const st = await crisisState(page);
    if (st === 'choose' || st === 'resolve-done') return st;
    const sc = await currentScene(page);
    if (sc !== 'crisis' && sc !== null && sc !== 'boot') return 'left';
    await page.waitForTimeout(50);
  }
  throw new Error('the crisis scene never became ready');
}

/** Choose one move for the party in the chair (the pick function chooses among the playable ones). */
export async function chooseMove(page: Page, how: How, pick: () => number): Promise<string> {
  const enabled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((b) => b.getAttribute('aria-disabled') !== 'true').map((b) => b.id),
  );
  if (enabled.length === 0) throw new Error('no playable move offered');
  const id = enabled[Math.floor(pick() * enabled.length)];
  await activate(page, how, byId(id));
  // Options, if the move takes them.
  await page.waitForFunction(() => !!document.getElementById('end-turn'));
  const opts = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')].map((b) => b.id));
  if (opts.length > 0) {
    const o = opts[Math.floor(pick() * opts.length)];
    await activate(page, how, byId(o));
    await page.waitForFunction((oid) => document.getElementById(oid)?.getAttribute('aria-pressed') === 'true', o);
  }
  const endDisabled = await page.evaluate(() => document.getElementById('end-turn')?.getAttribute('aria-disabled') === 'true');
  if (endDisabled) throw new Error(`end turn stayed disabled after choosing ${id}`);
  await activate(page, how, '#end-turn');
  return id.slice('move-'.length);
}

/** Play from the crisis scene to the ending. Returns the moves played. */
export async function playToEnd(page: Page, how: How, pick: () => number, maxTurns = 30): Promise<string[]> {
  const played: string[] = [];
  for (let turn = 0; turn < maxTurns + 2; turn++) {
    const st = await waitCrisisReady(page);
    if (st === 'left') {
      const sc = await currentScene(page);
      if (sc === 'ending') return played;
      if (sc === 'privacy') {
        await activate(page, how, '#privacy-ready');
        await scene(page, 'crisis');
        continue;
      }
      throw new Error(`left the crisis for ${sc}`);
    }
    if (st === 'choose') {
      played.push(await chooseMove(page, how, pick));
      continue;
    }
    await activate(page, how, '#res-continue');
    await page.waitForFunction(() => !document.getElementById('res-continue'));
  }
  throw new Error(`no ending after ${maxTurns} turns`);
}
