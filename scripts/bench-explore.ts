// Measures the explorer and the turning points in Debian's Chromium, headless, on the built page: 10,000 runs of the
// default setup in the explorer (run at once, the workers just started; again, the simulation compiled; and in a fresh
// page after 3 s of choosing, while the workers warm up), and the time from the ending screen to its turning points (a saved game one move from its end). Prints wall time, runs per
// second, and the CPU time the browser used (its processes' user + system time), with the machine's load, since
// other work on a shared machine stretches wall time but not CPU time. Asserts nothing.
// Usage: npm run bench:explore [-- --runs N]
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { nearEndingSave } from '../tests/e2e/near-ending.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10_000;
const outDir = join(tmpdir(), `bench-explore-${process.pid}`);

/** CPU seconds (user + system) used so far by this process's descendants: the browser and its renderers and workers. */
function browserCpu(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = pid, i = 0; p > 1 && i < 50; p = parent.get(p) ?? 0, i++) if (p === process.pid) return pid !== process.pid;
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (mine(pid)) sum += t;
  return sum / 100;
}

const load = () => loadavg()[0].toFixed(1);

async function exploreOnce(page: Page): Promise<{ ms: number; cpu: number; said: string }> {
  await page.fill('#explore-runs', String(runs));
  const cpu0 = browserCpu();
  const t0 = performance.now();
  await page.click('#explore-go');
  await page.waitForSelector('#explore-endings', { timeout: 600_000 });
  const ms = performance.now() - t0;
  return { ms, cpu: browserCpu() - cpu0, said: (await page.textContent('#explore-status')) ?? '' };
}

await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' }, build: { outDir } });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const openExplorer = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.waitForSelector('html[data-flow="title"]');
    await page.click('#title-explore');
    await page.waitForSelector('#explore-go');
    return page;
  };
  const report = (label: string, r: { ms: number; cpu: number; said: string }, cores: number) => {
    console.log(`explorer, ${runs} default runs (${label}): ${(r.ms / 1000).toFixed(2)} s, ${Math.round(runs / (r.ms / 1000))} runs/s; browser CPU ${r.cpu.toFixed(1)} s (${Math.round(runs / r.cpu)} runs per CPU second); load average ${load()} on ${cores} cores`);
    console.log(`  the page says: ${r.said}`);
  };
  // A player who runs at once, then again; and one who takes a few seconds to choose (the workers compile meanwhile).
  const page = await openExplorer();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  report('run at once: workers just started', await exploreOnce(page), cores);
  report('again', await exploreOnce(page), cores);
  await page.close();
  const chooser = await openExplorer();
  await chooser.waitForTimeout(3000);
  report('run after 3 s of choosing', await exploreOnce(chooser), cores);
  await chooser.close();

  // The turning points: from the ending screen on the page to the list of turning points, workers cold.
  const save = nearEndingSave('employees');
  const game = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await game.addInitScript(() => {
    const w = window as unknown as { benchTimes: Record<string, number> };
    w.benchTimes = {};
    new MutationObserver(() => {
      const t = w.benchTimes;
      if (!t.ended && document.documentElement.dataset.flow === 'ended') t.ended = performance.now();
      if (t.ended && !t.points && document.querySelector('#tp-list, #tp-none')) t.points = performance.now();
      if (t.ended && !t.odds && document.querySelector('#ending-odds-list')) t.odds = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await game.goto(url);
  await game.waitForSelector('html[data-flow="title"]');
  await game.evaluate(([k, v]) => localStorage.setItem(k, v), [save.key, save.value]);
  await game.reload();
  await game.waitForSelector('#title-continue');
  await game.click('#title-continue');
  const press = (sel: string) => game.locator(sel).first().evaluate((e: HTMLElement) => e.click());
  await game.waitForSelector('[id^="move-"]:not([aria-disabled="true"])');
  await press('[id^="move-"]:not([aria-disabled="true"])');
  if (await game.locator('[id^="opt-"]').count()) await press('[id^="opt-"]');
  await press('#end-turn');
  await game.waitForSelector('#res-continue');
  const cpu0 = browserCpu();
  await press('#res-continue');
  await game.waitForSelector('#tp-list, #tp-none', { timeout: 120_000 });
  const cpuPoints = browserCpu() - cpu0;
  await game.waitForSelector('#ending-odds-list', { timeout: 120_000 });
  const t = (await game.evaluate('window.benchTimes')) as { ended: number; points: number; odds: number };
  const count = await game.locator('#tp-list > li').count();
  console.log(`turning points: ${count} shown ${((t.points - t.ended) / 1000).toFixed(2)} s after the ending screen (workers started when the crisis opened; the ending's odds counted alongside); browser CPU ${cpuPoints.toFixed(1)} s; load average ${load()}`);
  console.log(`the ending's odds (3,000 runs) shown ${((t.odds - t.ended) / 1000).toFixed(2)} s after the ending screen`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
  rmSync(outDir, { recursive: true, force: true });
}
