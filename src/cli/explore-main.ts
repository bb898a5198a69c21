// npm run explore -- [--runs N] [--seed S] [--play ...] [--rules ...] [--workers K] [--json] [--help]
// Built to dist-cli/explore.js; the worker threads run dist-cli/explore-worker.js.
import { availableParallelism } from 'node:os';
import { exploreUsage, parseExploreArgs } from './args.ts';
import { explore, exploreText } from './explore.ts';
import { runCli } from './main.ts';

runCli(async () => {
  const cores = availableParallelism();
  const args = parseExploreArgs(process.argv.slice(2), cores);
  if (args.help) {
    process.stdout.write(exploreUsage(cores));
    return null;
  }
  const report = await explore(args);
  process.stdout.write(args.json ? JSON.stringify(report) + '\n' : exploreText(report, Math.min(args.workers, args.runs)) + '\n');
  return null;
});
