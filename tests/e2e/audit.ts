// What a player would notice on a screen, measured the same way for today's canvas screens and for DOM screens:
// axe-core's serious and critical violations, controls off-screen, clipped or on top of each other, text the page
// said it had to cut, and a screenshot kept as an artifact (with a check that it is not blank).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { GamePage } from './game.page.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation { id: string; impact: string | null; help: string; targets: string[] }

/** axe-core's serious and critical violations on the page as it is now. */
export async function axe(page: Page): Promise<Violation[]> {
  // Evaluated as the browser's tools evaluate, not added as an inline <script>, which the page's policy forbids.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type R = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<R> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }));
  });
}

export interface Layout {
  /** Controls (or their text) that reach outside the viewport where the page cannot scroll to them. */
  offscreen: string[];
  /** Visible text cut by its box (overflow hidden or clipped). */
  clipped: string[];
  /** Pairs of controls that overlap. */
  overlaps: string[];
}

/** Measure the screen's layout. Visually hidden elements (1-pixel, clipped or transparent) are left out. */
export async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const de = document.documentElement;
    const scrollY = getComputedStyle(de).overflowY !== 'hidden' && getComputedStyle(document.body).overflowY !== 'hidden';
    const maxX = vw;
    const maxY = scrollY ? Math.max(vh, de.scrollHeight) : vh;
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    const hidden = (e: Element): boolean => {
      for (let n: Element | null = e; n; n = n.parentElement) {
        const cs = getComputedStyle(n);
        if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) return true;
        if (n.classList.contains('sr-only') || (cs.clip !== 'auto' && cs.position === 'absolute')) return true;
      }
      const r = e.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1;
    };
    /** Inside a box that scrolls: reachable by scrolling it, so judged by that box instead. */
    const scroller = (e: Element): Element | null => {
      for (let n = e.parentElement; n && n !== document.body && n !== de; n = n.parentElement) {
        const cs = getComputedStyle(n);
        if (/(auto|scroll)/.test(cs.overflowY + cs.overflowX)) return n;
      }
      return null;
    };
    const out: { offscreen: string[]; clipped: string[]; overlaps: string[] } = { offscreen: [], clipped: [], overlaps: [] };
    if (de.scrollWidth > vw + 1) out.offscreen.push(`the page is ${de.scrollWidth}px wide in a ${vw}px viewport`);
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="tab"], [tabindex]:not([tabindex="-1"])')]
      .filter((e) => !hidden(e) && (e as HTMLElement).closest('[inert], [aria-hidden="true"]') === null);
    const boxes: { e: Element; r: DOMRect }[] = [];
    for (const e of controls) {
      const sc = scroller(e);
      const r = (sc ?? e).getBoundingClientRect();
      if (r.left < -1 || r.top + (scrollY ? window.scrollY : 0) < -1 || r.right > maxX + 1 || r.bottom + (scrollY ? window.scrollY : 0) > maxY + 1) {
        out.offscreen.push(`${name(e)} at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} in ${vw}x${vh}`);
      }
      if (!sc) boxes.push({ e, r: e.getBoundingClientRect() });
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.overlaps.push(`${name(a.e)} and ${name(b.e)}`);
      }
    }
    // Text clipped by its own box: an element holding text whose content is larger than a box that hides overflow.
    for (const e of document.querySelectorAll('body *')) {
      if (![...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      if (hidden(e)) continue;
      const cs = getComputedStyle(e);
      const clipsX = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      const clipsY = cs.overflowY !== 'visible' || cs.webkitLineClamp !== 'none';
      const el = e as HTMLElement;
      if ((clipsX && el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll') ||
          (clipsY && el.scrollHeight > el.clientHeight + 1 && cs.overflowY !== 'auto' && cs.overflowY !== 'scroll')) {
        out.clipped.push(name(e));
      }
    }
    return out;
  });
}

/** Save a screenshot as an artifact of the test and check that it shows something (not one flat colour). */
export async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  const buf = await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
  const shot = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const cv = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = cv.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const seen = new Set<number>();
    let other = 0;
    let total = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      total++;
      seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 30) other++;
    }
    return { colours: seen.size, drawn: other / total };
  }, buf.toString('base64'));
  expect(shot.colours, `${name} looks blank`).toBeGreaterThan(40);
  expect(shot.drawn, `${name} looks blank`).toBeGreaterThan(0.02);
}

/** Text the page itself reported as cut to fit (the canvas screens warn on the console when they shrink text too far). */
export const cutTexts = (game: GamePage) => game.warnings.filter((w) => /cut to fit|clipped|truncated/i.test(w));

/** Nothing off-screen or clipped, and no text the page had to cut. */
export async function expectFits(game: GamePage, name: string): Promise<void> {
  const l = await layout(game.page);
  expect(l.offscreen, `${name}: off-screen`).toEqual([]);
  expect(l.clipped, `${name}: clipped`).toEqual([]);
  expect(cutTexts(game), `${name}: text cut to fit`).toEqual([]);
}

/** The whole audit of a screen a player sees: axe, fit, and a screenshot kept. */
export async function audit(game: GamePage, info: TestInfo, name: string): Promise<void> {
  // Fonts and the first frames of the scene are in before the picture is taken.
  await game.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  const vs = await axe(game.page);
  expect(vs, `${name}: ${JSON.stringify(vs)}`).toEqual([]);
  await expectFits(game, name);
  await shoot(game.page, info, name);
}
