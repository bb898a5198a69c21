// Vitest global setup: builds dist-cli/ (if a source changed since the last build) before any test runs, once, so
// the command-line tests run the same JavaScript that `npm run sim` and `npm run explore` start.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit' });
}
