// How a seat plays in `npm run balance` and in the explorer: a strategy sees the game as the seat sees it (the state
// and its legal choices) and returns one choice. Strategies are described by plain data (a Spec) so that worker
// threads and Web Workers can be handed them; `chooserOf` turns a Spec into the function that picks.
import type { PlayablePartyId, PolicyId } from './ids.ts';
import type { Choice } from './legal.ts';
import type { GameState } from './types.ts';

/** One entry of a fixed line: a move, which of its legal options to take, and how many times at most (0: no limit). */
export interface LineEntry {
  move: string;
  /** The index of the option among the move's legal options now; the last one if there are fewer. */
  pick: number;
  uses: number;
}

export type Spec =
  /** The seat is played by one of the simulation's own policies (its controller). */
  | { kind: 'policy'; policy: PolicyId }
  /** The quietest legal move each turn. */
  | { kind: 'passive' }
  /** A fixed line: each turn, the first entry of the list that is legal and not used up; else the quiet move. */
  | { kind: 'line'; line: LineEntry[] }
  /** A hand-written strategy that reads the game as the seat sees it. */
  | { kind: 'hand'; name: string };

export type Chooser = (state: GameState, choices: readonly Choice[]) => Choice;

/** Each seat's quiet move. */
export const QUIET_MOVE: Record<PlayablePartyId, string> = {
  board: 'board.stay-silent',
  employees: 'employees.wait',
  microsoft: 'microsoft.wait',
  salesforce: 'salesforce.watch',
  altman: 'altman.wait',
};

/** The quiet move when it is legal, else the first legal move (the board's prologue: the removal as history did it). */
export function passiveChoice(seat: PlayablePartyId, choices: readonly Choice[]): Choice {
  return choices.find((c) => c.move === QUIET_MOVE[seat]) ?? choices[0];
}

const optionsOf = (choices: readonly Choice[], move: string) => choices.filter((c) => c.move === move);

/** The pick-th legal option of a move (the last if there are fewer), or undefined when the move is not legal. */
function pickOf(choices: readonly Choice[], move: string, pick: number): Choice | undefined {
  const options = optionsOf(choices, move);
  return options.length ? options[Math.min(pick, options.length - 1)] : undefined;
}

/** A fixed line of play. It keeps its own count of uses, so each game needs a fresh chooser. */
export function lineChooser(seat: PlayablePartyId, line: readonly LineEntry[]): Chooser {
  const used = new Array<number>(line.length).fill(0);
  return (_state, choices) => {
    for (let i = 0; i < line.length; i++) {
      const e = line[i];
      if (e.uses > 0 && used[i] >= e.uses) continue;
      const c = pickOf(choices, e.move, e.pick);
      if (c) {
        used[i]++;
        return c;
      }
    }
    return passiveChoice(seat, choices);
  };
}

/**
 * A line in words: "circulate-letter (at most 3×) › issue-ultimatum (option 2: deadline=1; once) › else wait". `label`
 * says what an option index usually stands for (the legal options, and so what an index means, change with the game).
 */
export function describeLine(seat: PlayablePartyId, line: readonly LineEntry[], label: (move: string, pick: number) => string = () => ''): string {
  const short = (m: string) => m.slice(m.indexOf('.') + 1);
  const parts = line.map((e) => {
    const words = label(e.move, e.pick);
    const option = words ? `option ${e.pick + 1}: ${words}` : e.pick > 0 ? `option ${e.pick + 1}` : '';
    const notes = [option, e.uses === 1 ? 'once' : e.uses > 1 ? `at most ${e.uses}×` : ''].filter(Boolean);
    return notes.length ? `${short(e.move)} (${notes.join('; ')})` : short(e.move);
  });
  return [...parts, `else ${short(QUIET_MOVE[seat])}`].join(' › ');
}

// The hand-written strategies. Each reads only what its seat can see: the public world, the parties' states, and
// for the board its own directors' minds. None reads the hidden strength of the board's reasons.

const find = (choices: readonly Choice[], move: string, test: (c: Choice) => boolean = () => true) =>
  choices.find((c) => c.move === move && test(c));

const exitOnOffer = (s: GameState) => s.world.offers.microsoftUnit || s.world.offers.microsoftAllStaff || s.world.offers.newcoFunded;

/**
 * The board, thinking: remove him as history did, then take the heat out of the crisis rather than fight it: keep
 * talks on his return open on small terms (one director leaves, an independent review), so that the staff wait and a
 * return, if it comes, keeps the board; commission the review; sound out a merger while the staff are calm; otherwise
 * say nothing.
 */
function boardThinking(state: GameState, choices: readonly Choice[]): Choice {
  const w = state.world;
  if (state.turn === -1) return find(choices, 'board.remove-ceo', (c) => c.params.manner === 'abrupt') ?? choices[0];
  if (!w.talks.open) {
    const talks = find(choices, 'board.negotiate-return', (c) => c.params.directorsLeave === 1 && c.params.investigation === true);
    if (talks) return talks;
  }
  const calm = w.signatures / w.staff < 0.45;
  return find(choices, 'board.open-investigation') ?? (calm ? find(choices, 'board.seek-merger') : undefined) ?? passiveChoice('board', choices);
}

/**
 * The staff, thinking: keep working while nobody offers them a place to go; once someone does, organise the letter;
 * issue an ultimatum only once it is public. They never leave: the threat is worth more than the move.
 */
function employeesThinking(state: GameState, choices: readonly Choice[]): Choice {
  const w = state.world;
  if (!exitOnOffer(state)) return passiveChoice('employees', choices);
  if (w.letterPublished && state.parties.employees !== 'ultimatum') {
    const ultimatum = find(choices, 'employees.issue-ultimatum');
    if (ultimatum) return ultimatum;
  }
  return find(choices, 'employees.circulate-letter') ?? passiveChoice('employees', choices);
}

/**
 * Microsoft, thinking: calm the markets while blindsided; give Altman and Brockman a place at once (the exit that
 * makes the staff's threat credible); ask for a seat; press the board while talks are open; otherwise reassure. It
 * never offers every employee a job: it wants the partner whole, not hollowed.
 */
function microsoftThinking(state: GameState, choices: readonly Choice[]): Choice {
  const w = state.world;
  if (state.parties.microsoft === 'blindsided') {
    const calm = find(choices, 'microsoft.reassure-markets');
    if (calm) return calm;
  }
  return (
    find(choices, 'microsoft.hire-leaders') ??
    find(choices, 'microsoft.demand-seat') ??
    (w.talks.open ? find(choices, 'microsoft.press-board') : undefined) ??
    find(choices, 'microsoft.reassure-markets') ??
    passiveChoice('microsoft', choices)
  );
}

/**
 * Salesforce, thinking: the first to call wins a short crisis. Match at once, add the premium at once, then call
 * researchers one by one every turn the door is open.
 */
function salesforceThinking(_state: GameState, choices: readonly Choice[]): Choice {
  return (
    find(choices, 'salesforce.match-offer') ??
    find(choices, 'salesforce.premium-offer') ??
    find(choices, 'salesforce.target-researchers') ??
    passiveChoice('salesforce', choices)
  );
}

/**
 * Altman, thinking: rally the staff until the letter has half of them; talk terms demanding the board's exit; take a
 * deal that sends at least two of the directors away (any deal once the week runs late); with talks open from
 * Saturday night on, set the board a deadline; join Microsoft only once his deadline has passed and talks are closed.
 */
function altmanThinking(state: GameState, choices: readonly Choice[]): Choice {
  const w = state.world;
  const t = w.talks.onTable;
  const leaving = w.boardAgreedToResign ? 4 : (t?.directorsLeave ?? 0);
  const deal = find(choices, 'altman.accept-deal');
  if (deal && (leaving >= 2 || state.turn >= 16)) return deal;
  if (w.altmanDeadlinePassed && !w.talks.open) {
    const join = find(choices, 'altman.join-microsoft');
    if (join) return join;
  }
  if (w.signatures / w.staff < 0.5 && w.rally < 0.6) {
    const rally = find(choices, 'altman.rally-public');
    if (rally) return rally;
  }
  if (w.talks.open && state.turn >= 8) {
    const deadline = find(choices, 'altman.set-deadline', (c) => c.params.deadline === 1);
    if (deadline) return deadline;
  }
  return find(choices, 'altman.negotiate-return', (c) => c.params.boardOut === true) ?? passiveChoice('altman', choices);
}

export interface HandStrategy {
  name: string;
  seat: PlayablePartyId;
  choose: Chooser;
  /** What it does, in words, for docs/balance.md. */
  words: string;
}

export const HAND_STRATEGIES: readonly HandStrategy[] = [
  {
    name: 'board-thinking',
    seat: 'board',
    choose: boardThinking,
    words:
      'removes him as history did, then keeps talks on his return open on small terms (one director leaves, a review) so the staff wait and a return keeps the board; commissions the review; sounds out a merger while the staff are calm; otherwise silent',
  },
  {
    name: 'employees-thinking',
    seat: 'employees',
    choose: employeesThinking,
    words: 'keeps working until someone offers a place to go; then organises the letter and issues an ultimatum once it is public; never leaves',
  },
  {
    name: 'microsoft-thinking',
    seat: 'microsoft',
    choose: microsoftThinking,
    words: 'reassures markets while blindsided, hires the leaders at once, demands a seat, presses the board while talks are open, otherwise reassures; never offers every employee a job',
  },
  {
    name: 'salesforce-thinking',
    seat: 'salesforce',
    choose: salesforceThinking,
    words: 'matches at once, adds the premium at once, then targets researchers one by one every turn it can',
  },
  {
    name: 'altman-thinking',
    seat: 'altman',
    choose: altmanThinking,
    words:
      'rallies the staff until half have signed, negotiates demanding the board out, accepts a deal that removes two or more directors (any deal late in the week), and joins Microsoft only after his own deadline has passed',
  },
];

export function handStrategy(name: string): HandStrategy {
  const h = HAND_STRATEGIES.find((s) => s.name === name);
  if (!h) throw new Error(`unknown hand-written strategy "${name}"`);
  return h;
}

/** The function that picks for a seat under a Spec; null for a policy (the engine's own controller picks). */
export function chooserOf(seat: PlayablePartyId, spec: Spec): Chooser | null {
  if (spec.kind === 'policy') return null;
  if (spec.kind === 'passive') return (_s, choices) => passiveChoice(seat, choices);
  if (spec.kind === 'line') return lineChooser(seat, spec.line);
  return handStrategy(spec.name).choose;
}
