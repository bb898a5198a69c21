// The one description of a save: the envelope and the whole GameState of src/sim/types.ts, every number with its
// range, and the cross-field facts a playable game needs. A save is used only as this schema's output (a fresh copy:
// unknown keys, `__proto__` included, are refused, never copied).
//
// When GameState changes, change this file (tsc fails below until the schema's output is a GameState again), bump
// SAVE_VERSION in save.ts and follow tests/storage/README.md.
import * as v from 'valibot';
import { LAST_TURN, PROLOGUE_TURN } from '../sim/clock.ts';
import {
  DEPARTURE_DESTINATIONS, METRICS, OUTCOMES, PARTIES, PLAYABLE_PARTIES, POLICIES, RULE_SWITCHES, type PartyId,
} from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import { sameParams } from '../sim/legal.ts';
import type { ScheduledMove } from '../sim/run.ts';
import { initialPartyStates, partyStates, stepParty } from '../sim/parties/index.ts';
import type {
  AltmanAt, BoardVote, CeoId, Change, Deadline, DirectorId, GameState, NewsMark, TenderState, World,
} from '../sim/types.ts';
import { MSFT_PRICE_AT_START, STAFF_AT_START, VALUATION_AT_START } from '../sim/world.ts';
import type { RunTree } from '../share/format.ts';
import { runProblem, runSchema } from '../share/schema.ts';

// ---- Limits. Generous (ten times what 400 simulated games reach), so that only a damaged save meets them.
/** A save's text longer than this is refused before it is parsed (a real one is about 100 kB at the ending). */
export const MAX_SAVE_CHARS = 2_000_000;
const MAX_STRING = 2_000;
/** The longest name a player may give a saved game. */
export const MAX_SAVE_NAME = 60;
const MAX_NEWS = 200;
const MAX_CHANGES = 1_000;
const MAX_EVENTS = 300;
const MAX_VARS = 40;
/** Turns a deadline or an answer may be set ahead of the one being played: four days, more than any party gives. */
const TURN_AHEAD = 16;
const MAX_VALUATION = VALUATION_AT_START * 10;
const MAX_MSFT_PRICE = MSFT_PRICE_AT_START * 10;

// ---- Names that live only as types in src/sim/types.ts, checked both ways: a tsc error at `sameNames` means one of
// these lists no longer matches its type (a director, a deadline kind... was added or renamed): update the list.
const DIRECTOR_IDS = [
  'sutskever', 'toner', 'mccauley', 'dangelo', 'hoffman', 'zilis', 'hurd', 'altman', 'brockman', 'taylor', 'summers',
  'microsoft-seat', 'safety-researcher', 'governance-scholar',
] as const;
const NEWS_MARKS = ['historical', 'historical-elsewhen', 'simulated'] as const;
const VOTE_KINDS = ['hold', 'talk', 'offer', 'explore', 'review', 'remove'] as const;
const CEO_IDS = ['altman', 'murati', 'shear', 'rival-ceo'] as const;
const ALTMAN_AT = ['openai', 'out', 'microsoft', 'newco'] as const;
const TENDER_STATES = ['on', 'paused', 'cancelled'] as const;
const DEADLINE_KINDS = ['board-resignation', 'altman-ultimatum', 'staff-ultimatum', 'market-open'] as const;
const CHANGE_METRICS = [...METRICS, 'staff', 'departures', 'resolve', 'seat', 'msftPrice', 'ceo', 'altmanAt', 'tender'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: [
  Same<(typeof DIRECTOR_IDS)[number], DirectorId>, Same<(typeof CEO_IDS)[number], CeoId>,
  Same<(typeof ALTMAN_AT)[number], AltmanAt>, Same<(typeof TENDER_STATES)[number], TenderState>,
  Same<(typeof DEADLINE_KINDS)[number], Deadline['kind']>, Same<(typeof CHANGE_METRICS)[number], Change['metric']>,
  Same<NonNullable<World['removal']>, 'abrupt' | 'prepared' | 'failed'>, Same<World['microsoftSeat'], 'none' | 'observer' | 'voting'>,
  Same<(typeof NEWS_MARKS)[number], NewsMark>, Same<(typeof VOTE_KINDS)[number], BoardVote['kind']>,
] = [true, true, true, true, true, true, true, true, true, true];
void sameNames;

// ---- Building blocks: finite numbers only, each with its range.
const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const text = v.pipe(v.string(), v.maxLength(MAX_STRING));
const percent = num(0, 100);
const headcount = int(0, STAFF_AT_START);
/** A turn number: -1 (the prologue) to the last turn, plus what may be scheduled ahead of it. */
const turnNumber = int(PROLOGUE_TURN, LAST_TURN + TURN_AHEAD);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
/** An object with exactly one entry per party. */
function perParty<T extends v.GenericSchema>(entry: (p: PartyId) => T) {
  const entries = {} as Record<PartyId, T>;
  for (const p of PARTIES) entries[p] = entry(p);
  return v.strictObject(entries);
}

const message = v.strictObject({
  key: text,
  vars: v.optional(v.pipe(v.record(text, v.union([text, v.pipe(v.number(), v.finite())])), v.maxEntries(MAX_VARS))),
});

const director = v.strictObject({
  id: v.picklist(DIRECTOR_IDS),
  seated: v.boolean(),
  resolve: percent,
  joinedLater: v.optional(v.boolean()),
});

const deadline = v.strictObject({ kind: v.picklist(DEADLINE_KINDS), turn: turnNumber, at: text, setBy: v.picklist(PARTIES) });

const departures = v.strictObject(
  Object.fromEntries(DEPARTURE_DESTINATIONS.map((d) => [d, headcount])) as Record<(typeof DEPARTURE_DESTINATIONS)[number], typeof headcount>,
);

/** The key numbers kept after each turn (TurnMetrics): the world has them all, and its staff count besides. */
const metricEntries = {
  signatures: headcount,
  departures,
  continuity: percent,
  boardCredibility: percent,
  investorPressure: percent,
  microsoftConfidence: percent,
  missionSafeguards: percent,
  valuation: num(0, MAX_VALUATION),
  ceo: v.picklist(CEO_IDS),
  altmanAt: v.picklist(ALTMAN_AT),
  tender: v.picklist(TENDER_STATES),
};

const world = v.strictObject({
  staff: headcount,
  ...metricEntries,
  directors: list(director, DIRECTOR_IDS.length),
  msftPrice: v.pipe(num(0, MAX_MSFT_PRICE), v.gtValue(0)),
  deadlines: list(deadline, 20),
  offers: v.strictObject({
    microsoftUnit: v.boolean(), microsoftAllStaff: v.boolean(), salesforceMatch: v.boolean(), salesforcePremium: v.boolean(),
    newcoFunded: v.boolean(),
  }),
  talks: v.strictObject({
    open: v.boolean(),
    progress: percent,
    onTable: v.nullable(v.strictObject({ investigation: v.boolean(), directorsLeave: int(0, DIRECTOR_IDS.length), altmanOffBoard: v.boolean() })),
    altmanDemandsBoardOut: v.boolean(),
    lapsedTurn: v.nullable(turnNumber),
  }),
  reasonsStrength: percent,
  reasonsPublished: v.boolean(),
  letterPublished: v.boolean(),
  letterStartedTurn: v.nullable(turnNumber),
  letterPublishedTurn: v.nullable(turnNumber),
  brockmanQuit: v.boolean(),
  sutskeverRegrets: v.boolean(),
  investigationOpened: v.boolean(),
  mergerApproached: v.boolean(),
  mergerAgreed: v.boolean(),
  mergerAnswerTurn: v.nullable(turnNumber),
  boardAgreedToResign: v.boolean(),
  namedDirectors: list(v.picklist(DIRECTOR_IDS), DIRECTOR_IDS.length),
  microsoftSeat: v.picklist(['none', 'observer', 'voting']),
  calmTurns: int(0, LAST_TURN + 2),
  removal: v.nullable(v.picklist(['abrupt', 'prepared', 'failed'])),
  walkedOut: v.boolean(),
  rally: num(0, 1),
  seatDemanded: v.boolean(),
  ultimatumPassed: v.boolean(),
  altmanDeadlinePassed: v.boolean(),
  newcoRaising: v.boolean(),
  rivalCeoDeclined: int(0, CEO_IDS.length),
  computeThreatened: v.boolean(),
  boardGrit: num(-1, 1),
});

/** A move's parameters: a few choices, each a word, a number, a yes or no, or a short list of words. */
const scalar = v.union([text, v.pipe(v.number(), v.finite()), v.boolean()]);
const params = v.pipe(v.record(text, v.union([scalar, list(scalar, MAX_VARS)])), v.maxEntries(MAX_VARS));
const playedMove = v.pipe(
  v.strictObject({ party: v.picklist(PARTIES), move: text, params: v.optional(params) }),
  v.check((m) => MOVES.get(m.move)?.party === m.party, (i) => `names a move that ${String((i.input as { party: string }).party)} does not have`),
);

const newsItem = v.strictObject({
  msg: message,
  mark: v.picklist(NEWS_MARKS),
  historical: v.boolean(),
  source: v.optional(text),
  historicalTime: v.optional(text),
  quote: v.optional(v.strictObject({ by: text, text, date: text })),
});

const change = v.strictObject({
  metric: v.picklist(CHANGE_METRICS),
  from: v.union([v.pipe(v.number(), v.finite()), text]),
  to: v.union([v.pipe(v.number(), v.finite()), text]),
  cause: text,
  draw: v.optional(num(0, 1)),
  detail: v.optional(text),
});

/** Each party's state, as a name its machine knows. */
const partyStatesSchema = perParty((p) => v.picklist(partyStates(p)));

/** A vote of the board, ballot by ballot. */
const boardVote = v.strictObject({
  move: text,
  kind: v.picklist(VOTE_KINDS),
  threshold: percent,
  forWhen: v.picklist(['at-least', 'below']),
  seated: int(0, DIRECTOR_IDS.length),
  needed: int(0, DIRECTOR_IDS.length),
  passed: v.boolean(),
  ballots: list(v.strictObject({ director: v.picklist(DIRECTOR_IDS), resolve: num(-100, 200), for: v.boolean() }), DIRECTOR_IDS.length),
});

/** A step of the resolution: its spans of the turn's changes and news, checked against their lengths below. */
const span = v.tuple([int(0, MAX_CHANGES + MAX_NEWS), int(0, MAX_CHANGES + MAX_NEWS)]);
const turnStep = v.strictObject({
  party: v.nullable(v.picklist(PARTIES)),
  move: v.nullable(text),
  params,
  refused: v.optional(message),
  changes: span,
  news: span,
});

const turnRecord = v.strictObject({
  turn: int(PROLOGUE_TURN, LAST_TURN),
  phase: v.picklist(['prologue', 'crisis', 'over']),
  staff: headcount,
  deadlines: list(deadline, 20),
  moves: list(playedMove, PARTIES.length),
  news: list(newsItem, MAX_NEWS),
  changes: list(change, MAX_CHANGES),
  votes: list(boardVote, PARTIES.length + 1),
  steps: v.pipe(
    list(turnStep, PARTIES.length + 1),
    v.check((steps) => steps.every((s) => s.changes[0] <= s.changes[1] && s.news[0] <= s.news[1]), 'has a step whose span runs backwards'),
  ),
  metrics: v.strictObject(metricEntries),
  events: list(v.strictObject({ party: v.picklist(PARTIES), type: text }), MAX_EVENTS),
  states: partyStatesSchema,
});

const gameStateBase = v.strictObject({
  seed: int(0, 2 ** 32 - 1),
  rules: list(v.picklist(RULE_SWITCHES), RULE_SWITCHES.length),
  ruleChanges: list(v.strictObject({ turn: turnNumber, rule: v.picklist(RULE_SWITCHES) }), RULE_SWITCHES.length),
  controllers: perParty(() => v.picklist([...POLICIES, 'human'] as const)),
  // mulberry32 keeps its state as a signed or unsigned 32-bit integer.
  rng: int(-(2 ** 31), 2 ** 32 - 1),
  /** The turn about to be played; one past the last once the last is played. */
  turn: int(PROLOGUE_TURN, LAST_TURN + 1),
  parties: partyStatesSchema,
  world,
  onHistory: v.boolean(),
  temperament: perParty(() => num(-1, 1)),
  log: list(turnRecord, LAST_TURN - PROLOGUE_TURN + 1),
  outcome: v.nullable(v.strictObject({ id: v.picklist(OUTCOMES), turn: int(PROLOGUE_TURN, LAST_TURN) })),
});

/** What makes a game resumable beyond each field's own range; null when all holds. */
export function gameStateProblem(s: v.InferOutput<typeof gameStateBase>): string | null {
  if (s.log.length !== s.turn + 1) return `the log holds ${s.log.length} turns, but the game is at turn ${s.turn}`;
  const skipped = s.log.findIndex((r, i) => r.turn !== i + PROLOGUE_TURN);
  if (skipped >= 0) return `the log's turn ${skipped + PROLOGUE_TURN} is numbered ${s.log[skipped].turn}`;
  if (s.outcome && s.outcome.turn !== s.turn - 1) return `the game ended at turn ${s.outcome.turn} but goes on to turn ${s.turn}`;
  if (!s.outcome && s.turn > LAST_TURN) return 'the last turn was played but the game has no ending';
  // A resumed game rebuilds each party's machine from the logged events: they must lead to the logged states.
  const at = initialPartyStates();
  for (const r of s.log) {
    for (const e of r.events) at[e.party] = stepParty(e.party, at[e.party], e.type);
    const off = PARTIES.find((p) => r.states[p] !== at[p]);
    if (off) return `turn ${r.turn}'s events lead ${off} to "${at[off]}", but the log says "${r.states[off]}"`;
  }
  const off = PARTIES.find((p) => s.parties[p] !== at[p]);
  if (off) return `${off} is "${s.parties[off]}", but its events lead to "${at[off]}"`;
  for (const r of s.log) {
    const outside = r.steps.find((st) => st.changes[1] > r.changes.length || st.news[1] > r.news.length);
    if (outside) return `turn ${r.turn} has a step beyond its own changes or news`;
  }
  if (new Set(s.rules).size !== s.rules.length) return 'a rulebook switch is listed twice';
  const w = s.world;
  const left = DEPARTURE_DESTINATIONS.reduce((n, d) => n + w.departures[d], 0);
  if (w.staff + left !== STAFF_AT_START) return `${w.staff} staff and ${left} departures do not make the ${STAFF_AT_START} at the start`;
  if (w.signatures > w.staff) return `${w.signatures} signatures from ${w.staff} staff`;
  if (new Set(w.directors.map((d) => d.id)).size !== w.directors.length) return 'a director sits twice';
  return null;
}

export const gameStateSchema = v.pipe(
  gameStateBase,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = gameStateProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

// The schema's output must be usable as a GameState: tsc fails here when GameState gains or changes a field.
const isGameState = (s: v.InferOutput<typeof gameStateSchema>): GameState => s;
void isGameState;

/**
 * The run's tree of branches (src/share's run, checked as a shared run is) and which branch the game is. The game's own
 * branch may be recorded only up to an earlier turn (the page brings it up to date when it shares or branches): its
 * recorded moves must be the game's own.
 */
const treeSchema = v.strictObject({ run: runSchema, branch: int(0, 9999) });

function treeProblem(tree: RunTree, state: GameState): string | null {
  const why = runProblem(tree.run);
  if (why) return `tree.run: ${why}`;
  const b = tree.run.branches.find((x) => x.id === tree.branch);
  if (!b) return `tree: the run has no branch ${tree.branch}`;
  if (tree.run.seed !== state.seed) return 'tree: the run is of another seed than the game';
  const starting = state.rules.filter((r) => !state.ruleChanges.some((c) => c.rule === r));
  if ([...starting].sort().join() !== [...tree.run.rules].sort().join()) return 'tree: the run has another rulebook than the game';
  if (b.fromTurn + b.turns > state.turn) return `tree: branch ${b.id} goes past the game's turn ${state.turn}`;
  const played = (m: ScheduledMove) => state.log[m.turn - PROLOGUE_TURN]?.moves.some((p) => p.party === m.party && p.move === m.move && sameParams(p.params, m.params));
  const other = b.moves.find((m) => !played(m));
  return other ? `tree: branch ${b.id} records a move at turn ${other.turn} that the game did not play` : null;
}

export const saveSchema = v.pipe(
  v.strictObject({
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    savedAt: v.pipe(v.string(), v.isoTimestamp()),
    /** A named save's name, as the player wrote it (trimmed); the autosave has none. */
    name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_SAVE_NAME))),
    /** The parties played by people on this device, in hot-seat order. */
    humans: list(v.picklist(PLAYABLE_PARTIES), PLAYABLE_PARTIES.length),
    mode: v.picklist(['play', 'watch']),
    state: gameStateSchema,
    tree: v.optional(treeSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { humans, mode, state, tree } = dataset.value;
    const seated = PARTIES.filter((p) => state.controllers[p] === 'human');
    let problem: string | null = null;
    if (new Set(humans).size !== humans.length) problem = 'a party is played by two people';
    else if (mode === 'play' && humans.length === 0) problem = 'a game in play has nobody playing';
    else if (mode === 'watch' && humans.length > 0) problem = 'a watched game has people playing';
    else if (seated.length !== humans.length || seated.some((p) => !(humans as readonly string[]).includes(p)))
      problem = `the people at the device (${humans.join(', ') || 'none'}) are not the parties played by people (${seated.join(', ') || 'none'})`;
    else if (tree) problem = treeProblem(tree as RunTree, state);
    if (problem) addIssue({ message: problem });
  }),
);

export type SaveFileShape = v.InferOutput<typeof saveSchema>;

/** The first problem of a save, in words: where it is and what is wrong; null when the save is sound. */
export function saveProblem(x: unknown): { ok: true; save: SaveFileShape } | { ok: false; reason: string } {
  const r = v.safeParse(saveSchema, x, { abortEarly: true });
  if (r.success) return { ok: true, save: r.output };
  return { ok: false, reason: describeIssue(r.issues[0]) };
}

/** What a check expects, in words, where valibot's own words are symbols or names. */
function expected(issue: v.BaseIssue<unknown>): string {
  const e = issue.expected ?? '';
  switch (issue.type) {
    case 'finite': return 'a finite number';
    case 'integer': return 'a whole number';
    case 'iso_timestamp': return 'a date and time';
    case 'min_value': case 'gt_value': return e.replace(/^>=?/, (op) => (op === '>=' ? 'at least ' : 'more than '));
    case 'max_value': return e.replace(/^<=/, 'at most ');
    case 'max_length': case 'max_entries': return e.replace(/^<=/, 'at most ');
    default: return e;
  }
}

/** A problem of a save, in words: where it is (a path such as state.log[0].turn) and what is wrong. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const where = (issue.path ?? [])
    .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i === 0 ? '' : '.'}${String(p.key)}`))
    .join('');
  let what: string;
  if (issue.type === 'check' || issue.type === 'raw_check') what = issue.message;
  else if (issue.received === 'undefined') what = 'is missing';
  else if (issue.type === 'strict_object' && issue.expected === 'never') what = 'is a field no save has';
  else if (issue.type === 'max_length' || issue.type === 'max_entries') what = `has length ${issue.received} where ${expected(issue)} was expected`;
  else what = `is ${issue.received} where ${expected(issue)} was expected`;
  return where ? `${where} ${what}` : what;
}
