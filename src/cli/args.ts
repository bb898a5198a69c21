// Command-line arguments for `npm run sim` and `npm run explore`. Bad input is a UsageError: one clear line, exit 2.
import { isParty, isPolicy, isRuleSwitch, PARTIES, type PartyId, type PolicyId, type RuleSwitch } from '../sim/ids.ts';

export class UsageError extends Error {}

export interface CommonArgs {
  seed: number;
  rules: RuleSwitch[];
  policies: Record<PartyId, PolicyId>;
  json: boolean;
}

export interface SimArgs extends CommonArgs {
  movesFile: string | null;
}

export interface ExploreArgs extends CommonArgs {
  runs: number;
  workers: number;
}

function integer(flag: string, text: string | undefined, min: number): number {
  if (text === undefined || text.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not "${text}"`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${text}"`);
  return n;
}

function parsePlay(spec: string, policies: Record<PartyId, PolicyId>): void {
  const m = /^([a-z]+)=([a-z]+)$/.exec(spec);
  if (!m) throw new UsageError(`--play takes PARTY=POLICY (for example board=hawk or all=historical), not "${spec}"`);
  const [, party, policy] = m;
  if (!isPolicy(policy)) throw new UsageError(`unknown policy "${policy}" (policies: historical, default, random, hawk, dove)`);
  if (party === 'all') {
    for (const p of PARTIES) policies[p] = policy;
    return;
  }
  if (!isParty(party)) throw new UsageError(`unknown party "${party}" (parties: ${PARTIES.join(', ')}, or all)`);
  policies[party] = policy;
}

function parseRules(text: string | undefined): RuleSwitch[] {
  if (text === undefined || text.startsWith('--')) throw new UsageError('--rules needs a comma-separated list of switches');
  const out: RuleSwitch[] = [];
  for (const r of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!isRuleSwitch(r)) throw new UsageError(`unknown rulebook switch "${r}"`);
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** Parses the arguments both commands share, and hands any other flag to `extra`. */
function parseCommon(argv: string[], extra: (flag: string, next: () => string | undefined) => boolean): CommonArgs {
  const policies = {} as Record<PartyId, PolicyId>;
  for (const p of PARTIES) policies[p] = 'default';
  const args: CommonArgs = { seed: 1, rules: [], policies, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = () => argv[++i];
    if (flag === '--seed') args.seed = integer('--seed', next(), Number.MIN_SAFE_INTEGER);
    else if (flag === '--json') args.json = true;
    else if (flag === '--rules') args.rules = parseRules(next());
    else if (flag === '--play') {
      let any = false;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
        parsePlay(argv[++i], policies);
        any = true;
      }
      if (!any) throw new UsageError('--play needs at least one PARTY=POLICY');
    } else if (!extra(flag, next)) throw new UsageError(`unknown argument "${flag}"`);
  }
  return args;
}

export function parseSimArgs(argv: string[]): SimArgs {
  let movesFile: string | null = null;
  const common = parseCommon(argv, (flag, next) => {
    if (flag !== '--moves') return false;
    const f = next();
    if (!f || f.startsWith('--')) throw new UsageError('--moves needs a file name');
    movesFile = f;
    return true;
  });
  return { ...common, movesFile };
}

export function parseExploreArgs(argv: string[], cores: number): ExploreArgs {
  let runs = 1000;
  let workers = cores;
  const common = parseCommon(argv, (flag, next) => {
    if (flag === '--runs') runs = integer('--runs', next(), 1);
    else if (flag === '--workers') workers = integer('--workers', next(), 1);
    else return false;
    return true;
  });
  return { ...common, runs, workers };
}
