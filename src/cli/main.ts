// Shared by the commands: a usage error or a refused input is one clear line on standard error and exit code 2;
// anything else is a bug, reported in one line too (no stack trace for the user) with exit code 1.
import { UsageError } from './args.ts';
import { loadAllTexts } from '../text/index.ts';

/** One line, whatever the message holds. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

export function warn(text: string): void {
  process.stderr.write(`warning: ${oneLine(text)}\n`);
}

export function runCli(body: () => { error: string } | null | Promise<{ error: string } | null>): void {
  // Output piped into a reader that stops early (`| head`) ends the program quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`error: cannot write the output: ${oneLine(e.message)}\n`);
    process.exit(1);
  });
  // Every language's texts first: the command line has no page to load them as they are needed.
  loadAllTexts()
    .then(body)
    .then((r) => {
      if (r && 'error' in r) {
        process.stderr.write(`error: ${oneLine(r.error)}\n`);
        process.exitCode = 2;
      }
    })
    .catch((e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${oneLine(e.message)}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`internal error: ${oneLine(String((e as Error)?.message ?? e))}\n`);
        process.exitCode = 1;
      }
    });
}
