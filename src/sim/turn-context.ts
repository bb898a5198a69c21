// A turn in progress: the mutable working copy that moves and rules change, with the record of why.
import type { Destination, MetricId, PartyId, RuleSwitch } from './ids.ts';
import { markOf } from './history/news.ts';
import { stepParty, type PartyEventType } from './parties/index.ts';
import { draw, type RandomSource } from './random.ts';
import type { BoardVote, Change, Director, GameState, Message, NewsItem, TurnStep, World } from './types.ts';
import { boardBend, CONTINUITY_AT_START, SWAYABILITY } from './world.ts';

/** What guards and policies may read: the world, the parties' states, the clock and the rulebook. */
export interface GameView {
  readonly world: World;
  readonly parties: Readonly<Record<PartyId, string>>;
  readonly turn: number;
  readonly rules: readonly RuleSwitch[];
}

/** A director copied field by field, like the world below (twice as fast as a spread); `joinedLater` only where she has it. */
const copyDirector = (d: Director): Director =>
  d.joinedLater === undefined ? { id: d.id, seated: d.seated, resolve: d.resolve } : { id: d.id, seated: d.seated, resolve: d.resolve, joinedLater: d.joinedLater };

/**
 * The world copied for a turn to change: every nested object and list anew, so the turn never touches the state it
 * started from. Written field by field: a literal of known shape copies about twice as fast as a spread of some forty
 * fields, this runs every turn of every game, and TypeScript refuses the literal if a field of World is left out. In the
 * order initialWorld lists them, so a saved game's JSON reads the same as before.
 */
export function cloneWorld(w: World): World {
  return {
    staff: w.staff,
    signatures: w.signatures,
    departures: { ...w.departures },
    continuity: w.continuity,
    boardCredibility: w.boardCredibility,
    investorPressure: w.investorPressure,
    microsoftConfidence: w.microsoftConfidence,
    missionSafeguards: w.missionSafeguards,
    valuation: w.valuation,
    directors: w.directors.map(copyDirector),
    ceo: w.ceo,
    altmanAt: w.altmanAt,
    tender: w.tender,
    msftPrice: w.msftPrice,
    deadlines: w.deadlines.map((d) => ({ ...d })),
    offers: { ...w.offers },
    talks: { ...w.talks, onTable: w.talks.onTable ? { ...w.talks.onTable } : null },
    reasonsStrength: w.reasonsStrength,
    reasonsPublished: w.reasonsPublished,
    letterPublished: w.letterPublished,
    letterStartedTurn: w.letterStartedTurn,
    letterPublishedTurn: w.letterPublishedTurn,
    brockmanQuit: w.brockmanQuit,
    sutskeverRegrets: w.sutskeverRegrets,
    investigationOpened: w.investigationOpened,
    mergerApproached: w.mergerApproached,
    mergerAgreed: w.mergerAgreed,
    mergerAnswerTurn: w.mergerAnswerTurn,
    boardAgreedToResign: w.boardAgreedToResign,
    namedDirectors: [...w.namedDirectors],
    microsoftSeat: w.microsoftSeat,
    calmTurns: w.calmTurns,
    removal: w.removal,
    walkedOut: w.walkedOut,
    rally: w.rally,
    seatDemanded: w.seatDemanded,
    ultimatumPassed: w.ultimatumPassed,
    altmanDeadlinePassed: w.altmanDeadlinePassed,
    rivalCeoDeclined: w.rivalCeoDeclined,
    computeThreatened: w.computeThreatened,
    boardGrit: w.boardGrit,
    newcoRaising: w.newcoRaising,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export class TurnContext implements GameView, RandomSource {
  rng: number;
  readonly world: World;
  readonly parties: Record<PartyId, string>;
  readonly turn: number;
  readonly rules: readonly RuleSwitch[];
  readonly news: NewsItem[] = [];
  readonly events: { party: PartyId; type: string }[] = [];
  readonly changes: Change[] = [];
  readonly votes: BoardVote[] = [];
  /** The move or rule now acting, named in every change it makes. */
  cause = 'world';
  /**
   * Whether this turn is on history's line: the 2023 rulebook, and every party so far, this turn included, played
   * history's move. History's numbers (the letter's names) are then history's, not the model's.
   */
  onLine = false;

  /**
   * Whether this turn keeps its news and the reasons numbers changed. A study of thousands of games (explore) only
   * needs endings and scores, and skips them: the draws, and so the game, are the same either way.
   */
  readonly recording: boolean;

  constructor(state: GameState, recording = true) {
    this.recording = recording;
    this.rng = state.rng;
    this.world = cloneWorld(state.world);
    this.parties = { ...state.parties };
    this.turn = state.turn;
    this.rules = state.rules;
  }

  has(rule: RuleSwitch): boolean {
    return this.rules.includes(rule);
  }

  /** One draw from the seeded generator. */
  draw(): number {
    return draw(this);
  }

  /** Sets a bounded metric (0..100, or 0.. for valuation), recording the change and its cause. */
  set(metric: MetricId, value: number, drawn?: number): void {
    const w = this.world as unknown as Record<string, number>;
    const from = w[metric];
    let to = metric === 'valuation' ? Math.max(0, value) : metric === 'signatures' ? Math.max(0, Math.min(this.world.staff, Math.round(value))) : Math.max(0, Math.min(100, value));
    to = round1(to);
    if (to === from) return;
    w[metric] = to;
    if (this.recording) this.changes.push(drawn === undefined ? { metric, from, to, cause: this.cause } : { metric, from, to, cause: this.cause, draw: round1(drawn) });
  }

  add(metric: MetricId, delta: number, drawn?: number): void {
    const w = this.world as unknown as Record<string, number>;
    this.set(metric, w[metric] + delta, drawn);
  }

  /** Opens a step of the resolution: what follows, until endStep, is this step's doing. */
  beginStep(party: PartyId | null, move: string | null, params: Record<string, unknown>): TurnStep {
    return { party, move, params, changes: [this.changes.length, this.changes.length], news: [this.news.length, this.news.length] };
  }

  endStep(step: TurnStep): TurnStep {
    step.changes[1] = this.changes.length;
    step.news[1] = this.news.length;
    return step;
  }

  /** Keeps a vote of the board as it was taken (for the record: who voted which way, and why). */
  recordVote(vote: BoardVote): void {
    if (this.recording) this.votes.push(vote);
  }

  /**
   * The board's credibility falls, by less the less of it is left: the first attacks on its reasons move opinion
   * most, the tenth op-ed little.
   */
  discredit(amount: number, drawn?: number): void {
    this.add('boardCredibility', -amount * Math.min(1, this.world.boardCredibility / 40), drawn);
  }

  /**
   * Continuity restored by steady work or good news, never past its level before the crisis: calm repairs the damage,
   * it does not make the company better than it was.
   */
  restoreContinuity(delta: number, drawn?: number): void {
    const room = Math.max(0, CONTINUITY_AT_START - this.world.continuity);
    if (room > 0) this.add('continuity', Math.min(delta, room), drawn);
  }

  /** People leave the company for a destination; signatures cannot outnumber those who stay. */
  depart(dest: Destination, count: number): number {
    const n = Math.max(0, Math.min(this.world.staff, Math.round(count)));
    if (n === 0) return 0;
    const w = this.world;
    if (this.recording) this.changes.push({ metric: 'departures', from: w.departures[dest], to: w.departures[dest] + n, cause: this.cause, detail: dest });
    w.departures[dest] += n;
    if (this.recording) this.changes.push({ metric: 'staff', from: w.staff, to: w.staff - n, cause: this.cause });
    w.staff -= n;
    // Leavers were mostly signers: the letter loses their names.
    if (w.signatures > w.staff) this.set('signatures', w.staff);
    else if (w.signatures > 0) this.set('signatures', w.signatures - Math.min(w.signatures, Math.round(n * 0.8)));
    return n;
  }

  /**
   * Moves one director's resolve, recording why. Pressure moves some directors more than others, and this run's board
   * bends to it more or less as a whole (`boardGrit`; history's line plays the board of record).
   */
  shiftResolve(d: Director, delta: number, swayed = true): void {
    const sway = swayed ? (SWAYABILITY[d.id] ?? 0.8) * (delta < 0 ? boardBend(this.onLine ? 0 : this.world.boardGrit) : 1) : 1;
    const to = round1(Math.max(0, Math.min(100, d.resolve + delta * sway)));
    if (to === d.resolve) return;
    if (this.recording) this.changes.push({ metric: 'resolve', from: d.resolve, to, cause: this.cause, detail: d.id });
    d.resolve = to;
  }

  /** Pressure on the whole board: every seated director's resolve moves, each as far as they sway. */
  pressDirectors(delta: number): void {
    for (const d of this.world.directors) if (d.seated) this.shiftResolve(d, delta);
  }

  /** A director takes or leaves a seat on the board. */
  setSeated(d: Director, seated: boolean): void {
    if (d.seated === seated) return;
    if (this.recording) this.changes.push({ metric: 'seat', from: d.seated ? 'seated' : 'off', to: seated ? 'seated' : 'off', cause: this.cause, detail: d.id });
    d.seated = seated;
  }

  setCeo(ceo: World['ceo']): void {
    if (this.world.ceo === ceo) return;
    if (this.recording) this.changes.push({ metric: 'ceo', from: this.world.ceo, to: ceo, cause: this.cause });
    this.world.ceo = ceo;
  }

  setAltmanAt(at: World['altmanAt']): void {
    if (this.world.altmanAt === at) return;
    if (this.recording) this.changes.push({ metric: 'altmanAt', from: this.world.altmanAt, to: at, cause: this.cause });
    this.world.altmanAt = at;
  }

  setTender(t: World['tender']): void {
    if (this.world.tender === t) return;
    if (this.recording) this.changes.push({ metric: 'tender', from: this.world.tender, to: t, cause: this.cause });
    this.world.tender = t;
  }

  /** Sends an event to a party's machine. */
  send<P extends PartyId>(party: P, event: PartyEventType<P>): void {
    this.events.push({ party, type: event });
    this.parties[party] = stepParty(party, this.parties[party], event);
  }

  /**
   * A news item. Its mark (historical, historical at another time, simulated), source and quote come from what history
   * contains (history/news.ts), whoever reports it: a move, a rule or a beat of history's line.
   */
  report(key: string, vars?: Message['vars']): void {
    if (!this.recording) return;
    const marked = markOf(key, this.turn, vars);
    this.news.push({ msg: vars ? { key, vars } : { key }, historical: marked.mark === 'historical', ...marked });
  }
}
