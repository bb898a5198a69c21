// Friday evening: Brockman, removed as chair without warning, quits; senior researchers follow (FACTS.md).
import type { TurnContext } from '../turn-context.ts';

export const BROCKMAN_SOURCE = 'theverge.com/2023/11/17/23966277/openai-co-founder-greg-brockman-leaving';

export function brockmanQuits(ctx: TurnContext, historical: boolean): void {
  const w = ctx.world;
  if (ctx.turn !== 1 || w.brockmanQuit || w.altmanAt === 'openai') return;
  ctx.cause = 'rule.brockman-quits';
  // A prepared removal that kept him as president may keep him: a draw.
  if (w.removal === 'prepared' && ctx.draw() < 0.5) return;
  w.brockmanQuit = true;
  ctx.depart('other', 3);
  for (const d of w.directors) if (d.seated && d.id === 'sutskever') ctx.shiftResolve(d, -6);
  ctx.add('continuity', -3);
  if (historical) ctx.reportHistory('news.brockman-quits', BROCKMAN_SOURCE);
  else ctx.report('news.brockman-quits');
}
