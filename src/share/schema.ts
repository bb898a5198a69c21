// What a shared run may hold, checked before anything is replayed: the structure with valibot (ids from the
// simulation's fixed sets, whole numbers in their ranges, bounded lists, no field a run does not have), then the tree
// of branches. Nothing in a run is free text: every string is an id from a fixed set or a short lowercase name that
// the simulation itself must then accept as one of a move's choices, so no run can carry markup or script.
import * as v from 'valibot';
import { LAST_TURN, PROLOGUE_TURN } from '../sim/clock.ts';
import { OUTCOMES, PARTIES, type PartyId, PLAYABLE_PARTIES, POLICIES, RESOLUTION_ORDER, RULE_SWITCHES } from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import { MAX_SEED } from '../sim/seed.ts';
import { FILE_KIND, FORMAT_VERSION, LIMITS, MID_GAME_SWITCHES, switchRefusal, type Run } from './format.ts';

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** A name the simulation uses as a choice ("murati", "rival-ceo", "taylor"): lowercase words joined by dashes. */
const name = v.pipe(v.string(), v.maxLength(LIMITS.idChars), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase name'));
const paramKey = v.pipe(v.string(), v.maxLength(LIMITS.idChars), v.regex(/^[a-zA-Z]+$/, 'a parameter name'));
const paramValue = v.union([name, whole(-1000, 1000), v.boolean(), v.pipe(v.array(name), v.maxLength(LIMITS.listItems))]);
const params = v.pipe(v.record(paramKey, paramValue), v.maxEntries(LIMITS.paramKeys));

export const turnSchema = whole(PROLOGUE_TURN, LAST_TURN);

const moveSchema = v.pipe(
  v.strictObject({
    turn: turnSchema,
    party: v.picklist(PARTIES),
    move: v.picklist([...MOVES.keys()]),
    params,
  }),
  v.check((m) => MOVES.get(m.move)!.party === m.party, 'is a move of another party'),
);

const branchSchema = v.strictObject({
  id: whole(0, 9999),
  parent: v.nullable(whole(0, 9999)),
  fromTurn: turnSchema,
  rule: v.nullable(v.picklist(MID_GAME_SWITCHES)),
  turns: whole(0, LAST_TURN - PROLOGUE_TURN + 1),
  outcome: v.nullable(v.picklist(OUTCOMES)),
  moves: v.pipe(v.array(moveSchema), v.maxLength(LIMITS.movesPerBranch)),
  check: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'eight hex digits')),
});

const controller = v.picklist([...POLICIES, 'human'] as const);
const seatsSchema = v.strictObject(Object.fromEntries(PARTIES.map((p) => [p, controller])) as Record<PartyId, typeof controller>);

const runEntries = {
  version: v.literal(FORMAT_VERSION),
  seed: whole(0, MAX_SEED),
  rules: v.pipe(v.array(v.picklist(RULE_SWITCHES)), v.maxLength(RULE_SWITCHES.length)),
  seats: seatsSchema,
  branches: v.pipe(v.array(branchSchema), v.minLength(1), v.maxLength(LIMITS.branches)),
};

export const runSchema = v.strictObject(runEntries);
export const fileSchema = v.strictObject({ kind: v.literal(FILE_KIND), ...runEntries });

/** A move's place in its turn: by turn, then in the published resolution order. */
const order = (m: { turn: number; party: string }) => m.turn * 16 + RESOLUTION_ORDER.indexOf(m.party as never);

/** The first thing wrong with a run that its structure alone does not say, or null. */
export function runProblem(run: Run): string | null {
  if (new Set(run.rules).size !== run.rules.length) return 'rules: a switch is listed twice';
  for (const p of PARTIES) {
    if (run.seats[p] === 'human' && !(PLAYABLE_PARTIES as readonly string[]).includes(p)) return `seats.${p}: nobody can play ${p}`;
  }
  const seen = new Map<number, Run['branches'][number]>();
  for (const [i, b] of run.branches.entries()) {
    const at = `branches[${i}]`;
    if (seen.has(b.id)) return `${at}: the branch id ${b.id} is used twice`;
    const last = b.fromTurn + b.turns - 1;
    if (last > LAST_TURN) return `${at}: it plays past the last turn, ${LAST_TURN}`;
    if (b.outcome !== null && b.turns === 0) return `${at}: it has an ending but no turn`;
    if (i === 0) {
      if (b.id !== 0 || b.parent !== null || b.fromTurn !== PROLOGUE_TURN || b.rule !== null) return `${at}: the main line comes first, as branch 0 from the prologue with no parent and no switch`;
    } else {
      const parent = b.parent === null ? undefined : seen.get(b.parent);
      if (!parent) return `${at}: its parent must be a branch listed before it`;
      if (b.fromTurn < parent.fromTurn) return `${at}: it starts at turn ${b.fromTurn}, before its parent's own first turn ${parent.fromTurn}`;
      const parentLast = parent.fromTurn + parent.turns - 1;
      const reach = parent.outcome === null ? parentLast + 1 : parentLast;
      if (b.fromTurn > reach) return `${at}: it starts at turn ${b.fromTurn}, after its parent's game ${parent.outcome === null ? 'stops' : 'ended'}`;
      if (b.rule) {
        if (run.rules.includes(b.rule)) return `${at}: its switch ${b.rule} is already in the run's rulebook`;
        const why = switchRefusal(b.rule, b.fromTurn);
        if (why) return `${at}: ${why}`;
      }
    }
    for (const [j, m] of b.moves.entries()) {
      if (m.turn < b.fromTurn || m.turn > last) return `${at}.moves[${j}]: turn ${m.turn} is outside the branch's turns`;
      if (j > 0 && order(m) <= order(b.moves[j - 1])) return `${at}.moves[${j}]: moves go by turn, then in the resolution order, one per party and turn`;
    }
    seen.set(b.id, b);
  }
  return null;
}

/** What a check wanted, in words. */
function wanted(issue: v.BaseIssue<unknown>): string {
  const e = issue.expected ?? '';
  switch (issue.type) {
    case 'picklist': return 'one of the names this game knows';
    case 'literal': return e.length > 40 ? 'another value' : e;
    case 'regex': return issue.message.startsWith('Invalid') ? 'a name' : issue.message;
    case 'integer': return 'a whole number';
    case 'min_value': return e.replace(/^>=/, 'at least ');
    case 'max_value': return e.replace(/^<=/, 'at most ');
    case 'max_length': case 'max_entries': return e.replace(/^<=/, 'at most ');
    case 'min_length': return e.replace(/^>=/, 'at least ');
    default: return e || 'another value';
  }
}

/**
 * Where an issue is (such as branches[0].moves[3].move) and what is wrong, in words. What was received is said only
 * when it is a number or a kind of value, never as the text itself: a message never carries a run's own strings.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const where = (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i === 0 ? '' : '.'}${safeKey(p.key)}`)).join('');
  const received = /^(-?[0-9][0-9.e+-]*|true|false|null|Array|Object)$/.test(issue.received) ? issue.received : 'a text';
  let what: string;
  if (issue.type === 'check') what = issue.message;
  else if (issue.received === 'undefined') what = 'is missing';
  else if (issue.type === 'strict_object' && issue.expected === 'never') what = 'is a field no run has';
  else if (issue.type === 'max_length' || issue.type === 'max_entries') what = `is too long (${wanted(issue)})`;
  else what = `is ${received} where ${wanted(issue)} was expected`;
  return where ? `${where} ${what}` : what;
}

/** A field's name as a place in a message: a name this program could have written, or "(a field)". */
const safeKey = (key: unknown) => (typeof key === 'string' && /^[A-Za-z]{1,40}$/.test(key) ? key : '(a field)');
