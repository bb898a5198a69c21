// Playing the game through its DOM layer: by assistive-technology clicks, by keyboard alone, or by mouse on the
// canvas. The driver waits on the flow state the page shows (`<html data-flow>`), not on which buttons exist.
import type { Page } from 'playwright-core';
import { clickCanvas, flowState, focusVisible, overflowed, press, tabTo, waitFlow } from './harness.ts';

export type How = 'dom' | 'keyboard' | 'mouse';

const byId = (id: string) => `[id="${id}"]`;
const CHOOSING = ['prologue', 'choosing', 'refused'];
/** Every state the page can show. */
const SETTLED = [...CHOOSING, 'resolving', 'resolved', 'watching', 'handing-over', 'ended', 'title', 'setup', 'settings'];

export async function activate(page: Page, how: How, selector: string): Promise<void> {
  if (how === 'dom') return press(page, selector);
  if (how === 'mouse') return clickCanvas(page, selector);
  await tabTo(page, selector);
  if (!(await focusVisible(page))) throw new Error(`focus on ${selector} is not visible`);
  await page.keyboard.press('Enter');
}

/**
 * Wait until the crisis asks for something: a choice ('choose'), Continue after a resolution ('resolve-done'), or
 * the flow left the crisis ('left'). A resolution in progress is skipped when `skip` says how, else waited out.
 */
export async function waitCrisisReady(page: Page, skip?: How): Promise<'choose' | 'resolve-done' | 'left'> {
  for (;;) {
    const st = await waitFlow(page, SETTLED, 30_000);
    if (CHOOSING.includes(st)) return 'choose';
    if (st === 'resolved') return 'resolve-done';
    if (st !== 'resolving') return 'left';
    if (skip) await activate(page, skip, '#res-skip').catch(() => undefined);
    await page.waitForFunction(() => document.documentElement.dataset.flow !== 'resolving', undefined, { polling: 'raf', timeout: 30_000 });
  }
}

/** Choose one move for the party in the chair (the pick function chooses among the playable ones). */
export async function chooseMove(page: Page, how: How, pick: () => number): Promise<string> {
  const enabled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((b) => b.getAttribute('aria-disabled') !== 'true').map((b) => b.id),
  );
  if (enabled.length === 0) throw new Error('no playable move offered');
  const id = enabled[Math.floor(pick() * enabled.length)];
  await activate(page, how, byId(id));
  // The card shows as chosen (a mouse click is handled on the canvas's next frame).
  await page.waitForFunction((mid) => document.getElementById(mid)?.getAttribute('aria-current') === 'true' && !!document.getElementById('end-turn'), id, { polling: 'raf' });
  const opts = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')].map((b) => b.id));
  if (opts.length > 0) {
    const o = opts[Math.floor(pick() * opts.length)];
    await activate(page, how, byId(o));
    await page.waitForFunction((oid) => document.getElementById(oid)?.getAttribute('aria-pressed') === 'true', o, { polling: 'raf' });
  }
  const ready = await page
    .waitForFunction(() => document.getElementById('end-turn')?.getAttribute('aria-disabled') !== 'true', undefined, { polling: 'raf', timeout: 5000 })
    .then(() => true, () => false);
  if (!ready) throw new Error(`end turn stayed disabled after choosing ${id}`);
  await activate(page, how, '#end-turn');
  // The turn is played (or the device passes on): the choice is no longer on screen.
  await page.waitForFunction(() => !['choosing', 'prologue'].includes(document.documentElement.dataset.flow ?? ''), undefined, { polling: 'raf' });
  if ((await flowState(page)) === 'refused') throw new Error(`the rules refused ${id}`);
  return id.slice('move-'.length);
}

/** Play from the crisis scene to the ending. Returns the moves played. */
export async function playToEnd(page: Page, how: How, pick: () => number, maxTurns = 30): Promise<string[]> {
  const played: string[] = [];
  // Each pass either chooses a move, passes the device, or continues after a resolution.
  for (let step = 0; step < maxTurns * 3; step++) {
    const st = await waitCrisisReady(page, how);
    if (st === 'left') {
      const f = await flowState(page);
      if (f === 'ended') return played;
      if (f === 'handing-over') {
        await activate(page, how, '#privacy-ready');
        await page.waitForFunction(() => document.documentElement.dataset.flow !== 'handing-over', undefined, { polling: 'raf' });
        continue;
      }
      throw new Error(`left the crisis for ${f}`);
    }
    if (st === 'choose') {
      played.push(await chooseMove(page, how, pick));
      continue;
    }
    await activate(page, how, '#res-continue');
    await page.waitForFunction(() => document.documentElement.dataset.flow !== 'resolved', undefined, { polling: 'raf' });
  }
  throw new Error(`no ending after ${maxTurns} turns`);
}

/**
 * Play to the ending through the DOM layer, each turn in one round trip: the same click events a screen reader
 * sends to the buttons (move card, option, end turn, continue), picked with the seeded `pick`.
 */
export async function playToEndInPage(page: Page, pick: () => number, opts: { explore?: boolean } = {}, maxSteps = 400): Promise<string[]> {
  const played: string[] = [];
  for (let i = 0; i < maxSteps; i++) {
    const cut = overflowed(page);
    if (cut.length) throw new Error(`text did not fit: ${cut.join(' | ')}`);
    const flow = await waitFlow(page, SETTLED, 30_000);
    if (flow === 'ended') return played;
    const r = await page.evaluate(
      ([a, b, explore, flowNow]) => {
        const click = (id: string) => document.getElementById(id)?.click();
        if (flowNow === 'handing-over') {
          click('privacy-ready');
          return { state: 'privacy', move: '' };
        }
        if (flowNow === 'resolving') {
          click('res-skip');
          return { state: 'skipped', move: '' };
        }
        if (flowNow === 'resolved') {
          click('res-continue');
          return { state: 'continued', move: '' };
        }
        if (!['prologue', 'choosing', 'refused'].includes(flowNow)) return { state: flowNow, move: '' };
        const cards = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')];
        const sig = cards.map((el) => `${el.id}:${el.getAttribute('aria-disabled') ?? ''}`).join(',');
        const w = window as unknown as { __explored?: Set<string> };
        w.__explored ??= new Set();
        if (explore && !w.__explored.has(sig)) {
          // Open every card, and every option of it, once for each hand of cards met, so each text is laid out.
          w.__explored.add(sig);
          for (const id of cards.map((el) => el.id)) {
            click(id);
            const n = document.querySelectorAll('[id^="opt-"]').length;
            for (let k = 0; k < n; k++) click(`opt-${k}`);
            const concepts = [...document.querySelectorAll<HTMLElement>('[id^="concept-"]')].map((el) => el.id);
            for (const cid of concepts) click(cid);
            // Close the last one: the options come back.
            if (concepts.length) click(concepts[concepts.length - 1]);
          }
          click('moves-more');
        }
        const moves = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((el) => el.getAttribute('aria-disabled') !== 'true');
        if (moves.length === 0) return { state: 'no-move', move: '' };
        const m = moves[Math.floor(a * moves.length)];
        m.click();
        const options = [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')];
        if (options.length) options[Math.floor(b * options.length)].click();
        const end = document.getElementById('end-turn');
        if (!end || end.getAttribute('aria-disabled') === 'true') return { state: 'stuck', move: m.id };
        end.click();
        return { state: 'played', move: m.id.slice('move-'.length) };
      },
      [pick(), pick(), !!opts.explore, flow] as const,
    );
    if (r.state === 'stuck') throw new Error(`end turn stayed disabled after choosing ${r.move}`);
    if (r.state === 'no-move') throw new Error('no playable move offered');
    if (r.state === 'played') played.push(r.move);
    if (['privacy', 'skipped', 'continued', 'played'].includes(r.state)) {
      // Wait for the screen to move on from the state just acted on.
      await page.waitForFunction((f) => document.documentElement.dataset.flow !== f, flow, { polling: 'raf', timeout: 30_000 });
    } else throw new Error(`left the crisis for ${r.state}`);
  }
  throw new Error('no ending reached');
}
