// Measures issue 8's budgets in Debian's Chromium (headless, software WebGL) against the production build, and prints
// each with its figure, its budget, and `ok` or `OVER BUDGET`:
//   1. the crisis screen during resolutions (motion on, paced by the flow): 58 frames/s or more, p99 frame <= 20 ms;
//   2. the title interactive (New game on the page and answering a click) within 1 s, median of 5 loads;
//   3. the JavaScript heap grows 10% or less across ten games played in one page;
//   4. a click shows (input to the next paint, Event Timing API) within 100 ms, for each control a game goes through;
//   5. the game's own JavaScript the title needs, in English and in French, at most a quarter of Phaser's gzip size.
// Asserts nothing (the tests do); the load average is printed beside the figures, since the machine is shared.
// Usage: npm run bench:web [-- --out DIR] [-- --only frames,clicks,...]
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { bundleBudgets } from './bench-web/bundle.ts';
import { clicksBudget } from './bench-web/clicks.ts';
import { framesBudget } from './bench-web/frames.ts';
import { titleBudget } from './bench-web/load.ts';
import { memoryBudget } from './bench-web/memory.ts';
import { verdict, type Budget } from './bench-web/report.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const outDir = arg('--out') ?? 'dist';
const only = arg('--only')?.split(',');
const wanted = (name: string) => !only || only.includes(name);
const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');

console.log(`load average at the start: ${load()}`);
await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
const budgets: Budget[] = wanted('bundle') ? bundleBudgets(outDir) : [];

const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' }, build: { outDir } });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const measures: [string, () => Promise<Budget>][] = [
    ['title', () => titleBudget(browser, url)],
    ['frames', () => framesBudget(browser, url)],
    ['clicks', () => clicksBudget(browser, url)],
    ['memory', () => memoryBudget(browser, url)],
  ];
  for (const [name, measure] of measures) if (wanted(name)) budgets.push(await measure());
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
console.log(`\nissue 8's budgets (${new Date().toISOString().slice(0, 10)}; load average at the end: ${load()}):`);
for (const b of budgets) console.log(verdict(b));
