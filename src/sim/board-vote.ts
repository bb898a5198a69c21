// The board decides by a majority of its seated directors. Each director votes from their resolve,
// so a director whose resolve falls changes sides, as Sutskever did.
import type { GameView } from './turn-context.ts';
import type { BoardVote, Director, Message } from './types.ts';
import { seatedDirectors } from './world.ts';

/**
 * hold: keep the removal standing (a director votes for when resolve is 40 or more);
 * talk: open talks on a return, or agree in principle to step down (resolve under 75);
 * explore: sound out a rival lab (resolve 30 or more);
 * review: commission an independent review (resolve 20 or more: those who have changed sides want Altman back now,
 * not a review that takes months).
 */
/** The resolve at or above which a director votes to hold. */
export const HOLD_AT = 40;
/** Sounding out a merger needs only directors who still back the removal at all. */
export const EXPLORE_AT = 30;
/** The resolve below which a director votes to talk. */
export const TALK_BELOW = 75;
/** A director who still wants the crisis examined, not simply ended, backs a review. */
export const REVIEW_AT = 20;

export type VoteKind = 'hold' | 'talk' | 'explore' | 'review' | { offerDirectorsLeaving: number };

/** A director votes to offer terms in which n of the firing directors step down only below this resolve. */
export const offerBelow = (directorsLeave: number) => TALK_BELOW - 8 * Math.max(0, directorsLeave);

/** The resolve a director's vote on a kind of motion turns on. */
function thresholdOf(kind: VoteKind): number {
  if (typeof kind === 'object') return offerBelow(kind.offerDirectorsLeaving);
  if (kind === 'hold') return HOLD_AT;
  if (kind === 'talk') return TALK_BELOW;
  if (kind === 'explore') return EXPLORE_AT;
  return REVIEW_AT;
}

/** Motions to talk or to offer terms win the directors below their threshold; the others, those at or above it. */
const forBelow = (kind: VoteKind): boolean => typeof kind === 'object' || kind === 'talk';

/** Whether a director votes for a motion of this kind. */
function votesFor(kind: VoteKind, d: Director): boolean {
  return forBelow(kind) ? d.resolve < thresholdOf(kind) : d.resolve >= thresholdOf(kind);
}

export interface VoteCount {
  seated: number;
  needed: number;
  for: Director[];
  against: Director[];
  passes: boolean;
}

export function countVote(view: GameView, kind: VoteKind): VoteCount {
  const seated = seatedDirectors(view.world);
  const needed = Math.floor(seated.length / 2) + 1;
  const yes = seated.filter((d) => votesFor(kind, d));
  const no = seated.filter((d) => !votesFor(kind, d));
  return { seated: seated.length, needed, for: yes, against: no, passes: yes.length >= needed };
}

/**
 * Whether a majority of the seated directors would carry the motion now. Counted without allocating: the legal moves
 * ask it for every option of every board move, every turn, and need only the answer.
 */
export function boardWouldPass(view: GameView, kind: VoteKind): boolean {
  const threshold = thresholdOf(kind);
  const below = forBelow(kind);
  let seated = 0;
  let yes = 0;
  for (const d of view.world.directors) {
    if (!d.seated) continue;
    seated++;
    if (below ? d.resolve < threshold : d.resolve >= threshold) yes++;
  }
  return yes >= Math.floor(seated / 2) + 1;
}

/** null when the board can act; else the rule in words: "needs 3 of 4 directors; Sutskever now votes against". */
export function boardVoteBlock(view: GameView, kind: VoteKind): Message | null {
  if (boardWouldPass(view, kind)) return null;
  const v = countVote(view, kind);
  return {
    key: 'rule.board-majority',
    vars: { needed: v.needed, seated: v.seated, votesFor: v.for.length, againstDirectors: v.against.map((d) => d.id).join(',') },
  };
}

/** Where a director's resolve must stand for her to vote for a kind of motion. */
export function voteRule(kind: VoteKind): { kind: BoardVote['kind']; threshold: number; forWhen: 'at-least' | 'below' } {
  return { kind: typeof kind === 'object' ? 'offer' : kind, threshold: thresholdOf(kind), forWhen: forBelow(kind) ? 'below' : 'at-least' };
}

/** A vote of the board as it was taken: the motion, the rule, and each seated director's ballot with her resolve. */
export function takeVote(view: GameView, move: string, kind: VoteKind): BoardVote {
  const rule = voteRule(kind);
  const ballots = seatedDirectors(view.world).map((d) => ({ director: d.id, resolve: d.resolve, for: votesFor(kind, d) }));
  const needed = Math.floor(ballots.length / 2) + 1;
  return { move, ...rule, seated: ballots.length, needed, passed: ballots.filter((b) => b.for).length >= needed, ballots };
}
