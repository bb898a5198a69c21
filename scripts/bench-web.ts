// Measures what a player waits for: the bundle's size (the game's own JavaScript against its budget, a quarter of
// Phaser's gzip size: what the title needs first, and all of it), the time to the title screen, and the frame rate on
// the crisis scene, in Debian's Chromium. Prints figures; asserts nothing. Usage: npm run bench:web [-- --out DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : 'dist';

await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });

// Bundle: every shipped file, raw and gzip.
const assets = join(outDir, 'assets');
const gz = new Map<string, number>();
let rawJs = 0;
let gzJs = 0;
let rawAll = 0;
for (const f of readdirSync(assets)) {
  const bytes = readFileSync(join(assets, f));
  rawAll += statSync(join(assets, f)).size;
  if (f.endsWith('.js')) {
    const g = gzipSync(bytes).length;
    gz.set(`assets/${f}`, g);
    rawJs += bytes.length;
    gzJs += g;
    console.log(`  ${f.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  gzip ${(g / 1024).toFixed(1).padStart(7)} kB`);
  }
}
console.log(`bundle: JavaScript ${(rawJs / 1024).toFixed(0)} kB (${(gzJs / 1024).toFixed(0)} kB gzip); all assets ${(rawAll / 1024).toFixed(0)} kB`);

// The game's own JavaScript against its budget: at most a quarter of Phaser's gzip size. "Initial" is what the title
// needs (the entry and every chunk it imports statically); French adds its interface texts; "total" is every chunk.
type Chunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const isPhaser = (c: Chunk) => /(^|\/)phaser[-.]/.test(c.file);
const closure = (keys: string[], into = new Set<string>()) => {
  for (const k of keys) {
    if (into.has(k)) continue;
    into.add(k);
    closure(manifest[k].imports ?? [], into);
  }
  return into;
};
const gzOf = (keys: Iterable<string>) => [...keys].map((k) => manifest[k]).filter((c) => c.file.endsWith('.js') && !isPhaser(c)).reduce((n, c) => n + (gz.get(c.file) ?? 0), 0);
const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const initial = closure(entry);
const french = closure(Object.keys(manifest).filter((k) => /src\/text\/(ui|screens)\.fr\.ts$/.test(k)), new Set(initial));
const phaser = Object.values(manifest).filter(isPhaser).reduce((n, c) => n + (gz.get(c.file) ?? 0), 0);
const budget = phaser / 4;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const verdict = (n: number) => `${kb(n)} gzip ${n <= budget ? '<=' : '>'} budget ${kb(budget)} (a quarter of Phaser's ${kb(phaser)})${n <= budget ? '' : '  OVER BUDGET'}`;
console.log(`game JavaScript, initial (the title, English): ${verdict(gzOf(initial))}`);
console.log(`game JavaScript, initial (the title, French):  ${verdict(gzOf(french))}`);
console.log(`game JavaScript, total (every screen, both languages): ${kb(gzOf(Object.keys(manifest)))} gzip`);

const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' }, build: { outDir } });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // Waited for by locator: the page's content security policy refuses a function sent as text (no eval).
  const scene = (p: import('playwright-core').Page, ...names: string[]) =>
    p.locator(names.map((n) => `#a11y main[data-scene="${n}"]`).join(', ')).waitFor({ state: 'attached', timeout: 30000 });
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const t0 = Date.now();
    await page.goto(url);
    await scene(page, 'title');
    loads.push(Date.now() - t0);
    await page.close();
  }
  loads.sort((a, b) => a - b);
  console.log(`load to the title screen: median ${loads[2]} ms (runs: ${loads.join(', ')} ms)`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await scene(page, 'title');
  // The DOM layer's buttons sit under the canvas for the mouse; press them as assistive technology does.
  const press = (sel: string) => page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), sel);
  await press('#title-new');
  await scene(page, 'party');
  await press('#party-board');
  await press('#party-start');
  await scene(page, 'crisis', 'privacy');
  await page.waitForTimeout(1000);
  // Passed as text: tsx would wrap a function with helpers the page does not have.
  const fps = (await page.evaluate(`new Promise((resolve) => {
    let frames = 0, worst = 0, last = performance.now();
    const start = last;
    const tick = (now) => {
      frames++;
      worst = Math.max(worst, now - last);
      last = now;
      if (now - start < 3000) requestAnimationFrame(tick);
      else resolve({ fps: (frames * 1000) / (now - start), worstMs: worst });
    };
    requestAnimationFrame(tick);
  })`)) as { fps: number; worstMs: number };
  console.log(`crisis scene: ${fps.fps.toFixed(1)} frames per second over 3 s, worst frame ${fps.worstMs.toFixed(1)} ms`);
  const mem = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : 0')) as number;
  if (mem) console.log(`crisis scene: JavaScript heap ${(mem / 1048576).toFixed(0)} MB`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
