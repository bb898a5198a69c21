// The flow as a model for xstate/graph: what a player can do in each state (one event of each kind, and the delays
// that can fire there) and which states count as the same. The unit tests walk it in the machine; the browser suite
// walks the same paths on the page.
import { moveMenu } from '../../src/sim/index.ts';
import { chooserOf } from '../../src/flow/machine.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import type { FlowSnap } from './helpers.ts';

export const after = (delay: string, node: string) => ({ type: `xstate.after.${delay}.flow.${node}` }) as unknown as FlowEvent;

/** Everything a player can do in a state (one of each kind), and the delays that can fire there. */
export function events(snap: FlowSnap): FlowEvent[] {
  const ctx = snap.context;
  const out: FlowEvent[] = [{ type: 'MENU' }, { type: 'DISMISS_NOTICES' }];
  if (snap.matches('title')) out.push({ type: 'NEW_GAME' }, { type: 'RESUME' }, { type: 'WATCH' }, { type: 'OPEN_SETTINGS' });
  if (snap.matches('settings')) out.push({ type: 'BACK' });
  if (snap.matches('setup')) {
    out.push({ type: 'BACK' }, { type: 'START' }, { type: 'TOGGLE_RULEBOOK' }, { type: 'TOGGLE_RULE', rule: 'no-tender' });
    // Up to two seats: enough for the hot seat.
    if (ctx.setup.humans.length < 2) out.push({ type: 'TOGGLE_SEAT', party: ctx.setup.humans.includes('board') ? 'microsoft' : 'board' });
    // Salesforce alone: a seat with a blocked card from the first turn.
    if (ctx.setup.humans.length === 0) out.push({ type: 'TOGGLE_SEAT', party: 'salesforce' });
  }
  if (snap.matches({ game: 'handingOver' })) out.push({ type: 'READY' });
  if (snap.matches({ game: 'prologue' }) || snap.matches({ game: 'choosing' })) {
    const cards = moveMenu(ctx.game!, chooserOf(ctx)!);
    const playable = cards.find((c) => !c.blocked);
    const blocked = cards.find((c) => c.blocked);
    if (playable) out.push({ type: 'SELECT_MOVE', move: playable.move });
    // A blocked card can be chosen: its End turn is refused by the rules, with the rule in words.
    if (blocked) out.push({ type: 'SELECT_MOVE', move: blocked.move });
    out.push({ type: 'SELECT_OPTION', option: 0 });
    // As on the page: End turn sends a choice that is whole (a blocked card, or a move with its option); with no option
    // chosen yet, it points the player to the options instead.
    const card = cards.find((c) => c.move === ctx.draft.move);
    if (card && (card.blocked || ctx.draft.option >= 0)) out.push({ type: 'END_TURN' });
  }
  if (snap.matches({ game: 'resolving' })) out.push({ type: 'SKIP' }, after('STEP', 'game.resolving'));
  if (snap.matches({ game: 'resolved' })) out.push({ type: 'CONTINUE' });
  if (snap.matches('watching')) {
    out.push({ type: 'PAUSE' }, { type: 'PLAY' }, { type: 'NEXT_TURN' }, { type: 'SKIP' }, { type: 'CONTINUE' });
    out.push(after('WATCH_GAP', 'watching.turn.idle'), after('WATCH_GAP', 'watching.turn.resolved'), after('STEP', 'watching.turn.resolving'));
  }
  if (snap.matches('ended')) out.push({ type: 'PLAY_AGAIN' });
  return out;
}

/**
 * States that differ only in the game's progress count as one (while playing: a whole game is followed by the tests
 * below); history's line is short, so watching it is followed turn by turn to its ending.
 */
export const key = (snap: FlowSnap) =>
  JSON.stringify([snap.value, snap.context.mode === 'watch' ? snap.context.game?.turn : null, snap.context.humans.join(), snap.context.setup.humans.join(), snap.context.saved !== null, snap.context.game?.turn === -1, snap.context.draft.move !== null, snap.context.draft.option >= 0, draftBlocked(snap)]);

/** Whether the card in the draft is one the rules block (its End turn is refused). */
function draftBlocked(snap: FlowSnap): boolean {
  const who = chooserOf(snap.context);
  const { game, draft } = snap.context;
  return !!(who && game && draft.move && moveMenu(game, who).find((c) => c.move === draft.move)?.blocked);
}

