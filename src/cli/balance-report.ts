// docs/balance.md from a balance report: how it was made, one table per seat, and the three checks of issue 6.
import { OUTCOMES } from '../sim/index.ts';
import type { BalanceReport, SeatReport, StrategyStats } from './balance.ts';

export interface RunInfo {
  command: string;
  date: string;
  elapsedMs: number;
  workers: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const score = (s: StrategyStats) => `${s.mean.toFixed(1)} ± ${s.se.toFixed(1)}`;

function topEndings(s: StrategyStats, n = 3): string {
  return OUTCOMES.filter((o) => s.endings[o] > 0)
    .sort((a, b) => s.endings[b] - s.endings[a])
    .slice(0, n)
    .map((o) => `${o} ${pct(s.endings[o])}`)
    .join(', ');
}

function seatSection(s: SeatReport): string[] {
  const lines = [`### ${s.seat}`, '', `Best ending for this seat: \`${s.bestEnding}\`. \`best\` is \`${s.bestIs}\`.`, ''];
  lines.push('| strategy | mean score ± s.e. | wins | top endings |', '|---|---|---|---|');
  for (const st of s.strategies) lines.push(`| ${st.name === 'best' ? '**best**' : st.name} | ${score(st)} | ${pct(st.wins)} | ${topEndings(st)} |`);
  lines.push('');
  for (const st of s.strategies.filter((x) => x.name !== 'best')) lines.push(`- \`${st.name}\`: ${st.does}.`);
  const d = s.bestOverPassive;
  lines.push(
    '',
    `\`best\` over \`passive\`, seed by seed: ${d.diff >= 0 ? '+' : ''}${d.diff.toFixed(1)} ± ${d.se.toFixed(1)}. ` +
      `Search: ${s.search.linesTried} lines tried; on the training seeds the top line by score averaged ${s.search.trainByScore.mean.toFixed(1)} ` +
      `(wins ${pct(s.search.trainByScore.wins)}), the top line by wins won ${pct(s.search.trainByWins.wins)}.`,
    '',
  );
  return lines;
}

export function balanceMarkdown(r: BalanceReport, run: RunInfo): string {
  const seeds = `${r.reportSeeds.first}..${r.reportSeeds.first + r.reportSeeds.count - 1}`;
  const train = `${r.trainingSeeds.first}..${r.trainingSeeds.first + r.trainingSeeds.count - 1}`;
  const out = [
    '# Balance: agency in every seat',
    '',
    `Made by \`${run.command}\` on ${run.date} in ${(run.elapsedMs / 1000).toFixed(0)} s on ${run.workers} worker ${run.workers === 1 ? 'thread' : 'threads'}. ` +
      'Re-run it after any change to the model: the figures are the same for the same code whatever the number of workers ' +
      '(only this line changes).',
    '',
    `Each playable seat is played by the strategies below, every other party by its \`default\` policy, on the ${r.reportSeeds.count} ` +
      `report seeds ${seeds}. For each: the seat's mean score (\`scoresFor\`, 0 to 100) with its standard error, "wins" (the share ` +
      "of seeds that reach the seat's best ending, the one its base scores rank highest) and the commonest endings.",
    '',
    '## The strategies',
    '',
    "- `passive`: the seat's quiet move every turn (the board: stay silent; the staff: keep working; Microsoft, Altman: wait; " +
      'Salesforce: watch), else its first legal move (so the board removes the CEO abruptly, as in 2023).',
    "- `historical`, `hawk`, `dove`: the seat's own policies of those names; `default` (what the simulation plays in an empty seat) is shown for reference.",
    '- `thinking`: a hand-written strategy for the seat that reads only what the seat can see (never the hidden strength of the board\'s ' +
      'reasons), its variants tried by hand on the training seeds only.',
    '- `line` and `line-wins`: fixed lines of play found by search. A line is a priority list of the seat\'s moves, each with the option ' +
      'to take (the n-th legal one) and how many times at most; each turn the seat plays the first entry that is legal and not used up, ' +
      'else its quiet move. A line never reads the game, only which moves are legal.',
    `  The search tried every "always this move" line and ${r.search.randomLines} random lines, then ${r.search.rounds} rounds of ` +
      `mutations (${r.search.mutantsPerParent} per parent) of the best by mean score and the best by wins; each line was played on the ` +
      `first third of the ${r.trainingSeeds.count} training seeds (${train}) and the most promising on all of them. \`line\` is the ` +
      'top line by mean score on the training seeds, `line-wins` the top line by wins (shown when it differs). Their figures here are ' +
      'on the report seeds, which the search never saw.',
    '- `best`: of all the strategies above, the one with the highest mean on the report seeds (chosen among a handful on the same ' +
      'seeds, so a little optimistic; each candidate\'s own figure is honest).',
    '',
    '## Summary',
    '',
    '| seat | passive | historical | hawk | dove | best | best is | best − passive |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of r.seats) {
    const get = (n: string) => s.strategies.find((x) => x.name === n)!;
    const d = s.bestOverPassive;
    out.push(
      `| ${s.seat} | ${get('passive').mean.toFixed(1)} | ${get('historical').mean.toFixed(1)} | ${get('hawk').mean.toFixed(1)} | ${get('dove').mean.toFixed(1)} | ` +
        `${get('best').mean.toFixed(1)} | ${s.bestIs} | ${d.diff >= 0 ? '+' : ''}${d.diff.toFixed(1)} ± ${d.se.toFixed(1)} |`,
    );
  }
  out.push('', '## The requirements of issue 6', '');
  const words: Record<string, string> = {
    'thoughtful-beats-passive': 'A thoughtful strategy beats the passive one in every seat (by more than two standard errors of the paired difference)',
    'board-best-45': "The board's best strategy averages 45 or more",
    'no-line-wins-60': "No seat has a fixed line of play that wins (reaches that seat's best ending) in more than 60% of seeds",
  };
  for (const c of r.checks) out.push(`- **${c.pass ? 'PASS' : 'FAIL'}**: ${words[c.id]}. ${capital(c.detail)}.`);
  out.push('', '## Per seat', '');
  for (const s of r.seats) out.push(...seatSection(s));
  return out.join('\n');
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
