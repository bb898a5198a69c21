// Browser test harness: builds the site once, serves dist/ from a sub-path with a plain static server (as any
// static host would), and drives Debian's Chromium through playwright-core.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');
/** The site is served under a sub-path to prove the build works away from the root. */
export const BASE_PATH = '/games/five-days/';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let built: Promise<void> | null = null;
/** One production build per test run. */
export function buildOnce(): Promise<void> {
  if (!built) {
    built = (async () => {
      const { build } = await import('vite');
      await build({ root: ROOT, logLevel: 'warn', configFile: join(ROOT, 'vite.config.ts') });
    })();
  }
  return built;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface Site {
  url: string;
  close(): Promise<void>;
  /** Every path requested that was not found (a missing asset shows up here). */
  missing: string[];
}

export async function serveDist(): Promise<Site> {
  const missing: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(BASE_PATH)) {
      missing.push(url.pathname);
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(BASE_PATH.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(DIST, rel));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      missing.push(url.pathname);
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    missing,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** Texts each page reported as cut to fit their boxes (src/ui/widgets.ts warns on the console). */
const cutTexts = new WeakMap<Page, string[]>();
const CUT = 'Text cut to fit:';

/** A fresh context (fresh storage) and page, recording every console error and page error. */
export async function openPage(
  browser: Browser,
  opts: { reducedMotion?: boolean; init?: string; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    reducedMotion: opts.reducedMotion === false ? 'no-preference' : 'reduce',
    locale: opts.locale ?? 'en-US',
  });
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const errors: string[] = [];
  const cut: string[] = [];
  cutTexts.set(page, cut);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning' && m.text().startsWith(CUT)) cut.push(m.text().slice(CUT.length).trim());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  return { page, context, errors };
}

export async function scene(page: Page, key: string, timeout = 15000): Promise<void> {
  await page.waitForSelector(`#a11y main[data-scene="${key}"]`, { state: 'attached', timeout });
}

export async function currentScene(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector<HTMLElement>('#a11y main')?.dataset.scene ?? null);
}

/** Activate a DOM-layer button the way assistive technology does (a click event on the element). */
export async function press(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector);
  await el.waitFor({ state: 'attached', timeout: 10000 });
  await el.evaluate((b: HTMLElement) => b.click());
}

/** Click on the canvas where the control is drawn; checks that the pointer really lands on the canvas. */
/** A real mouse click at the middle of a control, checking nothing covers it (the text is the page: DOM controls). */
export async function clickCanvas(page: Page, selector: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const at = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      return { x, y, hit: hit ? (el === hit || el.contains(hit) ? 'self' : hit.tagName) : null };
    }, selector);
    if (!at) {
      await page.waitForTimeout(25);
      continue;
    }
    if (at.hit !== 'self') {
      // Scrolled out of view or under another panel: bring it into view, as a player would, and try again.
      await page.locator(selector).first().scrollIntoViewIfNeeded().catch(() => undefined);
      if (attempt > 20) throw new Error(`a click at ${selector} would land on ${at.hit}, not the control`);
      await page.waitForTimeout(25);
      continue;
    }
    await page.mouse.click(at.x, at.y);
    return;
  }
  throw new Error(`${selector} never appeared`);
}

/** Press Tab until the focused element matches, then return the number of presses. Throws if never reached. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<number> {
  for (let i = 0; i < max; i++) {
    const ok = await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);
    if (ok) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused control shows a visible focus ring. */
export async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const cs = getComputedStyle(el);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

export async function axe(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.addScriptTag({ content: readFileSync(AXE_PATH, 'utf8') });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

export const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Save a screenshot and measure it: how many distinct colours, and how much differs from the background. */
export async function shoot(page: Page, name: string): Promise<{ colours: number; nonBackground: number }> {
  mkdirSync(RESULTS, { recursive: true });
  const buf = await page.screenshot({ path: join(RESULTS, `${name}.png`) });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const cv = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = cv.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const seen = new Set<number>();
    let nonBg = 0;
    let total = 0;
    const bg = [data[0], data[1], data[2]];
    for (let i = 0; i < data.length; i += 4 * 7) {
      total++;
      seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) nonBg++;
    }
    return { colours: seen.size, nonBackground: nonBg / total };
  }, buf.toString('base64'));
}

/** Texts that did not fit their boxes so far on this page. */
export function overflowed(page: Page): string[] {
  return [...(cutTexts.get(page) ?? [])];
}

/** The state of the game's flow now on screen (`<html data-flow>`); null while the screen changes. */
export async function flowState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.flow ?? null);
}

/** Wait until one of these flow states is on screen, and return it. */
export async function waitFlow(page: Page, states: readonly string[], timeout = 15000): Promise<string> {
  const h = await page.waitForFunction((ss) => {
    const f = document.documentElement.dataset.flow;
    return f && ss.includes(f) ? f : null;
  }, states, { timeout, polling: 'raf' });
  return (await h.jsonValue()) as string;
}

/** A small seeded generator so the tests' move picks are the same every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
