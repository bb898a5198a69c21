// The board's votes in words: the tally, and each director's ballot with her reason ("Toner votes to hold: her
// resolve, 72, is at least 40"). Every motion needs a majority of the seated directors (the removal itself, under
// notice-required, two thirds of the board); each director votes from her own resolve against the motion's threshold
// (src/sim/board-vote.ts).
import type { BoardVote, DirectorId, TurnRecord } from '../sim/types.ts';
import { formatParams, gameText, LOCALES, moveTitle, type Lang } from '../text/index.ts';

export interface BallotInWords {
  director: DirectorId;
  for: boolean;
  resolve: number;
  text: string;
}

export interface VoteInWords {
  move: string;
  kind: BoardVote['kind'];
  passed: boolean;
  votesFor: number;
  votesAgainst: number;
  needed: number;
  seated: number;
  /** "Name an interim CEO (Emmett Shear): 3 for, 1 against; 3 of 4 seated directors needed: carried." */
  tally: string;
  ballots: BallotInWords[];
}

const numbers = new Map<Lang, Intl.NumberFormat>();
/** A resolve as the language writes it: 67.8, 67,8. */
export function numberText(x: number, lang: Lang): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 })));
  return f.format(x);
}

function ballotText(vote: BoardVote, b: BoardVote['ballots'][number], lang: Lang): string {
  const side = b.for ? 'for' : 'against';
  return gameText(`teach.vote.ballot.${vote.forWhen}.${side}`, lang, {
    director: gameText(`director.${b.director}`, lang),
    verb: gameText(`teach.vote.${side}.${vote.kind}`, lang),
    pronoun: gameText(`teach.pronoun.${b.director}`, lang),
    resolve: numberText(b.resolve, lang),
    threshold: numberText(vote.threshold, lang),
  });
}

/** One vote in words. `params` are the motion's, when known (the terms offered, the interim named). */
export function voteInWords(vote: BoardVote, lang: Lang = 'en', params?: Record<string, unknown>): VoteInWords {
  const votesFor = vote.ballots.filter((b) => b.for).length;
  const votesAgainst = vote.ballots.length - votesFor;
  const shown = formatParams(params, lang);
  const motion = shown ? `${moveTitle(vote.move, lang)} (${shown})` : moveTitle(vote.move, lang);
  let tally = gameText(`teach.vote.tally.${vote.passed ? 'carried' : 'lost'}`, lang, { motion, votesFor, votesAgainst, needed: vote.needed, seated: vote.seated });
  // The removal's subjects sit on the board but do not vote on it: their seats count towards the majority all the same.
  if (vote.ballots.length < vote.seated) tally += ` ${gameText('teach.vote.subjects', lang)}`;
  return {
    move: vote.move,
    kind: vote.kind,
    passed: vote.passed,
    votesFor,
    votesAgainst,
    needed: vote.needed,
    seated: vote.seated,
    tally,
    ballots: vote.ballots.map((b) => ({ director: b.director, for: b.for, resolve: b.resolve, text: ballotText(vote, b, lang) })),
  };
}

/** A turn's votes in words, in the order they were taken, each with its motion's parameters. */
export function votesOf(record: TurnRecord, lang: Lang = 'en'): VoteInWords[] {
  return record.votes.map((v) => voteInWords(v, lang, record.moves.find((m) => m.party === 'board' && m.move === v.move)?.params));
}
