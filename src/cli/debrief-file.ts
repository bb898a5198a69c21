// --debrief FILE.md: the run's debrief written as Markdown (src/teach), in the command line's language. The seat is
// the party the moves file plays most (a person's part in the run); with no moves file every seat was simulated.
import { accessSync, constants, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PartyId } from '../sim/ids.ts';
import type { ScheduledMove } from '../sim/run.ts';
import type { GameState } from '../sim/types.ts';
import { debrief } from '../teach/debrief.ts';
import { debriefMarkdown } from '../teach/markdown.ts';
import type { Lang } from '../text/index.ts';

export function seatOf(moves: readonly ScheduledMove[]): PartyId | null {
  const counts = new Map<PartyId, number>();
  for (const m of moves) counts.set(m.party, (counts.get(m.party) ?? 0) + 1);
  let seat: PartyId | null = null;
  for (const [party, n] of counts) if (seat === null || n > counts.get(seat)!) seat = party;
  return seat;
}

/** Writes the debrief; an error to report (exit code 2) when the file cannot be written. */
export function writeDebrief(state: GameState, moves: readonly ScheduledMove[], file: string, lang: Lang): { error: string } | null {
  const cannot = (e: unknown) => ({ error: `cannot write the debrief to ${JSON.stringify(file)}: ${(e as Error).message}` });
  // Said before the turning points are played on (a few seconds), not after.
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (e) {
    return cannot(e);
  }
  const text = debriefMarkdown(debrief(state, { seat: seatOf(moves), lang }));
  try {
    writeFileSync(file, text, 'utf8');
  } catch (e) {
    return cannot(e);
  }
  return null;
}
