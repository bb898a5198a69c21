// A rival lab answers the board's merger approach a turn later. It will not take on a company whose staff have
// threatened to leave, nor one that is failing; history's rival declined (arstechnica, Monday 20 November).
import type { TurnContext } from '../turn-context.ts';
import { signatureShare } from '../world.ts';

export function rivalAnswers(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.mergerAnswerTurn !== ctx.turn) return;
  w.mergerAnswerTurn = null;
  ctx.cause = 'rule.rival-answers';
  if (w.altmanAt === 'openai') return;
  const p = 0.4 * Math.max(0, 1 - signatureShare(w) / 0.45) * (w.continuity / 100);
  const d = ctx.draw();
  if (d < p) {
    w.mergerAgreed = true;
    ctx.add('missionSafeguards', 10, d);
    ctx.report('news.merger.accepted');
    return;
  }
  ctx.discredit(4, d);
  ctx.report('news.merger.declined');
}
