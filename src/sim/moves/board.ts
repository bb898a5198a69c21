// The board's moves. Every one but the prologue needs a majority of the seated directors.
import { boardVoteBlock } from '../board-vote.ts';
import type { TurnContext } from '../turn-context.ts';
import type { DirectorId, ReturnTerms } from '../types.ts';
import { FIRING_DIRECTORS } from '../world.ts';
import { defineMoves, NO_PARAMS, rule, type Params } from './move.ts';

const ACTIVE = ['defending', 'negotiating', 'entrenched'] as const;

/** The order in which the firing directors step down in a deal: D'Angelo, the negotiator, stays longest. */
export const LEAVING_ORDER: readonly DirectorId[] = ['toner', 'mccauley', 'sutskever', 'dangelo'];

/** The pool of new directors reported at the time. */
export const DIRECTOR_POOL: readonly DirectorId[] = ['taylor', 'summers', 'hurd'];

const TERMS_OPTIONS: readonly ReturnTerms[] = [
  { investigation: true, directorsLeave: 0, altmanOffBoard: true },
  { investigation: true, directorsLeave: 1, altmanOffBoard: true },
  { investigation: true, directorsLeave: 2, altmanOffBoard: true },
  { investigation: true, directorsLeave: 3, altmanOffBoard: true },
  { investigation: false, directorsLeave: 3, altmanOffBoard: false },
];

function removeCeo(ctx: TurnContext, manner: 'abrupt' | 'prepared'): void {
  const w = ctx.world;
  // With notice required, Altman hears of it and each director must hold through the meeting; a supermajority decides.
  const notice = ctx.has('notice-required');
  const voters = w.directors.filter((d) => d.seated && d.id !== 'altman');
  const boardSize = w.directors.filter((d) => d.seated).length;
  const needed = notice ? Math.ceil((boardSize * 2) / 3) : Math.floor(voters.length / 2) + 1;
  let yes = 0;
  for (const d of voters) {
    if (FIRING_DIRECTORS.includes(d.id)) {
      const holdChance = notice ? 0.35 + d.resolve / 200 : 1;
      if (ctx.draw() < holdChance) yes++;
    } else if (d.id === 'hoffman' || d.id === 'zilis' || d.id === 'hurd') {
      // Directors outside the plot join only if persuaded; a prepared case persuades more.
      const joinChance = (manner === 'prepared' ? 0.25 : 0.1) + (100 - d.resolve) / 1000;
      if (ctx.draw() < joinChance) yes++;
    }
  }
  if (yes < needed) {
    w.removal = 'failed';
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
    ctx.add('boardCredibility', -12);
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

export const boardMoves = defineMoves([
  {
    id: 'board.remove-ceo',
    party: 'board',
    states: ['deliberating'],
    stance: 'hard',
    concepts: ['acting-without-notice', 'nonprofit-control', 'candour-and-communication', 'key-person-risk'],
    likely: [
      { metric: 'microsoftConfidence', direction: 'down' },
      { metric: 'boardCredibility', direction: 'down' },
      { metric: 'continuity', direction: 'down' },
    ],
    options: () => [{ manner: 'abrupt' }, { manner: 'prepared' }],
    guard: (v) => (v.turn !== -1 ? rule('prologue-only') : null),
    effect: (ctx, p) => removeCeo(ctx, p.manner === 'prepared' ? 'prepared' : 'abrupt'),
  },
  {
    id: 'board.appoint-interim',
    party: 'board',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['interim-leadership', 'key-person-risk'],
    likely: [
      { metric: 'continuity', direction: 'up' },
      { metric: 'signatures', direction: 'up' },
    ],
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
      return boardVoteBlock(v, 'hold');
    },
    effect: (ctx, p) => {
      const w = ctx.world;
      if (p.interim === 'murati') {
        ctx.setCeo('murati');
        ctx.add('continuity', 3);
        ctx.report('news.board.appoint-interim.murati');
        return;
      }
      if (p.interim === 'rival-ceo') {
        // Two candidates declined in history; a rival lab's CEO is a long shot.
        const d = ctx.draw();
        if (d < 0.7) {
          w.rivalCeoDeclined++;
          ctx.add('boardCredibility', -3, d);
          ctx.report('news.board.appoint-interim.declined');
          return;
        }
        ctx.setCeo('rival-ceo');
        ctx.add('boardCredibility', 4, d);
      } else {
        ctx.setCeo('shear');
        ctx.add('boardCredibility', -4);
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
    concepts: ['candour-and-communication', 'duty-to-mission'],
    likely: [{ metric: 'boardCredibility', direction: 'up' }],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.reasonsPublished ? rule('reasons-already-published') : boardVoteBlock(v, 'procedural')),
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
    likely: [{ metric: 'boardCredibility', direction: 'down' }],
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
    concepts: ['nonprofit-control', 'duty-to-mission', 'self-perpetuating-board'],
    likely: [
      { metric: 'investorPressure', direction: 'up' },
      { metric: 'missionSafeguards', direction: 'up' },
      { metric: 'signatures', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => boardVoteBlock(v, 'hold'),
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
    concepts: ['nonprofit-control', 'board-composition', 'key-person-risk'],
    likely: [
      { metric: 'investorPressure', direction: 'down' },
      { metric: 'missionSafeguards', direction: 'down' },
      { metric: 'continuity', direction: 'up' },
    ],
    options: () => TERMS_OPTIONS as unknown as Params[],
    // The more directors the terms send away, the softer the board must be to offer them.
    guard: (v, p) =>
      v.world.altmanAt === 'openai' ? rule('ceo-in-office') : boardVoteBlock(v, { offerDirectorsLeaving: Number(p.directorsLeave ?? 0) }),
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
      w.talks.progress = Math.min(100, w.talks.progress + 10 + terms.directorsLeave * 8 + d * 10);
      ctx.send('board', 'TALKS_OPENED');
      ctx.send('altman', 'TALKS_OPENED');
      ctx.add('investorPressure', -4);
      ctx.add('continuity', 2);
      ctx.report(wasOpen ? 'news.board.negotiate-return.continue' : 'news.board.negotiate-return', { leave: terms.directorsLeave });
    },
  },
  {
    id: 'board.agree-to-resign',
    party: 'board',
    states: ACTIVE,
    stance: 'soft',
    concepts: ['board-composition', 'nonprofit-control'],
    likely: [
      { metric: 'investorPressure', direction: 'down' },
      { metric: 'missionSafeguards', direction: 'down' },
    ],
    options: () => [{ deadline: 0 }, { deadline: 1 }, { deadline: 2 }],
    guard: (v) => {
      if (v.world.boardAgreedToResign) return rule('already-agreed');
      if (v.world.altmanAt === 'openai') return rule('ceo-in-office');
      return boardVoteBlock(v, 'talk');
    },
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = ctx.turn + Math.max(0, Math.min(4, Number(p.deadline ?? 1)));
      w.boardAgreedToResign = true;
      w.deadlines.push({ kind: 'board-resignation', turn: by, setBy: 'board' });
      w.talks.open = true;
      w.talks.onTable = { investigation: true, directorsLeave: 4, altmanOffBoard: false };
      w.talks.progress = Math.min(100, w.talks.progress + 30);
      ctx.send('board', 'AGREED_TO_RESIGN');
      ctx.send('altman', 'TALKS_OPENED');
      ctx.add('investorPressure', -10);
      ctx.report('news.board.agree-to-resign', { turn: by });
    },
  },
  {
    id: 'board.seek-merger',
    party: 'board',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['duty-to-mission', 'nonprofit-control'],
    likely: [{ metric: 'missionSafeguards', direction: 'up' }],
    options: () => NO_PARAMS,
    guard: (v) => {
      if (v.world.mergerAnswerTurn !== null) return rule('merger-pending');
      return v.world.mergerApproached ? rule('merger-answered') : boardVoteBlock(v, 'explore');
    },
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
    concepts: ['board-composition', 'self-perpetuating-board'],
    likely: [{ metric: 'boardCredibility', direction: 'up' }],
    // Any one, two or three of the candidates not yet named.
    options: (v) => {
      const free = DIRECTOR_POOL.filter((id) => !v.world.namedDirectors.includes(id));
      const out: Params[] = [];
      for (let mask = 1; mask < 1 << free.length; mask++) out.push({ directors: free.filter((_, i) => mask & (1 << i)) });
      return out;
    },
    guard: (v, p) => {
      const ids = Array.isArray(p.directors) ? (p.directors as string[]) : [];
      if (ids.length === 0) return rule('no-directors-chosen');
      if (ids.some((id) => !DIRECTOR_POOL.includes(id as DirectorId))) return rule('unknown-director');
      if (ids.some((id) => v.world.namedDirectors.includes(id as DirectorId))) return rule('director-already-named');
      return boardVoteBlock(v, 'procedural');
    },
    effect: (ctx, p) => {
      const w = ctx.world;
      const ids = (p.directors as DirectorId[]).slice(0, 3);
      // A board in talks names independents; an entrenched one names allies: a self-perpetuating board.
      const allies = ctx.parties.board === 'entrenched' || ctx.parties.board === 'defending';
      for (const id of ids) {
        const d = ctx.draw();
        const resolve = Math.round(allies ? 50 + d * 25 : 10 + d * 25);
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
      ctx.add('boardCredibility', allies ? -2 : 6);
      ctx.report(allies ? 'news.board.name-directors.allies' : 'news.board.name-directors', { directors: ids.join(',') });
    },
  },
  {
    id: 'board.open-investigation',
    party: 'board',
    states: ACTIVE,
    stance: 'neutral',
    concepts: ['candour-and-communication', 'duty-to-mission'],
    likely: [
      { metric: 'boardCredibility', direction: 'up' },
      { metric: 'missionSafeguards', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.investigationOpened ? rule('investigation-open') : boardVoteBlock(v, 'procedural')),
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

