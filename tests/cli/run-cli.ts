// Runs the command-line programs as a user would: a separate Node process running the built JavaScript in dist-cli/
// (tests/cli/build-cli.setup.ts builds it before the tests), from the repository's root.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(file, args, { cwd: ROOT, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** `node dist-cli/sim.js ARGS`: what `npm run sim -- ARGS` runs once the build is fresh. */
export function cli(script: 'sim' | 'explore', args: string[]): Promise<CliResult> {
  return run(process.execPath, [join('dist-cli', `${script}.js`), ...args]);
}

/** `npm run sim -- ARGS` itself, through npm: slower to start, so used only to check the scripts' wiring. */
export function npmRun(script: 'sim' | 'explore', args: string[]): Promise<CliResult> {
  return run('npm', ['run', '--silent', script, '--', ...args]);
}

/** A scratch directory for moves files. */
export function scratch(): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'fdin-cli-'));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** The bad-input contract: exit code 2, nothing on stdout, exactly one line on stderr, no stack trace. */
export function expectUsageError(r: CliResult, pattern: RegExp): void {
  const what = `stderr: ${JSON.stringify(r.stderr)}`;
  if (r.code !== 2) throw new Error(`expected exit code 2, got ${r.code}; ${what}`);
  if (r.stdout !== '') throw new Error(`expected no output on stdout, got ${JSON.stringify(r.stdout.slice(0, 200))}`);
  if (!r.stderr.endsWith('\n') || r.stderr.trimEnd().split('\n').length !== 1) throw new Error(`expected exactly one line; ${what}`);
  if (/^\s*at /m.test(r.stderr) || /\bat .*:\d+:\d+/.test(r.stderr)) throw new Error(`expected no stack trace; ${what}`);
  if (!pattern.test(r.stderr)) throw new Error(`expected ${pattern}; ${what}`);
}
