// The board's moves. Every one but the prologue needs a majority of the seated directors.
import { HOLD_AT } from '../board-vote.ts';
import { deadlineAt, deadlineTurn } from '../clock.ts';
import type { GameView, TurnContext } from '../turn-context.ts';
import type { BoardVote, DirectorId, ReturnTerms } from '../types.ts';
import { FIRING_DIRECTORS } from '../world.ts';
import { defineMoves, NO_PARAMS, rule, type Params } from './move.ts';

const ACTIVE = ['defending', 'negotiating', 'entrenched'] as const;

/** The order in which the firing directors step down in a deal: D'Angelo, the negotiator, stays longest. */
export const LEAVING_ORDER: readonly DirectorId[] = ['toner', 'mccauley', 'sutskever', 'dangelo'];

/** The compromise slate reported at the time: the letter's Taylor and Hurd, and the deal's Summers. */
export const DIRECTOR_POOL: readonly DirectorId[] = ['taylor', 'summers', 'hurd'];
/** People of the board's own choosing (it searched for its own CEO and candidates that weekend). */
export const ALLY_POOL: readonly DirectorId[] = ['safety-researcher', 'governance-scholar'];

/** Whether the board is talking terms, or has agreed to go: it then names from the compromise slate. */
const inTalks = (v: GameView) => v.parties.board === 'negotiating' || v.parties.board === 'resigned' || v.world.boardAgreedToResign;

const TERMS_OPTIONS: readonly ReturnTerms[] = [
  { investigation: true, directorsLeave: 0, altmanOffBoard: true },
  { investigation: true, directorsLeave: 1, altmanOffBoard: true },
  { investigation: true, directorsLeave: 2, altmanOffBoard: true },
  { investigation: true, directorsLeave: 3, altmanOffBoard: true },
  { investigation: false, directorsLeave: 3, altmanOffBoard: false },
];

function removeCeo(ctx: TurnContext, manner: 'abrupt' | 'prepared'): void {
  const w = ctx.world;
  // The 2016 bylaws let a majority of the directors act without notice or a meeting. With notice required, Altman
  // hears of it and his allies lobby every director before the meeting, where a supermajority must hold.
  const notice = ctx.has('notice-required');
  const boardSize = w.directors.filter((d) => d.seated).length;
  const needed = notice ? Math.ceil((boardSize * 2) / 3) : Math.floor(boardSize / 2) + 1;
  let yes = 0;
  const ballots: BoardVote['ballots'] = [];
  for (const d of w.directors) {
    if (!d.seated || d.id === 'altman' || d.id === 'brockman') continue;
    // Each director votes from her own resolve. A prepared case persuades the undecided; lobbying wears resolve down.
    const d1 = ctx.draw();
    const persuaded = manner === 'prepared' ? 8 : 0;
    const lobbied = notice ? 8 + d1 * 20 : (d1 - 0.5) * 10;
    const resolve = Math.round(d.resolve + persuaded - lobbied);
    ballots.push({ director: d.id, resolve, for: resolve >= HOLD_AT });
    if (resolve >= HOLD_AT) yes++;
  }
  // Altman and Brockman, the motion's subjects, do not vote on it.
  ctx.recordVote({ move: 'board.remove-ceo', kind: 'remove', threshold: HOLD_AT, forWhen: 'at-least', seated: boardSize, needed, passed: yes >= needed, ballots });
  if (yes < needed) {
    w.removal = 'failed';
    ctx.discredit(15);
    ctx.report('news.removal-failed', { yes, needed });
    return;
  }
  w.removal = manner;
  ctx.setCeo('murati');
  ctx.setAltmanAt('out');
  for (const d of w.directors) if (d.id === 'altman' || d.id === 'brockman') ctx.setSeated(d, false);
  ctx.send('board', 'CEO_REMOVED');
  // A partner with a seat is in the room: never blindsided.
  const inTheRoom = w.microsoftSeat === 'voting';
  if (inTheRoom) ctx.send('microsoft', 'STABILIZING');
  if (manner === 'abrupt') {
    ctx.add('microsoftConfidence', inTheRoom ? -8 : -22);
    ctx.discredit(12);
    ctx.add('continuity', -6);
    ctx.report('news.board.remove-ceo.abrupt');
  } else {
    // Partners told, reasons ready, a successor lined up; but Altman's allies had warning too.
    ctx.add('microsoftConfidence', -8);
    ctx.add('boardCredibility', 4);
    ctx.add('continuity', -2);
    ctx.send('employees', 'ORGANIZING_BEGAN');
    const d = ctx.draw();
    ctx.set('signatures', 40 + d * 120, d);
    ctx.report('news.board.remove-ceo.prepared');
  }
}

/** The talks terms a deal settles on, once Altman accepts. */
export function directorsLeaving(terms: ReturnTerms | null, agreedToResign: boolean): number {
  if (agreedToResign) return 4;
  return terms ? terms.directorsLeave : 0;
}

export const boardMoves = defineMoves('board', [
  {
    id: 'board.remove-ceo',
    party: 'board',
    states: ['deliberating'],
    stance: 'hard',
    concepts: ['acting-without-notice', 'supermajority', 'quorum-and-majority', 'nonprofit-control', 'candour-and-communication', 'key-person-risk'],
    options: () => [{ manner: 'abrupt' }, { manner: 'prepared' }],
    guard: (v) => (v.turn !== -1 ? rule('prologue-only') : null),
    effect: (ctx, p) => removeCeo(ctx, p.manner === 'prepared' ? 'prepared' : 'abrupt'),
  },
  {
    id: 'board.appoint-interim',
    party: 'board',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['interim-leadership', 'key-person-risk', 'quorum-and-majority'],
    options: (v) => {
      const out: Params[] = [];
      if (v.world.ceo !== 'murati' || v.turn === 0) out.push({ interim: 'murati' });
      if (v.world.ceo !== 'shear') out.push({ interim: 'shear' });
      if (v.world.ceo !== 'rival-ceo' && v.world.rivalCeoDeclined < 2) out.push({ interim: 'rival-ceo' });
      return out;
    },
    guard: (v, p) => {
      if (v.world.ceo === 'altman') return rule('ceo-in-office');
      if (v.world.ceo === p.interim && !(p.interim === 'murati' && v.turn === 0)) return rule('already-interim', { ceo: v.world.ceo });
      if (p.interim === 'rival-ceo' && v.world.rivalCeoDeclined >= 2) return rule('candidates-declined');
      return null;
    },
    vote: () => 'hold',
    effect: (ctx, p) => {
      const w = ctx.world;
      if (p.interim === 'murati') {
        ctx.setCeo('murati');
        ctx.restoreContinuity(3);
        ctx.report('news.board.appoint-interim.murati');
        return;
      }
      if (p.interim === 'rival-ceo') {
        // Two candidates declined in history; a rival lab's CEO is a long shot.
        const d = ctx.draw();
        if (d < 0.7) {
          w.rivalCeoDeclined++;
          ctx.discredit(3, d);
          ctx.report('news.board.appoint-interim.declined');
          return;
        }
        ctx.setCeo('rival-ceo');
        ctx.add('boardCredibility', 4, d);
      } else {
        ctx.setCeo('shear');
        ctx.discredit(4);
      }
      // A second interim in days: churn for the product, a provocation for the staff.
      ctx.add('continuity', -7);
      ctx.send('management', 'INTERIM_REPLACED');
      if (w.talks.open) {
        w.talks.open = false;
        w.talks.progress = Math.max(0, w.talks.progress - 25);
        ctx.send('board', 'TALKS_COLLAPSED');
        ctx.send('altman', 'TALKS_COLLAPSED');
      }
      ctx.report(p.interim === 'shear' ? 'news.board.appoint-interim.shear' : 'news.board.appoint-interim.rival');
    },
  },
  {
    id: 'board.explain-reasons',
    party: 'board',
    states: ACTIVE,
    stance: 'neutral',
    concepts: ['candour-and-communication', 'duty-to-mission', 'quorum-and-majority'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.reasonsPublished ? rule('reasons-already-published') : null),
    // Those who still stand by the removal vote to defend it in public.
    vote: () => 'hold',
    effect: (ctx) => {
      const w = ctx.world;
      w.reasonsPublished = true;
      const strength = w.reasonsStrength;
      ctx.add('boardCredibility', (strength - 45) * 0.6);
      if (strength >= 70) ctx.add('microsoftConfidence', 3);
      ctx.report(strength >= 70 ? 'news.board.explain-reasons.strong' : strength >= 40 ? 'news.board.explain-reasons.mixed' : 'news.board.explain-reasons.weak');
    },
  },
  {
    id: 'board.stay-silent',
    party: 'board',
    states: ACTIVE,
    stance: 'neutral',
    concepts: ['candour-and-communication'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      ctx.add('boardCredibility', ctx.world.reasonsPublished ? -0.5 : -2);
      ctx.report('news.board.stay-silent');
    },
  },
  {
    id: 'board.hold-firm',
    party: 'board',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['nonprofit-control', 'duty-to-mission', 'fiduciary-duty', 'self-perpetuating-board', 'quorum-and-majority'],
    options: () => NO_PARAMS,
    vote: () => 'hold',
    effect: (ctx) => {
      const w = ctx.world;
      const reneged = w.boardAgreedToResign;
      w.boardAgreedToResign = false;
      w.deadlines = w.deadlines.filter((d) => d.kind !== 'board-resignation');
      if (w.talks.open) {
        w.talks.open = false;
        w.talks.onTable = null;
        w.talks.progress = Math.max(0, w.talks.progress - 20);
        ctx.send('altman', 'TALKS_COLLAPSED');
      }
      ctx.send('board', 'HELD_FIRM');
      ctx.add('investorPressure', 8);
      ctx.add('missionSafeguards', 2);
      ctx.add('boardCredibility', reneged ? -8 : -2);
      ctx.report(reneged ? 'news.board.hold-firm.reneged' : 'news.board.hold-firm');
    },
  },
  {
    id: 'board.negotiate-return',
    party: 'board',
    states: ACTIVE,
    stance: 'soft',
    concepts: ['nonprofit-control', 'board-composition', 'key-person-risk', 'quorum-and-majority'],
    options: () => TERMS_OPTIONS as unknown as Params[],
    // The more directors the terms send away, the softer the board must be to offer them.
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    vote: (_v, p) => ({ offerDirectorsLeaving: Number(p.directorsLeave ?? 0) }),
    effect: (ctx, p) => {
      const w = ctx.world;
      const terms: ReturnTerms = {
        investigation: p.investigation !== false,
        directorsLeave: Math.max(0, Math.min(4, Number(p.directorsLeave ?? 0))),
        altmanOffBoard: p.altmanOffBoard !== false,
      };
      const wasOpen = w.talks.open;
      w.talks.open = true;
      w.talks.onTable = terms;
      w.talks.lapsedTurn = null;
      const d = ctx.draw();
      // Terms that leave the board in place stall talks while Altman demands it go (Sunday 19 November).
      const stalled = w.talks.altmanDemandsBoardOut && terms.directorsLeave < 2 ? 0.5 : 1;
      w.talks.progress = Math.min(100, w.talks.progress + (10 + terms.directorsLeave * 8 + d * 10) * stalled);
      ctx.send('board', 'TALKS_OPENED');
      ctx.send('altman', 'TALKS_OPENED');
      ctx.add('investorPressure', -4);
      ctx.restoreContinuity(2);
      ctx.report(wasOpen ? 'news.board.negotiate-return.continue' : 'news.board.negotiate-return');
      // The terms of each round are the game's: history records the talks, not their drafts.
      ctx.report('news.board.terms', { count: terms.directorsLeave });
    },
  },
  {
    id: 'board.agree-to-resign',
    party: 'board',
    states: ACTIVE,
    stance: 'soft',
    concepts: ['board-composition', 'nonprofit-control', 'quorum-and-majority'],
    options: () => [{ deadline: 0 }, { deadline: 1 }],
    guard: (v) => {
      if (v.world.boardAgreedToResign) return rule('already-agreed');
      if (v.world.altmanAt === 'openai') return rule('ceo-in-office');
      return null;
    },
    vote: () => 'talk',
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = deadlineTurn(ctx.turn, Number(p.deadline ?? 0));
      w.boardAgreedToResign = true;
      w.deadlines.push({ kind: 'board-resignation', turn: by, at: deadlineAt(by), setBy: 'board' });
      w.talks.open = true;
      w.talks.onTable = { investigation: true, directorsLeave: 4, altmanOffBoard: false };
      w.talks.progress = Math.min(100, w.talks.progress + 30);
      ctx.send('board', 'AGREED_TO_RESIGN');
      ctx.send('altman', 'TALKS_OPENED');
      ctx.add('investorPressure', -10);
      ctx.report('news.board.agree-to-resign', { at: deadlineAt(by) });
    },
  },
  {
    id: 'board.seek-merger',
    party: 'board',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['duty-to-mission', 'nonprofit-control', 'quorum-and-majority'],
    options: () => NO_PARAMS,
    guard: (v) => {
      if (v.world.mergerAnswerTurn !== null) return rule('merger-pending');
      return v.world.mergerApproached ? rule('merger-answered') : null;
    },
    vote: () => 'explore',
    // The rival answers at the end of the next turn (rules/merger.ts): time for the staff to make their views known.
    effect: (ctx) => {
      ctx.world.mergerApproached = true;
      ctx.world.mergerAnswerTurn = ctx.turn + 1;
      ctx.report('news.board.seek-merger');
    },
  },
  {
    id: 'board.name-directors',
    party: 'board',
    states: [...ACTIVE, 'resigned'],
    stance: 'neutral',
    concepts: ['board-composition', 'self-perpetuating-board', 'quorum-and-majority'],
    // A board in talks, or one that has agreed to go, names from the compromise slate (the letter asked for Taylor and
    // Hurd; the deal added Summers); a board defending its decision names people of its own choosing: a board that
    // elects its own members can entrench itself.
    options: (v) => {
      const pool = inTalks(v) ? DIRECTOR_POOL : ALLY_POOL;
      const free = pool.filter((id) => !v.world.namedDirectors.includes(id) && !v.world.directors.some((d) => d.id === id && d.seated));
      const out: Params[] = [];
      for (let mask = 1; mask < 1 << free.length; mask++) out.push({ directors: free.filter((_, i) => mask & (1 << i)) });
      return out;
    },
    guard: (v, p) => {
      const ids = Array.isArray(p.directors) ? (p.directors as string[]) : [];
      const pool: readonly string[] = inTalks(v) ? DIRECTOR_POOL : ALLY_POOL;
      if (ids.length === 0) return rule('no-directors-chosen');
      if (ids.some((id) => !pool.includes(id))) return rule('unknown-director');
      if (ids.some((id) => v.world.namedDirectors.includes(id as DirectorId))) return rule('director-already-named');
      return null;
    },
    // Allies are named by those who stand by the removal; the compromise slate by those ready to talk.
    vote: (v) => (inTalks(v) ? 'talk' : 'hold'),
    effect: (ctx, p) => {
      const w = ctx.world;
      const ids = (p.directors as DirectorId[]).slice(0, 3);
      const allies = !inTalks(ctx);
      for (const id of ids) {
        const d = ctx.draw();
        const resolve = Math.round(allies ? 55 + d * 25 : 10 + d * 25);
        const existing = w.directors.find((x) => x.id === id);
        if (existing) {
          existing.resolve = resolve;
          ctx.setSeated(existing, true);
        } else {
          const named = { id, seated: false, resolve, joinedLater: true };
          w.directors.push(named);
          ctx.setSeated(named, true);
        }
        w.namedDirectors.push(id);
      }
      ctx.add('boardCredibility', allies ? -4 : 6);
      if (allies) ctx.add('missionSafeguards', 2);
      ctx.report(allies ? 'news.board.name-directors.allies' : 'news.board.name-directors', { directors: ids.join(',') });
    },
  },
  {
    id: 'board.open-investigation',
    party: 'board',
    states: ACTIVE,
    stance: 'neutral',
    concepts: ['candour-and-communication', 'duty-to-mission', 'quorum-and-majority'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.investigationOpened ? rule('investigation-open') : null),
    vote: () => 'review',
    effect: (ctx) => {
      const w = ctx.world;
      w.investigationOpened = true;
      ctx.add('boardCredibility', 6);
      ctx.add('missionSafeguards', 3);
      if (w.talks.open) w.talks.progress = Math.min(100, w.talks.progress + 5);
      ctx.report('news.board.open-investigation');
    },
  },
]);

