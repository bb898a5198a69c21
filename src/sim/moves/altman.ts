// Altman's and Brockman's moves: back with the board changed, or lead the team elsewhere.
import type { TurnContext } from '../turn-context.ts';
import { FIRING_DIRECTORS } from '../world.ts';
import { staffThreat } from '../rules/director-resolve.ts';
import { DIRECTOR_POOL, directorsLeaving, LEAVING_ORDER } from './board.ts';
import { deadlineAt, deadlineTurn } from '../clock.ts';
import { reviveAt } from '../rules/world-reaction.ts';
import type { World } from '../types.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const OUT = ['ousted', 'negotiating', 'at-microsoft', 'founding'] as const;
/** Before he has committed elsewhere: joining Microsoft and founding a company are each one way (GAME.md). */
const UNCOMMITTED = ['ousted', 'negotiating'] as const;
const uncommitted = (w: World) => w.altmanAt === 'out';

/** How far talks must have come before a deal can be closed, unless the board has agreed to step down. */
export const DEAL_PROGRESS = 50;

/** A reconstituted board has at least this many seats: the deal names an initial board (history's had three). */
export const MIN_BOARD = 3;

/**
 * The deal: Altman back as CEO; the directors the terms name step down, and the compromise slate fills the board to
 * three (Taylor, Summers and D'Angelo in 2023). With the team together the tender is revived at its price.
 */
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
  // A board reconstituted by the deal has its initial members named in the deal.
  if (left > 0) {
    for (const id of DIRECTOR_POOL) {
      if (w.directors.filter((d) => d.seated).length >= MIN_BOARD) break;
      if (w.directors.some((d) => d.id === id && d.seated)) continue;
      const existing = w.directors.find((d) => d.id === id);
      const named = existing ?? { id, seated: false, resolve: 15, joinedLater: true };
      if (!existing) w.directors.push(named);
      ctx.setSeated(named, true);
      if (!w.namedDirectors.includes(id)) w.namedDirectors.push(id);
    }
  }
  ctx.setCeo('altman');
  ctx.setAltmanAt('openai');
  w.talks = { open: false, progress: 100, onTable: null, altmanDemandsBoardOut: false, lapsedTurn: null };
  w.deadlines = w.deadlines.filter((d) => d.kind === 'market-open');
  ctx.restoreContinuity(15);
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
  // All four gone: the board that fired him resigned (the deal's slate sits in its place); some gone: reconstituted.
  if (left >= 2 || originalsLeft <= 1) ctx.send('board', left >= 4 ? 'RESIGNED' : 'RECONSTITUTED');
  ctx.report('news.altman.accept-deal', { leave: left });
  if (w.tender === 'paused') {
    ctx.setTender('on');
    ctx.set('valuation', reviveAt(w));
    ctx.report('news.tender-revived', { valuation: Math.round(w.valuation) });
  }
}

export const altmanMoves = defineMoves('altman', [
  {
    id: 'altman.negotiate-return',
    party: 'altman',
    states: OUT,
    stance: 'soft',
    concepts: ['key-person-risk', 'board-composition'],
    options: () => [{ boardOut: true }, { boardOut: false }],
    effect: (ctx, p) => {
      const w = ctx.world;
      w.talks.altmanDemandsBoardOut = p.boardOut !== false;
      if (w.talks.open) {
        const d = ctx.draw();
        // Demanding the board's exit while its terms keep it in place stalls the talks.
        const apart = p.boardOut !== false && (w.talks.onTable?.directorsLeave ?? 0) < 2 && !w.boardAgreedToResign ? 0.5 : 1;
        w.talks.progress = Math.min(100, w.talks.progress + (8 + d * 10 + (p.boardOut === false ? 10 : 0)) * apart);
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
    options: () => [{ deadline: 0 }, { deadline: 1 }],
    guard: (v) => (v.world.deadlines.some((d) => d.kind === 'altman-ultimatum') ? rule('deadline-pending') : null),
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = deadlineTurn(ctx.turn, Number(p.deadline ?? 0));
      w.deadlines.push({ kind: 'altman-ultimatum', turn: by, at: deadlineAt(by), setBy: 'altman' });
      // A deadline bites only with a place to go behind it.
      ctx.pressDirectors(-(0.5 + 3 * staffThreat(w, ctx.turn)));
      ctx.report('news.altman.set-deadline', { at: deadlineAt(by) });
    },
  },
  {
    id: 'altman.rally-public',
    party: 'altman',
    states: OUT,
    stance: 'hard',
    concepts: ['key-person-risk', 'employee-leverage', 'candour-and-communication'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      w.rally = Math.min(1, w.rally + 0.2);
      ctx.discredit(4);
      ctx.add('microsoftConfidence', 2);
      ctx.report('news.altman.rally-public');
    },
  },
  {
    id: 'altman.visit-hq',
    party: 'altman',
    states: OUT,
    stance: 'soft',
    concepts: ['key-person-risk', 'interim-leadership'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo !== 'murati' && v.parties.management !== 'in-revolt' ? rule('not-invited') : null),
    effect: (ctx) => {
      const w = ctx.world;
      w.rally = Math.min(1, w.rally + 0.1);
      if (w.talks.open) w.talks.progress = Math.min(100, w.talks.progress + 10);
      ctx.restoreContinuity(2);
      ctx.report('news.altman.visit-hq');
    },
  },
  {
    id: 'altman.join-microsoft',
    party: 'altman',
    states: UNCOMMITTED,
    stance: 'hard',
    concepts: ['acqui-hire', 'key-person-risk'],
    options: () => NO_PARAMS,
    guard: (v) => {
      if (v.rules.includes('no-microsoft-offer')) return rule('no-microsoft-offer');
      if (!uncommitted(v.world)) return rule('already-committed');
      return !v.world.offers.microsoftUnit ? rule('no-offer-yet', { from: 'microsoft' }) : null;
    },
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
    states: UNCOMMITTED,
    stance: 'hard',
    concepts: ['key-person-risk', 'acqui-hire'],
    options: () => NO_PARAMS,
    guard: (v) => (!uncommitted(v.world) ? rule('already-committed') : null),
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
    options: () => NO_PARAMS,
    guard: (v) => {
      const t = v.world.talks;
      if (!t.onTable) return t.lapsedTurn !== null ? rule('offer-lapsed', { at: deadlineAt(t.lapsedTurn) }) : rule('nothing-on-table');
      if (t.progress < DEAL_PROGRESS && !v.world.boardAgreedToResign) return rule('talks-not-ripe', { progress: Math.floor(t.progress), needed: DEAL_PROGRESS });
      return null;
    },
    effect: (ctx) => takeDeal(ctx),
  },
]);
