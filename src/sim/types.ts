// The shapes of the simulation's snapshot. Everything here is plain JSON: a saved run is this object.
import type { ConceptId, Controller, Destination, MetricId, OutcomeId, PartyId, RuleSwitch } from './ids.ts';

/** Text the simulation wants shown. Rendered by src/content in the player's language. */
export interface Message {
  key: string;
  vars?: Record<string, string | number>;
}

export type DirectorId =
  | 'sutskever' | 'toner' | 'mccauley' | 'dangelo'
  | 'hoffman' | 'zilis' | 'hurd' | 'altman' | 'brockman'
  | 'taylor' | 'summers' | 'microsoft-seat'
  | 'safety-researcher' | 'governance-scholar';

export interface Director {
  id: DirectorId;
  seated: boolean;
  /** 0..100: how firmly this director stands by the removal (see board-vote.ts for the thresholds). */
  resolve: number;
  /** Directors who were not on the board that fired the CEO (named later, or the what-if seats). */
  joinedLater?: boolean;
}

export type CeoId = 'altman' | 'murati' | 'shear' | 'rival-ceo';
export type AltmanAt = 'openai' | 'out' | 'microsoft' | 'newco';
export type TenderState = 'on' | 'paused' | 'cancelled';

export interface Deadline {
  kind: 'board-resignation' | 'altman-ultimatum' | 'staff-ultimatum' | 'market-open';
  /** The turn in which the deadline falls; it is checked at the end of that turn. */
  turn: number;
  /** The moment it falls, ISO 8601 Pacific time: deadlines set by a party fall at 17:00, as 2023's did. */
  at: string;
  setBy: PartyId;
}

/** Terms the board has put on the table in talks on Altman's return. */
export interface ReturnTerms {
  investigation: boolean;
  /** How many of the directors who fired him step down. */
  directorsLeave: number;
  altmanOffBoard: boolean;
}

export interface World {
  staff: number;
  signatures: number;
  departures: Record<Destination, number>;
  continuity: number;
  boardCredibility: number;
  investorPressure: number;
  microsoftConfidence: number;
  missionSafeguards: number;
  valuation: number;
  directors: Director[];
  ceo: CeoId;
  altmanAt: AltmanAt;
  tender: TenderState;
  /** Microsoft's share price in dollars; it moves when US markets are open. */
  msftPrice: number;
  deadlines: Deadline[];
  /** What each side has said so far. */
  offers: {
    microsoftUnit: boolean;
    microsoftAllStaff: boolean;
    salesforceMatch: boolean;
    salesforcePremium: boolean;
    newcoFunded: boolean;
  };
  talks: {
    open: boolean;
    /** 0..100: how close the two sides are. */
    progress: number;
    onTable: ReturnTerms | null;
    altmanDemandsBoardOut: boolean;
    /** The turn at whose end the board's offer to resign lapsed, if it did. */
    lapsedTurn: number | null;
  };
  /** Hidden from every party until published: how convincing the board's reasons are, 0..100. */
  reasonsStrength: number;
  reasonsPublished: boolean;
  letterPublished: boolean;
  /** The turn the letter began circulating; it goes public no earlier than the next. */
  letterStartedTurn: number | null;
  /** The turn the letter went public. */
  letterPublishedTurn: number | null;
  brockmanQuit: boolean;
  sutskeverRegrets: boolean;
  investigationOpened: boolean;
  mergerApproached: boolean;
  mergerAgreed: boolean;
  /** The turn at whose end the rival lab answers the board's approach. */
  mergerAnswerTurn: number | null;
  boardAgreedToResign: boolean;
  /** Directors the board named since the removal. */
  namedDirectors: DirectorId[];
  microsoftSeat: 'none' | 'observer' | 'voting';
  /** Turns in a row the staff have been back at work under the interim CEO. */
  calmTurns: number;
  removal: 'abrupt' | 'prepared' | 'failed' | null;
  /** The staff walked out of an interim CEO's all-hands. */
  walkedOut: boolean;
  /** 0..1: how far Altman's public rallying carries the staff. */
  rally: number;
  seatDemanded: boolean;
  ultimatumPassed: boolean;
  altmanDeadlinePassed: boolean;
  /** Altman has begun raising money for a new company. */
  newcoRaising: boolean;
  /**
   * -1..1, drawn once, hidden: how hard this run's board is to move (a tougher board sways less). History's own line
   * plays the board as the record shows it, at 0.
   */
  boardGrit: number;
  /** Microsoft has threatened to withhold the compute and cash still owed. */
  computeThreatened: boolean;
  /** How many outside CEO candidates have declined the board's offer. */
  rivalCeoDeclined: number;
}

export interface PlayedMove {
  party: PartyId;
  move: string;
  params?: Record<string, unknown>;
}

/**
 * `historical`: it happened, at this time, with its source. `historical-elsewhen`: it happened at `historicalTime` (with
 * its source) and here happens at another time. `simulated`: it did not happen. See history/news.ts.
 */
export type NewsMark = 'historical' | 'historical-elsewhen' | 'simulated';

export interface NewsItem {
  msg: Message;
  mark: NewsMark;
  /** Shorthand for `mark === 'historical'`. */
  historical: boolean;
  /** FACTS.md's source, for historical items of either kind. */
  source?: string;
  /** When it happened in 2023 (ISO 8601, Pacific), for `historical-elsewhen` items. */
  historicalTime?: string;
  /** A quote from the seed article, attributed. */
  quote?: { by: string; text: string; date: string };
}

/** Why a number changed: the move or rule that changed it, and the random draw if there was one. */
export interface Change {
  metric: MetricId | 'staff' | 'departures' | 'resolve' | 'seat' | 'msftPrice' | 'ceo' | 'altmanAt' | 'tender';
  from: number | string;
  to: number | string;
  cause: string;
  draw?: number;
  detail?: string;
}

/** The key numbers after a turn, as the command line's JSON lists them. */
export type TurnMetrics = Pick<
  World,
  | 'signatures'
  | 'departures'
  | 'continuity'
  | 'boardCredibility'
  | 'investorPressure'
  | 'microsoftConfidence'
  | 'missionSafeguards'
  | 'valuation'
  | 'ceo'
  | 'altmanAt'
  | 'tender'
>;

/**
 * A vote of the board, as taken when its motion resolved: each seated director votes from her resolve against the
 * motion's threshold (board-vote.ts); the removal itself is a vote too, with Altman's allies lobbying under notice.
 */
export interface BoardVote {
  move: string;
  kind: 'hold' | 'talk' | 'offer' | 'explore' | 'review' | 'remove';
  /** A director votes for when her resolve is at least (or below) this. */
  threshold: number;
  forWhen: 'at-least' | 'below';
  seated: number;
  needed: number;
  passed: boolean;
  ballots: { director: DirectorId; resolve: number; for: boolean }[];
}

/**
 * One step of a turn's resolution, in the published order: a party's move (or the world's reaction, `party` null),
 * with the spans of the turn's `changes` and `news` it made (`[start, end)` indices), and the rule that refused the
 * move if it failed. `stepsOf(record)` gives each step with its changes and news.
 */
export interface TurnStep {
  party: PartyId | null;
  move: string | null;
  params: Record<string, unknown>;
  refused?: Message;
  changes: [number, number];
  news: [number, number];
}

export interface TurnRecord {
  /** -1 is the board's prologue. */
  turn: number;
  /** The prologue, a turn of the crisis, or the turn in which the game ended. */
  phase: 'prologue' | 'crisis' | 'over';
  /** People at the company after the turn. */
  staff: number;
  /** The deadlines still running after the turn, each with the moment it falls. */
  deadlines: Deadline[];
  moves: PlayedMove[];
  news: NewsItem[];
  changes: Change[];
  /** The board's votes this turn, in the order they were taken. */
  votes: BoardVote[];
  /** The resolution, step by step: each move in the published order, then the world's reaction. */
  steps: TurnStep[];
  metrics: TurnMetrics;
  /** The events the turn's moves and rules sent to the party machines, in order. */
  events: { party: PartyId; type: string }[];
  /** Each party's state after the turn. */
  states: Record<PartyId, string>;
}

export interface GameSetup {
  seed: number;
  rules: RuleSwitch[];
  controllers: Record<PartyId, Controller>;
}

export interface GameState extends GameSetup {
  /**
   * Switches turned on during the game (a branch's what-if from a given turn), in order; `rules` includes them from
   * their turn on. Empty for a game whose rulebook was set before play.
   */
  ruleChanges: { turn: number; rule: RuleSwitch }[];
  /** The seeded generator's state: every draw goes through it. */
  rng: number;
  /** The turn about to be played; -1 while the board's prologue is pending. */
  turn: number;
  parties: Record<PartyId, string>;
  world: World;
  /** False once any move left the historical line. */
  onHistory: boolean;
  /**
   * Each simulated party's temper for this run, -1 (conciliatory) to 1 (combative), drawn at the start:
   * the same seat plays a little differently from one seed to the next, and consistently within a run.
   */
  temperament: Record<PartyId, number>;
  log: TurnRecord[];
  outcome: { id: OutcomeId; turn: number } | null;
}

/** A number a move's effect is likely to move: the shared metrics, the people who left, the directors' resolve. */
export type LikelyMetric = MetricId | 'departures' | 'resolve';
export interface Likely {
  metric: LikelyMetric;
  direction: 'up' | 'down';
  /** The mean size of the change over a few draws, in the metric's own units. */
  size: number;
}

export interface MoveCard {
  move: string;
  party: PartyId;
  concepts: ConceptId[];
  /** null when the move can be played now; else the rule that forbids it, in words. */
  blocked: Message | null;
  /** The parameter choices the move offers now (one empty object for moves without parameters). */
  options: Record<string, unknown>[];
  /** What the move's effect is likely to change now, with its first open option (hints.ts). */
  likely: Likely[];
}
