// npm run balance -- [--seeds N] [--train N] [--workers K] [--json] [--out FILE] [--help]
// Built to dist-cli/balance.js; the worker threads run dist-cli/balance-worker.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './args.ts';
import { balance, publicReport, REPORT_FIRST_SEED } from './balance.ts';
import { balanceMarkdown } from './balance-report.ts';
import { runCli } from './main.ts';

const DEFAULT_OUT = 'docs/balance.md';

export function balanceUsage(cores: number): string {
  return `Usage: npm run balance -- [options]

Plays each playable seat with named strategies (passive, historical, hawk, dove, a hand-written one, fixed lines
found by search, and the best of them) against default opponents, and writes the tables to ${DEFAULT_OUT}.

  --seeds N     report seeds 1001 to 1000+N (default 1000)
  --train N     training seeds 1 to N (N at most 1000) for the search for fixed lines (default 300)
  --workers K   worker threads, 1 to ${cores} (default ${cores}); the figures do not depend on it
  --json        print the report as JSON on standard output and write no page (unless --out is given)
  --out FILE    where to write the page (default ${DEFAULT_OUT})
  -h, --help    this text
`;
}

function count(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return Number(text);
}

export interface BalanceArgs {
  help: boolean;
  seeds: number;
  train: number;
  workers: number;
  json: boolean;
  out: string | null;
}

export function parseBalanceArgs(argv: string[], cores: number): BalanceArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seeds: { type: 'string' },
        train: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError(`${String((e as Error).message).split('\n')[0]} (--help lists the arguments)`);
  }
  const json = values.json === true;
  return {
    help: values.help === true,
    seeds: count('seeds', values.seeds, 1000, 100000),
    // Training seeds stay below the first report seed: the search never sees a game it is judged on.
    train: count('train', values.train, 300, REPORT_FIRST_SEED - 1),
    workers: count('workers', values.workers, cores, cores),
    json,
    out: values.out ?? (json ? null : DEFAULT_OUT),
  };
}

runCli(async () => {
  const cores = availableParallelism();
  const args = parseBalanceArgs(process.argv.slice(2), cores);
  if (args.help) {
    process.stdout.write(balanceUsage(cores));
    return null;
  }
  const started = performance.now();
  const report = await balance({ seeds: args.seeds, train: args.train, workers: args.workers });
  const elapsedMs = Math.round(performance.now() - started);
  if (args.out) {
    const flags = [args.seeds !== 1000 ? `--seeds ${args.seeds}` : '', args.train !== 300 ? `--train ${args.train}` : ''].filter(Boolean);
    const command = ['npm run balance', ...(flags.length ? ['--', ...flags] : [])].join(' ');
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, balanceMarkdown(report, { command, date, elapsedMs, workers: args.workers }) + '\n');
  }
  if (args.json) process.stdout.write(JSON.stringify(publicReport(report)) + '\n');
  else process.stdout.write(`${args.out}: ${report.checks.map((c) => `${c.id} ${c.pass ? 'PASS' : 'FAIL'}`).join(', ')} (${(elapsedMs / 1000).toFixed(0)} s)\n`);
  return null;
});
