// `npm test`: type checking, then the unit tests and studies (Vitest), then the browser suite (@playwright/test in
// Debian's Chromium), then one closing line "N passed, N failed" that any CI can read. Exits non-zero on any failure.
// Arguments are passed to Vitest; `--no-browser` skips the browser suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const args = process.argv.slice(2);
const browser = !args.includes('--no-browser');
const vitestArgs = args.filter((a) => a !== '--no-browser');

if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.log('type check failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

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

if (browser) {
  // The JSON reporter's path is set in playwright.config.ts; the `desktop` project is the suite (`matrix` waits).
  const pwReport = 'test-results/playwright.json';
  const pw = run('npx', ['playwright', 'test', '--project=desktop']);
  try {
    const s = JSON.parse(readFileSync(pwReport, 'utf8')).stats;
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
