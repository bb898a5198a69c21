// `npm test`: type checking, the unit tests and studies (Vitest), and the browser suite (@playwright/test in Debian's
// Chromium), then one closing line "N passed, N failed" that any CI can read. Exits non-zero on any failure.
// The browser suite starts first and runs beside the rest (its waits on the page leave the cores free for a while);
// its report is printed when it ends. Arguments are passed to Vitest; `--no-browser` skips the browser suite.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const args = process.argv.slice(2);
const browser = !args.includes('--no-browser');
const vitestArgs = args.filter((a) => a !== '--no-browser');

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

// The `desktop` project is the suite (`matrix`, every screen at six sizes, runs on its own: `npm run test:matrix`).
const pwLog = 'test-results/playwright.log';
const pwDone = browser
  ? new Promise((resolve) => {
      const out = createWriteStream(pwLog);
      const child = spawn('npx', ['playwright', 'test', '--project=desktop'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.pipe(out);
      child.stderr.pipe(out);
      child.on('close', (code) => out.end(() => resolve(code ?? 1)));
    })
  : null;

if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.log('type check failed');
  failed += 1;
  ok = false;
}

const vitestReport = 'test-results/vitest.json';
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`, ...vitestArgs]);
try {
  const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests;
} catch {
  console.log('vitest wrote no report');
  failed += 1;
}
if (vitest !== 0) ok = false;

if (pwDone) {
  const pw = await pwDone;
  console.log(`\nBrowser suite (${pwLog}):`);
  process.stdout.write(readFileSync(pwLog, 'utf8'));
  try {
    // The JSON reporter's path is set in playwright.config.ts.
    const s = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } catch {
    console.log('playwright wrote no report');
    failed += 1;
  }
  if (pw !== 0) ok = false;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
