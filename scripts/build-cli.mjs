// Builds the command line to JavaScript with esbuild: dist-cli/sim.js, dist-cli/explore.js, dist-cli/balance.js and
// their worker threads dist-cli/explore-worker.js and dist-cli/balance-worker.js, each one self-contained file that
// plain `node` starts, with no TypeScript compiler at run time. `node scripts/build-cli.mjs --if-stale` rebuilds only
// when a source file it was built from (or this script) changed since, which costs a few milliseconds of file dates;
// without the flag it always builds.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist-cli');
const STAMP = join(OUT_DIR, 'build-inputs.json');
const ENTRIES = {
  sim: 'src/cli/sim.ts',
  explore: 'src/cli/explore-main.ts',
  'explore-worker': 'src/cli/explore-thread.ts',
  balance: 'src/cli/balance-main.ts',
  'balance-worker': 'src/cli/balance-thread.ts',
};

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
};

/** True when dist-cli is missing, or older than any file that went into it. */
export function isStale() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return true;
  }
  const built = stamp.builtAt;
  const outputs = Object.keys(ENTRIES).map((name) => join(OUT_DIR, `${name}.js`));
  if (outputs.some((f) => modified(f) === Infinity)) return true;
  return [fileURLToPath(import.meta.url), ...stamp.inputs.map((f) => join(ROOT, f))].some((f) => modified(f) > built);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  // Built beside dist-cli's files, then each moved into place at once: a command started meanwhile (or a second
  // build at the same time) never reads a half-written file.
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = mkdtempSync(join(OUT_DIR, '.build-'));
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      metafile: true,
      logLevel: 'warning',
    });
    for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(OUT_DIR, f));
    // The stamp is written last: a build that stopped half-way is stale.
    writeFileSync(STAMP, JSON.stringify({ builtAt: startedAt, inputs: Object.keys(result.metafile.inputs) }, null, 1));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) {
    try {
      await buildCli();
    } catch {
      // esbuild has already printed what it could not build.
      process.exit(1);
    }
  }
}
