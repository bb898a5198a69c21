// Altman's and Brockman's moves: back with the board changed, or lead the team elsewhere.
import type { TurnContext } from '../turn-context.ts';
import { FIRING_DIRECTORS } from '../world.ts';
import { directorsLeaving, LEAVING_ORDER } from './board.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const OUT = ['ousted', 'negotiating', 'at-microsoft', 'founding'] as const;

/** How far talks must have come before a deal can be closed, unless the board has agreed to step down. */
export const DEAL_PROGRESS = 50;

/** The deal: Altman back as CEO; the directors the terms name step down. */
function takeDeal(ctx: TurnContext): void {
  const w = ctx.world;
  const terms = w.talks.onTable;
  const leaving = directorsLeaving(terms, w.boardAgreedToResign);
  let left = 0;
  for (const id of LEAVING_ORDER) {
    if (left >= leaving) break;
    const d = w.directors.find((x) => x.id === id && x.seated);
    if (d) {
      ctx.setSeated(d, false);
      left++;
    }
  }
  ctx.setCeo('altman');
  ctx.setAltmanAt('openai');
  w.talks = { open: false, progress: 100, onTable: null, altmanDemandsBoardOut: false, lapsedTurn: null };
  w.deadlines = [];
  ctx.add('continuity', 15);
  ctx.add('missionSafeguards', -(left * 4 + (terms && !terms.altmanOffBoard ? 6 : 0) + (w.seatDemanded ? 4 : 0)));
  ctx.add('investorPressure', -30);
  ctx.add('microsoftConfidence', 12);
  const originalsLeft = w.directors.filter((d) => d.seated && FIRING_DIRECTORS.includes(d.id)).length;
  ctx.send('altman', 'REINSTATED');
  ctx.send('management', 'ALTMAN_RESTORED');
  ctx.send('investors', 'REASSURED');
  ctx.send('employees', 'BACK_TO_WORK');
  ctx.send('microsoft', w.seatDemanded ? 'SEAT_GRANTED' : 'RETURN_BACKED');
  if (w.seatDemanded) w.microsoftSeat = w.microsoftSeat === 'voting' ? 'voting' : 'observer';
  if (left >= 2 || originalsLeft <= 1) ctx.send('board', left >= 4 ? 'RESIGNED' : 'RECONSTITUTED');
  if (ctx.parties.board === 'resigned' && w.namedDirectors.length > 0) ctx.send('board', 'RECONSTITUTED');
  ctx.report('news.altman.accept-deal', { leave: left });
}

export const altmanMoves = defineMoves([
  {
    id: 'altman.negotiate-return',
    party: 'altman',
    states: OUT,
    stance: 'soft',
    concepts: ['key-person-risk', 'board-composition'],
    likely: [{ metric: 'continuity', direction: 'up' }],
    options: () => [{ boardOut: true }, { boardOut: false }],
    effect: (ctx, p) => {
      const w = ctx.world;
      w.talks.altmanDemandsBoardOut = p.boardOut !== false;
      if (w.talks.open) {
        const d = ctx.draw();
        w.talks.progress = Math.min(100, w.talks.progress + 8 + d * 10 + (p.boardOut === false ? 10 : 0));
      }
      ctx.send('altman', 'TALKS_OPENED');
      ctx.report(p.boardOut === false ? 'news.altman.negotiate-return.soft' : 'news.altman.negotiate-return');
    },
  },
  {
    id: 'altman.set-deadline',
    party: 'altman',
    states: OUT,
    stance: 'hard',
    concepts: ['key-person-risk', 'board-composition'],
    likely: [{ metric: 'resolve', direction: 'down' }],
    options: () => [{ deadline: 0 }, { deadline: 1 }, { deadline: 2 }],
    guard: (v) => (v.world.deadlines.some((d) => d.kind === 'altman-ultimatum') ? rule('deadline-pending') : null),
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = ctx.turn + Math.max(0, Math.min(4, Number(p.deadline ?? 1)));
      w.deadlines.push({ kind: 'altman-ultimatum', turn: by, setBy: 'altman' });
      ctx.pressDirectors(-2);
      ctx.report('news.altman.set-deadline', { turn: by });
    },
  },
  {
    id: 'altman.rally-public',
    party: 'altman',
    states: OUT,
    stance: 'hard',
    concepts: ['key-person-risk', 'employee-leverage', 'candour-and-communication'],
    likely: [
      { metric: 'signatures', direction: 'up' },
      { metric: 'boardCredibility', direction: 'down' },
    ],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      w.rally = Math.min(1, w.rally + 0.2);
      ctx.add('boardCredibility', -4);
      ctx.add('microsoftConfidence', 2);
      const quote = ctx.historicalSource
        ? { by: 'Sam Altman, on X', date: '2023-11-20', text: 'we are all going to work together some way or other, and i’m so excited. one team, one mission.' }
        : undefined;
      ctx.report('news.altman.rally-public', undefined, quote);
    },
  },
  {
    id: 'altman.visit-hq',
    party: 'altman',
    states: OUT,
    stance: 'soft',
    concepts: ['key-person-risk', 'interim-leadership'],
    likely: [
      { metric: 'signatures', direction: 'up' },
      { metric: 'continuity', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo !== 'murati' && v.parties.management !== 'in-revolt' ? rule('not-invited') : null),
    effect: (ctx) => {
      const w = ctx.world;
      w.rally = Math.min(1, w.rally + 0.1);
      if (w.talks.open) w.talks.progress = Math.min(100, w.talks.progress + 10);
      ctx.add('continuity', 2);
      ctx.report('news.altman.visit-hq');
    },
  },
  {
    id: 'altman.join-microsoft',
    party: 'altman',
    states: ['ousted', 'negotiating', 'founding'],
    stance: 'hard',
    concepts: ['acqui-hire', 'key-person-risk'],
    likely: [
      { metric: 'microsoftConfidence', direction: 'up' },
      { metric: 'signatures', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.rules.includes('no-microsoft-offer') ? rule('no-microsoft-offer') : !v.world.offers.microsoftUnit ? rule('no-offer-yet', { from: 'microsoft' }) : null),
    effect: (ctx) => {
      const w = ctx.world;
      ctx.setAltmanAt('microsoft');
      w.brockmanQuit = true;
      ctx.add('microsoftConfidence', 8);
      w.talks.progress = Math.max(0, w.talks.progress - 10);
      ctx.send('altman', 'JOINED_MICROSOFT');
      ctx.send('microsoft', 'TEAM_HIRED');
      ctx.report('news.altman.join-microsoft');
    },
  },
  {
    id: 'altman.start-company',
    party: 'altman',
    states: ['ousted', 'negotiating', 'at-microsoft'],
    stance: 'hard',
    concepts: ['key-person-risk', 'acqui-hire'],
    likely: [
      { metric: 'microsoftConfidence', direction: 'down' },
      { metric: 'valuation', direction: 'down' },
    ],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      // Raising takes time: the first call only starts it. Then the money is there if investors back it,
      // or it is a draw (SoftBank and Gulf funds were named).
      const d = ctx.draw();
      const firstCall = !w.newcoRaising;
      w.newcoRaising = true;
      const funded = !firstCall && (w.offers.newcoFunded || ctx.parties.investors === 'backing-newco' || d < 0.5);
      if (!funded) {
        ctx.report('news.altman.start-company.raising');
        return;
      }
      w.offers.newcoFunded = true;
      ctx.setAltmanAt('newco');
      ctx.add('microsoftConfidence', -8);
      ctx.send('altman', 'COMPANY_STARTED');
      ctx.report('news.altman.start-company');
    },
  },
  {
    id: 'altman.wait',
    party: 'altman',
    states: OUT,
    stance: 'neutral',
    concepts: ['key-person-risk'],
    likely: [],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: () => {},
  },
  {
    id: 'altman.accept-deal',
    party: 'altman',
    states: OUT,
    stance: 'soft',
    concepts: ['board-composition', 'nonprofit-control', 'key-person-risk'],
    likely: [
      { metric: 'continuity', direction: 'up' },
      { metric: 'missionSafeguards', direction: 'down' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => {
      const t = v.world.talks;
      if (!t.onTable) return t.lapsedTurn !== null ? rule('offer-lapsed', { turn: t.lapsedTurn }) : rule('nothing-on-table');
      if (t.progress < DEAL_PROGRESS && !v.world.boardAgreedToResign) return rule('talks-not-ripe', { progress: Math.floor(t.progress), needed: DEAL_PROGRESS });
      return null;
    },
    effect: (ctx) => takeDeal(ctx),
  },
]);
