// npm run sim -- [--seed N] [--play PARTY=POLICY ...] [--rules SWITCH,...] [--moves FILE] [--json] [--share] [--debrief FILE.md] [--lang en|fr] [--help]
// npm run sim -- --replay CODE_OR_FILE [--branch TURN [--moves FILE] [--rules SWITCH]] [--json] [--share]
import { formatMessage } from '../content/index.ts';
import { IllegalMoveError } from '../sim/engine.ts';
import { runGame } from '../sim/run.ts';
import { encodeRun, runOf } from '../share/index.ts';
import { parseSimArgs, SIM_USAGE } from './args.ts';
import { runCli, warn } from './main.ts';
import { neverPlayed, readMovesFile } from './moves-file.ts';
import { replayCommand } from './replay.ts';
import { writeDebrief } from './debrief-file.ts';
import { simReport, timelineText } from './report.ts';

runCli(() => {
  const args = parseSimArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(SIM_USAGE);
    return null;
  }
  if (args.replay !== null) return replayCommand(args);
  const moves = args.movesFile ? readMovesFile(args.movesFile) : [];
  let state;
  try {
    state = runGame({ seed: args.seed, rules: args.rules, policies: args.policies, moves });
  } catch (e) {
    if (e instanceof IllegalMoveError) {
      return { error: `illegal move at turn ${e.turn}: ${e.played.party} cannot play ${e.played.move}: ${formatMessage(e.reason, args.lang)}` };
    }
    throw e;
  }
  for (const line of neverPlayed(moves, state)) warn(line);
  if (args.debriefFile) {
    const failed = writeDebrief(state, moves, args.debriefFile, args.lang);
    if (failed) return failed;
  }
  process.stdout.write(args.json ? JSON.stringify(simReport(state, args.policies, args.lang)) + '\n' : timelineText(state, args.policies, args.lang) + '\n');
  if (args.share) process.stdout.write(encodeRun(runOf(state)) + '\n');
  return null;
});
