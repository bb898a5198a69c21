// Command-line arguments for `npm run sim` and `npm run explore`, read by node:util parseArgs in strict mode.
// Bad input is a UsageError: one clear line, exit code 2.
import { parseArgs } from 'node:util';
import { isParty, isPolicy, isRuleSwitch, PARTIES, POLICIES, RULE_SWITCHES, type PartyId, type PolicyId, type RuleSwitch } from '../sim/ids.ts';
import { MAX_SEED, parseSeed } from '../sim/seed.ts';
import { LAST_TURN, PROLOGUE_TURN } from '../sim/clock.ts';
import { MID_GAME_SWITCHES } from '../share/format.ts';
import { LANGS, type Lang } from '../text/keys.ts';

export class UsageError extends Error {}

export interface CommonArgs {
  /** --help or -h was given: print the usage and do nothing else. */
  help: boolean;
  seed: number;
  rules: RuleSwitch[];
  policies: Record<PartyId, PolicyId>;
  json: boolean;
}

export interface SimArgs extends CommonArgs {
  movesFile: string | null;
  /** --share: print the run's share code as the last line. */
  share: boolean;
  /** --replay: a share code, a page address holding one, or a downloaded run file. */
  replay: string | null;
  /** --branch: the turn of the replayed run's main line that a new branch starts from. */
  branch: number | null;
  /** --debrief FILE: write the run's debrief there, as Markdown. */
  debriefFile: string | null;
  /** --lang: the language of the timeline, the JSON's texts and the debrief. */
  lang: Lang;
}

export interface ExploreArgs extends CommonArgs {
  runs: number;
  workers: number;
}

/** A value as typed, on one line: control characters escaped, long texts cut short. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 36)}…` : text);
}

const COMMON_OPTIONS = {
  seed: { type: 'string' },
  play: { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SIM_OPTIONS = {
  ...COMMON_OPTIONS,
  moves: { type: 'string' },
  share: { type: 'boolean' },
  replay: { type: 'string' },
  branch: { type: 'string' },
  debrief: { type: 'string' },
  lang: { type: 'string' },
} as const;
const EXPLORE_OPTIONS = { ...COMMON_OPTIONS, runs: { type: 'string' }, workers: { type: 'string' } } as const;

/** Options that take one value: given twice, which one was meant is unclear, so it is refused. */
const ONCE = new Set(['seed', 'moves', 'runs', 'workers', 'replay', 'branch', 'debrief', 'lang']);
/** Options whose value may be a negative number ("--seed -1"), which parseArgs would take for an option. */
const NUMERIC = new Set(['--seed', '--runs', '--workers', '--branch']);

/** parseArgs' own messages, said as this program says things. */
function usageErrorOf(e: unknown): UsageError {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown argument ${quoted(flag)} (--help lists the arguments)`);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return new UsageError(`${flag} takes no value`);
    if (/ambiguous/.test(message)) return new UsageError(`${flag} needs a value (one that starts with a dash is written ${flag}=VALUE)`);
    return new UsageError(`${flag} needs a value`);
  }
  return new UsageError(message.split('\n')[0]);
}

type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * Runs parseArgs and returns its values, with the PARTY=POLICY words that follow a --play ("--play board=hawk
 * employees=dove") gathered into `play`. Any other word that is not an option is refused.
 */
function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>): Values {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (NUMERIC.has(argv[i]) && /^-[\d.]/.test(argv[i + 1] ?? '')) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: joined, options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw usageErrorOf(e);
  }
  const values = parsed.values as Values;
  const play: string[] = [];
  const seen = new Set<string>();
  let afterPlay = false;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      if (ONCE.has(token.name) && seen.has(token.name)) throw new UsageError(`--${token.name} was given twice: give it once`);
      seen.add(token.name);
      afterPlay = token.name === 'play';
      if (afterPlay) play.push(token.value ?? '');
    } else if (token.kind === 'positional' && afterPlay) play.push(token.value);
    else if (token.kind === 'positional') throw new UsageError(`unexpected argument ${quoted(token.value)} (--help lists the arguments)`);
    else afterPlay = false;
  }
  values.play = play;
  return values;
}

function parsePlay(specs: string[]): Record<PartyId, PolicyId> {
  const policies = {} as Record<PartyId, PolicyId>;
  for (const p of PARTIES) policies[p] = 'default';
  for (const spec of specs) {
    const m = /^([a-z]+)=([a-z]+)$/.exec(spec);
    if (!m) throw new UsageError(`--play takes PARTY=POLICY (for example board=hawk or all=historical), not ${quoted(spec)}`);
    const [, party, policy] = m;
    if (!isPolicy(policy)) throw new UsageError(`unknown policy "${policy}" (policies: ${POLICIES.join(', ')})`);
    if (party === 'all') for (const p of PARTIES) policies[p] = policy;
    else if (isParty(party)) policies[party] = policy;
    else throw new UsageError(`unknown party "${party}" (parties: ${PARTIES.join(', ')}, or all)`);
  }
  return policies;
}

/** Every --rules list, merged: "--rules a --rules b" is "--rules a,b". */
function parseRules(lists: string[]): RuleSwitch[] {
  const out: RuleSwitch[] = [];
  for (const list of lists) {
    const names = list.split(',').map((s) => s.trim());
    if (names.every((n) => n === '')) throw new UsageError('--rules needs a comma-separated list of switches');
    for (const r of names.filter(Boolean)) {
      if (!isRuleSwitch(r)) throw new UsageError(`unknown rulebook switch ${quoted(r)} (switches: ${RULE_SWITCHES.join(', ')})`);
      if (!out.includes(r)) out.push(r);
    }
  }
  return out;
}

function seedOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const r = parseSeed(text);
  if (!r.ok) throw new UsageError(`--seed: ${r.message}`);
  return r.seed;
}

/** A whole number from min to max, written in digits. */
function count(flag: string, text: string, min: number, max: number, why: string): number {
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  throw new UsageError(`${flag} must be a whole number from ${min} to ${max}${why}, not ${quoted(text)}`);
}

function common(values: Values): CommonArgs {
  return {
    help: false,
    seed: seedOf(values.seed as string | undefined),
    rules: parseRules((values.rules as string[] | undefined) ?? []),
    policies: parsePlay(values.play as string[]),
    json: values.json === true,
  };
}

const HELP_ONLY = (): CommonArgs => ({ ...common({ play: [] }), help: true });

export function parseSimArgs(argv: string[]): SimArgs {
  const values = parse(argv, SIM_OPTIONS);
  if (values.help) return { ...HELP_ONLY(), movesFile: null, share: false, replay: null, branch: null, debriefFile: null, lang: 'en' };
  const movesFile = (values.moves as string | undefined) ?? null;
  if (movesFile === '') throw new UsageError('--moves needs a file name');
  const debriefFile = (values.debrief as string | undefined) ?? null;
  if (debriefFile === '') throw new UsageError('--debrief needs a file name');
  const lang = (values.lang as string | undefined) ?? 'en';
  if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not ${quoted(lang)}`);
  return { ...common(values), movesFile, share: values.share === true, ...replayArgs(values), debriefFile, lang: lang as Lang };
}

/**
 * --replay and --branch. A replayed run brings its own seed, rulebook and seats, so --seed and --play cannot go with
 * it; a branch takes its moves from --moves and may turn on one switch with --rules (one that can change mid-game).
 */
function replayArgs(values: Values): { replay: string | null; branch: number | null } {
  const replay = (values.replay as string | undefined) ?? null;
  const branchText = values.branch as string | undefined;
  if (replay === null) {
    if (branchText !== undefined) throw new UsageError('--branch needs --replay CODE_OR_FILE: it branches a shared run');
    return { replay, branch: null };
  }
  if (replay.trim() === '') throw new UsageError('--replay needs a code, a page address or a file name');
  for (const flag of ['seed', 'play'] as const) {
    const given = flag === 'play' ? (values.play as string[]).length > 0 : values.seed !== undefined;
    if (given) throw new UsageError(`--${flag} cannot go with --replay: the shared run holds its own seed, rulebook and seats`);
  }
  if (branchText === undefined) {
    if (values.moves !== undefined || values.rules !== undefined) throw new UsageError('--moves and --rules go with --replay only to play a branch: add --branch TURN');
    return { replay, branch: null };
  }
  if (!/^-?[0-9]+$/.test(branchText) || Number(branchText) < PROLOGUE_TURN || Number(branchText) > LAST_TURN) {
    throw new UsageError(`--branch must be a turn from ${PROLOGUE_TURN} (the prologue) to ${LAST_TURN}, not ${quoted(branchText)}`);
  }
  const rules = parseRules((values.rules as string[] | undefined) ?? []);
  const wrong = rules.find((r) => !(MID_GAME_SWITCHES as readonly string[]).includes(r));
  if (wrong || rules.length > 1) {
    throw new UsageError(`a branch turns on at most one switch that can change mid-game (${MID_GAME_SWITCHES.join(', ')}), not ${quoted(wrong ?? rules.join(','))}`);
  }
  return { replay, branch: Number(branchText) };
}

export function parseExploreArgs(argv: string[], cores: number): ExploreArgs {
  const values = parse(argv, EXPLORE_OPTIONS);
  if (values.help) return { ...HELP_ONLY(), runs: 0, workers: 0 };
  const args = common(values);
  const runs = values.runs === undefined ? 1000 : count('--runs', values.runs as string, 1, MAX_SEED + 1, ' (one game per seed)');
  if (args.seed + runs - 1 > MAX_SEED) {
    const highest = MAX_SEED - runs + 1;
    throw new UsageError(`--runs ${runs} from --seed ${args.seed} would pass the largest seed, ${MAX_SEED}: start at --seed ${highest}${highest ? ' or lower' : ''}`);
  }
  const workers = values.workers === undefined ? cores : count('--workers', values.workers as string, 1, cores, ` (this machine has ${cores} cores)`);
  return { ...args, runs, workers };
}

/** Words filled into lines no wider than the help's other lines, each indented to the descriptions' column. */
function wrap(words: string, indent = 27, width = 110): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words.split(' ')) {
    if (line && indent + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

const PLAY_HELP = `  --play PARTY=POLICY ...  how simulated parties choose (default: default for all). Several may follow one --play,
                           and --play may be given again: later words win. Policies:
${wrap(POLICIES.join(', '))}. Parties:
${wrap(PARTIES.join(', '))}, or all.
  --rules SWITCH,...       what-if rulebook switches; given twice, the lists add up. Switches:
${wrap(RULE_SWITCHES.join(', '))}`;

export const SIM_USAGE = `Usage: npm run sim -- [options]
       npm run sim -- --replay CODE_OR_FILE [--branch TURN [--moves FILE] [--rules SWITCH]] [--json] [--share]

Plays one game of Five Days in November and prints it as a timeline, or as one JSON object.

Options:
  --seed N                 the game's seed, a whole number from 0 to ${MAX_SEED} (default 1)
${PLAY_HELP}
  --moves FILE             a JSON list of { "turn": n, "party": id, "move": id, "params": {...} } that a party
                           plays at those turns (turn -1 is the board's prologue); an illegal move stops the run
                           with the rule in words; a move the game never reached is named in a warning
  --json                   print one JSON object instead of the timeline (each turn with why every number changed)
  --share                  print the run's share code as the last line (the game opens it after "#" in its address)
  --replay CODE_OR_FILE    replay a shared run (a code, a page address holding one, or a downloaded run file) and
                           print its main line as it was first printed; refused, with the reason, if it is damaged,
                           from a newer version, or does not replay to the same game
  --branch TURN            with --replay: play a branch of its main line from TURN (-1 is the prologue), the same
                           game before it. --moves gives the branch's moves from TURN on; --rules may turn on one
                           of ${MID_GAME_SWITCHES.filter((r) => r !== 'notice-required').join(', ')} (from any turn) or notice-required (from -1 only);
                           a person's seat without a move plays default. With --share, the run's code with its
                           new branch
  --debrief FILE.md        also write the run's debrief there, as Markdown: the ending and the scores, the run beside
                           history, the turning points (played on many times: a few seconds) and questions for
                           discussion; the seat is the party the moves file plays most
  --lang en|fr             the language of the timeline, the JSON's texts and the debrief (default en)
  -h, --help               print this help and exit

Same seed, rulebook, policies and moves: same game. Bad input exits with code 2 and one line on standard error.
`;

export function exploreUsage(cores: number): string {
  return `Usage: npm run explore -- [options]

Plays many games on consecutive seeds in worker threads and prints each ending's share, each party's mean
score and the turns at which the games ended (median, 10th and 90th percentile).

Options:
  --runs N                 how many games (default 1000), on seeds S, S+1, ... up to ${MAX_SEED} at most
  --seed S                 the first seed, a whole number from 0 to ${MAX_SEED} (default 1)
  --workers K              worker threads, from 1 to this machine's core count, ${cores} (default ${cores});
                           the counts are the same for any number of workers
${PLAY_HELP}
  --json                   print one JSON object instead of the table
  -h, --help               print this help and exit

Bad input exits with code 2 and one line on standard error.
`;
}
