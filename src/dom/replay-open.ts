// Reading a shared run for the page (loaded only when there is one to read or write): its text (a page address, a code
// or a file) decoded and replayed by src/share, then handed to the flow as OPEN_RUN, or refused with RUN_REFUSED and
// why; and a shown run's code, for the page address.
import { decodeRun, encodeRun } from '../share/index.ts';
import { syncedRun } from '../flow/replay.ts';
import type { FlowEvent } from '../flow/types.ts';
import type { RunTree } from '../flow/replay-types.ts';
import type { GameState } from '../sim/types.ts';

export function openText(text: string, send: (e: FlowEvent) => void): void {
  const d = decodeRun(text);
  if (d.ok) send({ type: 'OPEN_RUN', run: d.run, states: d.states });
  else send({ type: 'RUN_REFUSED', problem: d.rule ? { kind: d.kind, message: d.message, rule: d.rule } : { kind: d.kind, message: d.message } });
}

/** The code of the run shown, with its game's branch carried on to it; null if it cannot be made. */
export function codeOf(tree: RunTree, game: GameState): string | null {
  const r = syncedRun(tree, game);
  return r.ok ? encodeRun(r.run) : null;
}
