// Friday evening: Brockman, removed as chair without warning, quits; senior researchers resign with him (FACTS.md).
// They are the leaders' circle, not yet staff leaving for an offer: nobody had left when the deal was signed.
import type { TurnContext } from '../turn-context.ts';

export function brockmanQuits(ctx: TurnContext): void {
  const w = ctx.world;
  if (ctx.turn !== 1 || w.brockmanQuit || w.altmanAt === 'openai') return;
  ctx.cause = 'rule.brockman-quits';
  // A prepared removal that kept him as president may keep him: a draw.
  if (w.removal === 'prepared' && ctx.draw() < 0.5) return;
  w.brockmanQuit = true;
  // His co-founder gone: Sutskever's first doubt.
  for (const d of w.directors) if (d.seated && d.id === 'sutskever') ctx.shiftResolve(d, -6);
  ctx.add('continuity', -3);
  ctx.report('news.brockman-quits');
}
