// `npm run balance`'s work: every playable seat, played by named strategies against `default` opponents, on report
// seeds that the search for good lines never saw. The command itself is balance-main.ts; the page, balance-report.ts.
import { OUTCOMES, PLAYABLE_PARTIES, type OutcomeId, type PlayablePartyId } from '../sim/index.ts';
import { bestEndingOf, type PlayResult, type PlayTask } from './balance-play.ts';
import { startPool } from './balance-pool.ts';
import { optionLabel, searchLines, SEARCH, type LineScore } from './balance-search.ts';
import { describeLine, HAND_STRATEGIES, type LineEntry, type Spec } from '../sim/strategies.ts';

export interface BalanceOptions {
  /** Report seeds: REPORT_FIRST_SEED onwards. */
  seeds: number;
  /** Training seeds for the search: 1 onwards. */
  train: number;
  workers: number;
}

export const REPORT_FIRST_SEED = 1001;
export const TRAIN_FIRST_SEED = 1;

export interface StrategyStats {
  /** passive, historical, hawk, dove, default, thinking, line, line-wins, or best. */
  name: string;
  /** What it does, in words. */
  does: string;
  /** true for a fixed line of play (it never reads the game, only which moves are legal). */
  fixed: boolean;
  mean: number;
  /** Standard error of the mean. */
  se: number;
  /** Share of seeds that reach the seat's best ending. */
  wins: number;
  endings: Record<OutcomeId, number>;
  /** Per-seed scores, kept for paired comparisons; not in the JSON. */
  scores?: number[];
  line?: LineEntry[];
}

export interface SeatReport {
  seat: PlayablePartyId;
  bestEnding: OutcomeId;
  /** Every strategy played on the report seeds, in the order of the table; `best` is last. */
  strategies: StrategyStats[];
  /** Which strategy `best` is. */
  bestIs: string;
  /** best minus passive on the same seeds, and the standard error of that paired difference. */
  bestOverPassive: { diff: number; se: number };
  search: { linesTried: number; trainByScore: { mean: number; wins: number }; trainByWins: { mean: number; wins: number } };
  /** The fixed line with the most wins on the report seeds. */
  mostWinningLine: { name: string; does: string; wins: number };
}

export interface Check {
  id: 'thoughtful-beats-passive' | 'board-best-45' | 'no-line-wins-60';
  pass: boolean;
  detail: string;
}

export interface BalanceReport {
  reportSeeds: { first: number; count: number };
  trainingSeeds: { first: number; count: number };
  search: typeof SEARCH;
  seats: SeatReport[];
  checks: Check[];
}

const range = (first: number, n: number) => Array.from({ length: n }, (_, i) => first + i);
const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

function statsOf(name: string, does: string, fixed: boolean, r: PlayResult, bestIndex: number, line?: LineEntry[]): StrategyStats {
  const n = r.scores.length;
  const mean = r.scores.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? r.scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const endings = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>;
  for (const o of r.outcomes) endings[OUTCOMES[o]] += 1 / n;
  for (const o of OUTCOMES) endings[o] = round(endings[o], 4);
  const wins = r.outcomes.filter((o) => o === bestIndex).length / n;
  return { name, does, fixed, mean: round(mean), se: round(Math.sqrt(variance / n)), wins: round(wins, 4), endings, scores: r.scores, ...(line ? { line } : {}) };
}

/** Mean and standard error of a - b, seed by seed. */
function paired(a: number[], b: number[]): { diff: number; se: number } {
  const d = a.map((x, i) => x - b[i]);
  const n = d.length;
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { diff: round(mean), se: round(Math.sqrt(variance / n)) };
}

interface Candidate {
  name: string;
  does: string;
  spec: Spec;
  fixed: boolean;
}

function candidatesOf(seat: PlayablePartyId, byScore: LineScore, byWins: LineScore): Candidate[] {
  const hand = HAND_STRATEGIES.find((h) => h.seat === seat)!;
  const out: Candidate[] = [
    { name: 'passive', does: 'the quiet move every turn (the first legal move when it is not legal)', spec: { kind: 'passive' }, fixed: true },
    { name: 'historical', does: "the seat's `historical` policy: history's moves while the game follows history, then the people as the record shows them", spec: { kind: 'policy', policy: 'historical' }, fixed: false },
    { name: 'hawk', does: "the seat's `hawk` policy", spec: { kind: 'policy', policy: 'hawk' }, fixed: false },
    { name: 'dove', does: "the seat's `dove` policy", spec: { kind: 'policy', policy: 'dove' }, fixed: false },
    { name: 'default', does: "the seat's `default` policy (what the simulation plays when nobody sits there)", spec: { kind: 'policy', policy: 'default' }, fixed: false },
    { name: 'thinking', does: `hand-written: ${hand.words}`, spec: { kind: 'hand', name: hand.name }, fixed: false },
    { name: 'line', does: `searched fixed line (highest mean on the training seeds): ${describeLine(seat, byScore.line, optionLabel)}`, spec: { kind: 'line', line: byScore.line }, fixed: true },
  ];
  if (JSON.stringify(byWins.line) !== JSON.stringify(byScore.line)) {
    out.push({ name: 'line-wins', does: `searched fixed line (most wins on the training seeds): ${describeLine(seat, byWins.line, optionLabel)}`, spec: { kind: 'line', line: byWins.line }, fixed: true });
  }
  return out;
}

export async function balance(opts: BalanceOptions): Promise<BalanceReport> {
  const pool = startPool(opts.workers);
  try {
    const trainSeeds = range(TRAIN_FIRST_SEED, opts.train);
    const reportSeeds = range(REPORT_FIRST_SEED, opts.seeds);
    // The seats' searches run side by side, so the workers always have games to play.
    const searches = await Promise.all(PLAYABLE_PARTIES.map((seat) => searchLines(pool, seat, trainSeeds)));
    const candidates = PLAYABLE_PARTIES.map((seat, i) => candidatesOf(seat, searches[i].byScore, searches[i].byWins));
    const tasks: PlayTask[] = PLAYABLE_PARTIES.flatMap((seat, i) => candidates[i].map((c) => ({ seat, spec: c.spec, seeds: reportSeeds })));
    const results = await pool.run(tasks);
    let k = 0;
    const seats = PLAYABLE_PARTIES.map((seat, i): SeatReport => {
      const bestEnding = bestEndingOf(seat);
      const bestIndex = OUTCOMES.indexOf(bestEnding);
      const stats = candidates[i].map((c) => {
        const spec = c.spec;
        return statsOf(c.name, c.does, c.fixed, results[k++], bestIndex, spec.kind === 'line' ? spec.line : undefined);
      });
      // best: the highest mean on the report seeds of all the strategies tried (the first, on a tie).
      const top = stats.reduce((a, b) => (b.mean > a.mean ? b : a));
      const passive = stats[0];
      const lines = stats.filter((s) => s.fixed);
      const most = lines.reduce((a, b) => (b.wins > a.wins ? b : a));
      const s = searches[i];
      return {
        seat,
        bestEnding,
        strategies: [...stats, { ...top, name: 'best', does: `= ${top.name}: ${top.does}` }],
        bestIs: top.name,
        bestOverPassive: paired(top.scores!, passive.scores!),
        search: {
          linesTried: s.tried,
          trainByScore: { mean: round(s.byScore.mean), wins: round(s.byScore.wins, 4) },
          trainByWins: { mean: round(s.byWins.mean), wins: round(s.byWins.wins, 4) },
        },
        mostWinningLine: { name: most.name, does: most.does, wins: most.wins },
      };
    });
    return {
      reportSeeds: { first: REPORT_FIRST_SEED, count: opts.seeds },
      trainingSeeds: { first: TRAIN_FIRST_SEED, count: opts.train },
      search: SEARCH,
      seats,
      checks: checksOf(seats),
    };
  } finally {
    await pool.close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The three requirements of issue 6, said honestly. */
export function checksOf(seats: readonly SeatReport[]): Check[] {
  const beats = seats.map((s) => ({ seat: s.seat, ...s.bestOverPassive, ok: s.bestOverPassive.diff > 2 * s.bestOverPassive.se && s.bestIs !== 'passive' }));
  const board = seats.find((s) => s.seat === 'board')!;
  const boardBest = board.strategies[board.strategies.length - 1];
  const most = seats.reduce((a, b) => (b.mostWinningLine.wins > a.mostWinningLine.wins ? b : a));
  return [
    {
      id: 'thoughtful-beats-passive',
      pass: beats.every((b) => b.ok),
      detail: beats.map((b) => `${b.seat} ${b.diff >= 0 ? '+' : ''}${b.diff.toFixed(1)} ± ${b.se.toFixed(1)}${b.ok ? '' : ' (not clearly)'}`).join('; '),
    },
    { id: 'board-best-45', pass: boardBest.mean >= 45, detail: `the board's best (${board.bestIs}) averages ${boardBest.mean.toFixed(1)}` },
    {
      id: 'no-line-wins-60',
      pass: most.mostWinningLine.wins <= 0.6,
      detail:
        `the most winning fixed line found is the ${most.seat} seat's \`${most.mostWinningLine.name}\`, winning ${pct(most.mostWinningLine.wins)}; ` +
        `each seat's most winning fixed line: ${seats.map((s) => `${s.seat} ${pct(s.mostWinningLine.wins)} (\`${s.mostWinningLine.name}\`)`).join(', ')}`,
    },
  ];
}

/** The report without the per-seed scores: what --json prints. */
export function publicReport(r: BalanceReport): BalanceReport {
  return { ...r, seats: r.seats.map((s) => ({ ...s, strategies: s.strategies.map(({ scores: _scores, ...rest }) => rest) })) };
}
