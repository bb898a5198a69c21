// The flow's share of replaying: the run's tree of branches and which branch is the game, the turn the timeline shows,
// the branch being planned, the branches picked for comparison, and runs that could not be opened; and the events
// the timeline, the branches, sharing, importing and the endings gallery send.
import type { PlayablePartyId } from '../sim/ids.ts';
import type { GameState, Message } from '../sim/types.ts';
import type { MidGameSwitch, RefusalKind, Run, RunTree } from '../share/format.ts';

export type { RunTree };

/** A new branch as the player sets it up: from which turn, with which switch, who plays it here. */
export interface BranchPlan {
  turn: number;
  rule: MidGameSwitch | null;
  /** The people who play the branch at this device, in hot-seat order; none: it is watched, the policies playing. */
  humans: PlayablePartyId[];
}

/** Why a run (a code, a file) or a branch could not be opened; the message is one line of English. */
export interface RunProblem {
  kind: RefusalKind;
  message: string;
  /** For a move the rules refuse: the rule, to say in the player's language. */
  rule?: Message;
}

export interface ReplayContext {
  /** The run's branches and which one the game is; null before any game. The game's own branch record may lag the game. */
  tree: RunTree | null;
  /** The game was opened from a code or a file and not played on here: its ending neither clears the save nor counts as reached. */
  opened: boolean;
  /** The turn the timeline shows. */
  turn: number;
  plan: BranchPlan | null;
  /** Branches picked to compare, at most two, the latest last. */
  picked: number[];
  /** A run that could not be opened (said on the title or the import screen). */
  refused: RunProblem | null;
  /** A branch that could not be started or opened (said where the player asked for it). */
  failure: RunProblem | null;
}

export type ReplayEvent =
  // from a game, watching it, or its ending
  | { type: 'OPEN_TIMELINE' }
  | { type: 'OPEN_TREE' }
  | { type: 'OPEN_SHARE' }
  // the timeline
  | { type: 'SHOW_TURN'; turn: number }
  | { type: 'PLAN_BRANCH' }
  // planning a branch
  | { type: 'PLAN_RULE'; rule: MidGameSwitch | null }
  | { type: 'PLAN_SEAT'; party: PlayablePartyId }
  | { type: 'START_BRANCH' }
  // the branches
  | { type: 'PICK_BRANCH'; branch: number }
  | { type: 'COMPARE' }
  | { type: 'OPEN_BRANCH'; branch: number }
  // a run from a code (the page address) or a file, read and replayed by the page
  | { type: 'OPEN_RUN'; run: Run; states: GameState[] }
  | { type: 'RUN_REFUSED'; problem: RunProblem }
  | { type: 'DISMISS_RUN_PROBLEM' }
  // the title
  | { type: 'OPEN_IMPORT' }
  | { type: 'OPEN_GALLERY' };
