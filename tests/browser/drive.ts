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

export async function waitCrisisReady(page: Page, skip?: How): Promise<'choose' | 'resolve-done' | 'left'> {
  for (let i = 0; i < 400; i++) {
    const st = await crisisState(page);
    if (st === 'choose' || st === 'resolve-done') return st;
    if (st === 'resolving' && skip) {
      await activate(page, skip, '#res-skip').catch(() => undefined);
      continue;
    }
    const sc = await currentScene(page);
    if (sc !== 'crisis' && sc !== null && sc !== 'boot') return 'left';
    await page.waitForTimeout(25);
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
  // The card shows as chosen (a mouse click is handled on the canvas's next frame).
  await page.waitForFunction((mid) => document.getElementById(mid)?.getAttribute('aria-current') === 'true' && !!document.getElementById('end-turn'), id, { polling: 20 });
  const opts = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')].map((b) => b.id));
  if (opts.length > 0) {
    const o = opts[Math.floor(pick() * opts.length)];
    await activate(page, how, byId(o));
    await page.waitForFunction((oid) => document.getElementById(oid)?.getAttribute('aria-pressed') === 'true', o, { polling: 20 });
  }
  const ready = await page
    .waitForFunction(() => document.getElementById('end-turn')?.getAttribute('aria-disabled') !== 'true', undefined, { polling: 20, timeout: 5000 })
    .then(() => true, () => false);
  if (!ready) throw new Error(`end turn stayed disabled after choosing ${id}`);
  await activate(page, how, '#end-turn');
  return id.slice('move-'.length);
}

/** Play from the crisis scene to the ending. Returns the moves played. */
export async function playToEnd(page: Page, how: How, pick: () => number, maxTurns = 30): Promise<string[]> {
  const played: string[] = [];
  // Each pass either chooses a move, passes the device, or continues after a resolution.
  for (let step = 0; step < maxTurns * 3; step++) {
    const st = await waitCrisisReady(page, how);
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
    await page.waitForFunction(() => !document.getElementById('res-continue'), undefined, { polling: 20 });
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
    const r = await page.evaluate(
      ([a, b, explore]) => {
        const cut = (window as unknown as { __overflowed?: string[] }).__overflowed ?? [];
        if (cut.length) return { state: 'overflow', move: cut.join(' | ') };
        const main = document.querySelector<HTMLElement>('#a11y main');
        const sc = main?.dataset.scene ?? 'none';
        if (sc === 'privacy') {
          document.getElementById('privacy-ready')?.click();
          return { state: 'privacy', move: '' };
        }
        if (sc !== 'crisis') return { state: sc, move: '' };
        document.getElementById('res-skip')?.click();
        const cont = document.getElementById('res-continue');
        if (cont) {
          cont.click();
          return { state: 'continued', move: '' };
        }
        const moves = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((el) => el.getAttribute('aria-disabled') !== 'true');
        if (moves.length === 0) return { state: 'waiting', move: '' };
        const cards = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')];
        const sig = cards.map((el) => `${el.id}:${el.getAttribute('aria-disabled') ?? ''}`).join(',');
        const w = window as unknown as { __explored?: Set<string> };
        w.__explored ??= new Set();
        if (explore && !w.__explored.has(sig)) {
          // Open every card, and every option of it, once for each hand of cards met, so each text is laid out.
          w.__explored.add(sig);
          const ids = cards.map((el) => el.id);
          for (const id of ids) {
            document.getElementById(id)?.click();
            const n = document.querySelectorAll('[id^="opt-"]').length;
            for (let k = 0; k < n; k++) document.getElementById(`opt-${k}`)?.click();
            const concepts = [...document.querySelectorAll<HTMLElement>('[id^="concept-"]')].map((el) => el.id);
            for (const cid of concepts) document.getElementById(cid)?.click();
            // Close the last one: the options come back.
            if (concepts.length) document.getElementById(concepts[concepts.length - 1])?.click();
          }
          const more = document.getElementById('moves-more');
          if (more) more.click();
          const after = (window as unknown as { __overflowed?: string[] }).__overflowed ?? [];
          if (after.length) return { state: 'overflow', move: after.join(' | ') };
        }
        const moves2 = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((el) => el.getAttribute('aria-disabled') !== 'true');
        if (moves2.length === 0) return { state: 'waiting', move: '' };
        const m = moves2[Math.floor(a * moves2.length)];
        m.click();
        const opts = [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')];
        if (opts.length) opts[Math.floor(b * opts.length)].click();
        const end = document.getElementById('end-turn');
        if (!end || end.getAttribute('aria-disabled') === 'true') return { state: 'stuck', move: m.id };
        end.click();
        return { state: 'played', move: m.id.slice('move-'.length) };
      },
      [pick(), pick(), !!opts.explore] as const,
    );
    if (r.state === 'overflow') throw new Error(`text did not fit: ${r.move}`);
    if (r.state === 'ending') return played;
    if (r.state === 'stuck') throw new Error(`end turn stayed disabled after choosing ${r.move}`);
    if (r.state === 'played') played.push(r.move);
    if (r.state !== 'played' && r.state !== 'continued') await page.waitForTimeout(30);
  }
  throw new Error('no ending reached');
}
