// Two tabs of one browser, for real (Debian's Chromium, Web Locks): the first holds the right to write the save, the
// second reads it, says it is open elsewhere and writes nothing; when the first closes, the second takes over.
// The storage modules are served by a Vite dev server to a blank page of the same origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: ViteDevServer;
let browser: Browser;
let context: BrowserContext;
let url: string;

beforeAll(async () => {
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    cacheDir: mkdtempSync(join(tmpdir(), 'fdin-vite-')),
    // ESM packages are served as they are: no dependency scan that would reload the page mid-test.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0];
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  context = await browser.newContext();
  await context.route(`${url}tab`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>tab</title>' }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A tab that claims the right to write and keeps a save store, as the game does at start. */
async function openTab(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}tab`);
  // As a string: vitest rewrites import() in functions it compiles, and this one runs in the page.
  await page.evaluate(`(async () => {
    const { claimWriteLock } = await import('/src/storage/write-lock.ts');
    const { SaveStore, SAVE_KEY } = await import('/src/storage/save.ts');
    const sim = await import('/src/sim/index.ts');
    const lock = claimWriteLock();
    const store = new SaveStore(undefined, Date.now, lock);
    const game = (seed) => {
      const controllers = Object.fromEntries(sim.PARTIES.map((p) => [p, p === 'employees' ? 'human' : 'default']));
      return { humans: ['employees'], mode: 'play', state: sim.newGame({ seed, rules: [], controllers }) };
    };
    window.t = { lock, store, game, key: SAVE_KEY, status: await lock.ready };
  })()`);
  return page;
}

const savedSeed = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem((window as any).t.key) ?? 'null')?.state.seed ?? null);

describe('two tabs of the game', () => {
  it('one writes, the other says so and never writes; closing the first lets the second take over', async () => {
    const first = await openTab();
    expect(await first.evaluate(() => 'locks' in navigator)).toBe(true);
    expect(await first.evaluate(() => (window as any).t.status)).toBe('writer');
    expect(await first.evaluate(() => (window as any).t.store.save((window as any).t.game(1)))).toBeNull();

    const second = await openTab();
    expect(await second.evaluate(() => (window as any).t.status)).toBe('reader');
    expect(await second.evaluate(() => (window as any).t.store.mayWrite)).toBe(false);
    expect(await second.evaluate(() => (window as any).t.store.load().save.state.seed)).toBe(1);
    expect(await second.evaluate(() => (window as any).t.store.save((window as any).t.game(2)))).toEqual({ kind: 'other-tab' });
    await second.evaluate(() => (window as any).t.store.clear());
    expect(await savedSeed(second)).toBe(1);

    await first.close();
    await second.waitForFunction(() => (window as any).t.lock.status === 'writer');
    expect(await second.evaluate(() => (window as any).t.store.save((window as any).t.game(2)))).toBeNull();
    expect(await savedSeed(second)).toBe(2);
    await second.close();
  });
});
