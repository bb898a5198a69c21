// A run as something to share: its seed, its rulebook, who held each seat, every move of every party, and the tree of
// branches played from its turns. Plain JSON of ids and numbers: no free text anywhere, so nothing in a shared run can
// be a name, a message or markup. The JSON file is this object; the share code is the same content packed (code.ts).
import type { Controller, OutcomeId, PartyId, RuleSwitch } from '../sim/ids.ts';
import type { ScheduledMove } from '../sim/run.ts';
import type { Message } from '../sim/types.ts';

/** The format this version of the game writes. Codes and files carry it; a newer one is refused, an older one migrated. */
export const FORMAT_VERSION = 1;

/** Written at the top of a downloaded file, so a file of another program is told apart from a damaged run. */
export const FILE_KIND = 'five-days-in-november/run';

/** The main line: the game as first played, from the board's prologue. */
export const MAIN_LINE = 0;

/**
 * The rulebook switches a branch may turn on in the middle of a game, and from which turns. The simulation reads
 * `state.rules` afresh at every turn (GameView.rules, TurnContext.has), but some switches also shape the world once, at
 * its start (world.ts: initialWorld), and turning those on later would give half a rulebook:
 * - `no-microsoft-offer` and `no-salesforce` are only ever read by moves' guards (say a regulator steps in, or
 *   Benioff is told to stay out): from any turn on they mean exactly what they say. An offer already made stays made;
 *   the moves that make or take one are blocked from then on.
 * - `notice-required` is read only when the board removes the CEO, in the prologue (moves/board.ts, removeCeo), and not
 *   by initialWorld: a branch from the prologue (turn -1) with it is the same game as a run with it from the start.
 *   From any later turn it would change nothing, so it is refused there.
 * - `full-board`, `microsoft-board-seat`, `directors-with-equity`, `no-tender` and `board-explains` set who sits on the
 *   board, the directors' resolve, the tender and the hidden strength of the board's reasons when the world is made
 *   (and `directors-with-equity` and `no-tender` are read by moves and policies too): switched on mid-game they would
 *   be half applied, so a branch cannot turn them on. They are a new run's rulebook.
 */
export const MID_GAME_SWITCHES = ['no-microsoft-offer', 'no-salesforce', 'notice-required'] as const satisfies readonly RuleSwitch[];
export type MidGameSwitch = (typeof MID_GAME_SWITCHES)[number];

/** Why a switch cannot be turned on at a branch's first turn, or null if it can. */
export function switchRefusal(rule: MidGameSwitch, fromTurn: number): string | null {
  if (rule === 'notice-required' && fromTurn !== -1) return 'notice-required only changes the removal itself, so it can be turned on only from the prologue (turn -1)';
  return null;
}

export interface Branch {
  /** 0 is the main line; a branch's id is larger than its parent's. */
  id: number;
  /** The branch it was played from; null for the main line. */
  parent: number | null;
  /** Its first turn of its own: before it, it is its parent's game, move for move (-1 is the prologue). */
  fromTurn: number;
  /** A switch turned on from fromTurn on, or null. */
  rule: MidGameSwitch | null;
  /** How many turns it played from fromTurn: the game it holds stops at turn fromTurn + turns - 1. */
  turns: number;
  /** Its ending, or null if it was shared before one. */
  outcome: OutcomeId | null;
  /** Every move of every party from fromTurn on, by turn and in resolution order, as `--moves` files write them. */
  moves: ScheduledMove[];
  /**
   * A fingerprint of the game it holds (check.ts): its numbers, states and votes turn by turn. A replay that gives
   * another game, because the code was made by a version of the game whose simulation played differently, is refused.
   */
  check: string;
}

export interface Run {
  version: typeof FORMAT_VERSION;
  seed: number;
  rules: RuleSwitch[];
  /** Who held each seat: 'human' for a person, else the policy that played it. */
  seats: Record<PartyId, Controller>;
  /** The main line first, then each branch after its parent. */
  branches: Branch[];
}

/** A run and which of its branches is the game being played or shown: what the page keeps, and a save holds. */
export interface RunTree {
  run: Run;
  branch: number;
}

/** Bounds that no real run comes near and that keep a hostile input small. */
export const LIMITS = {
  /** Characters of a code, or of a page address holding one. */
  codeChars: 16_000,
  /** Characters of a downloaded file's text. */
  fileChars: 2_000_000,
  /** Bytes a code may unpack to. */
  unpackedBytes: 400_000,
  branches: 64,
  /** Per branch: every party's move on every turn from the prologue to the last. */
  movesPerBranch: 7 * 28,
  paramKeys: 6,
  listItems: 12,
  idChars: 40,
} as const;

/** A refusal, in one line, with a kind the page can put in the player's language. */
export interface Refusal {
  ok: false;
  kind: RefusalKind;
  /** In English, on one line. */
  message: string;
  /** For an illegal move: the rule that forbids it, for the page to say in the player's language. */
  rule?: Message;
}

export type RefusalKind =
  | 'empty'
  | 'too-large'
  | 'not-a-run'
  | 'damaged'
  | 'newer-version'
  | 'older-version'
  | 'invalid'
  | 'illegal-move'
  | 'not-replayable'
  | 'bad-branch';

export const refuse = (kind: RefusalKind, message: string): Refusal => ({ ok: false, kind, message });

export type Result<T> = ({ ok: true } & T) | Refusal;
