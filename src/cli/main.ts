// Shared by the commands: a usage error or a refused input is one clear line on standard error and exit code 2;
// anything else is a bug, reported in one line too (no stack trace for the user) with exit code 1.
import { UsageError } from './args.ts';

export function runCli(body: () => { error: string } | null | Promise<{ error: string } | null>): void {
  Promise.resolve()
    .then(body)
    .then((r) => {
      if (r && 'error' in r) {
        process.stderr.write(`error: ${r.error}\n`);
        process.exitCode = 2;
      }
    })
    .catch((e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`internal error: ${(e as Error)?.message ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
