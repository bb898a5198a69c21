// The sound of a resolution: as each step is shown, a cue for what it did that a player may not be watching for
// (a vote of the board, staff leaving, a deadline falling). Each kind sounds once per snapshot; silent when sound is
// off (src/ui/sound.ts).
import { stepsOf } from '../flow/facts.ts';
import type { FlowContext } from '../flow/types.ts';
import { cue, type Cue } from '../ui/sound.ts';

/** The cues of the steps shown since `prev` (nothing when no new step is shown). */
export function cuesBetween(prev: FlowContext | null | undefined, now: FlowContext): Cue[] {
  const res = now.resolution;
  if (!res || !prev) return [];
  const from = prev.resolution?.record === res.record ? prev.resolution.shown : 0;
  const out = new Set<Cue>();
  for (const step of stepsOf(res.record).slice(from, res.shown)) {
    if (step.party === 'board' && res.record.votes.some((v) => v.move === step.move)) out.add('vote');
    if (step.changes.some((ch) => ch.metric === 'departures' && Number(ch.to) > Number(ch.from))) out.add('departure');
    if (step.news.some((n) => n.msg.key.startsWith('news.deadline.'))) out.add('deadline');
  }
  return [...out];
}

export function playCues(prev: FlowContext | null | undefined, now: FlowContext): void {
  for (const c of cuesBetween(prev, now)) cue(c);
}
