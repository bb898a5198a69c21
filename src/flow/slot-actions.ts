// The saved games in the flow: the list of named saves (read on the title and the saves screen), saving the run under
// a name, renaming, deleting, and loading one (read first, then started as a game or as history watched). Spread
// into the machine's setup (machine.ts); every problem becomes a notice, and nothing here throws.
import { assign } from 'xstate';
import type { StorageProblem } from '../storage/store.ts';
import type { FlowContext, FlowDeps, FlowEvent } from './types.ts';

type Args = { context: FlowContext; event: FlowEvent };
/** An assign typed for the flow's context and events (setup() would infer them; a file of its own must say them). */
const set = (fn: (a: Args) => Partial<FlowContext>) => assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(fn);

function withNotices(ctx: FlowContext, problems: readonly (StorageProblem | null)[]): StorageProblem[] {
  let notices = ctx.notices;
  for (const p of problems) {
    if (p && !ctx.dismissed.includes(p.kind) && !notices.some((n) => n.kind === p.kind)) notices = [...notices, p];
  }
  return notices;
}

/** The run a name would be given: the game on screen, or (at the title) the autosaved one. */
function runOf(ctx: FlowContext) {
  // With the run's tree of branches (src/flow/replay.ts), so a loaded save has its branches as they were.
  if (ctx.game) return { humans: ctx.humans, mode: ctx.mode, state: ctx.game, ...(ctx.replay.tree ? { tree: ctx.replay.tree } : {}) };
  if (ctx.saved) return { humans: ctx.saved.humans as FlowContext['humans'], mode: ctx.saved.mode, state: ctx.saved.state, ...(ctx.saved.tree ? { tree: ctx.saved.tree } : {}) };
  return null;
}

export function slotActions(deps: FlowDeps) {
  const listed = (ctx: FlowContext, more: readonly (StorageProblem | null)[] = []) => {
    const r = deps.store.list();
    return { slots: r.slots, notices: withNotices(ctx, [...more, ...r.problems]) };
  };
  return {
    listSlots: set(({ context }) => ({ ...listed(context), slotNote: null })),
    saveAs: set(({ context, event }) => {
      const run = runOf(context);
      if (event.type !== 'SAVE_AS' || !run) return {};
      const r = deps.store.saveSlot(event.name, run, event.replace);
      return { ...listed(context, [r.ok ? null : r.problem]), slotNote: r.ok ? { did: 'saved' as const, name: event.name.trim() } : null };
    }),
    renameSlot: set(({ context, event }) => {
      if (event.type !== 'RENAME_SLOT') return {};
      const p = deps.store.renameSlot(event.id, event.name);
      return { ...listed(context, [p]), slotNote: p ? null : { did: 'renamed' as const, name: event.name.trim() } };
    }),
    deleteSlot: set(({ context, event }) => {
      if (event.type !== 'DELETE_SLOT') return {};
      const name = context.slots.find((s) => s.id === event.id)?.name ?? '';
      const p = deps.store.deleteSlot(event.id);
      return { ...listed(context, [p]), slotNote: p ? null : { did: 'deleted' as const, name } };
    }),
    readSlot: set(({ context, event }) => {
      if (event.type !== 'LOAD_SLOT') return {};
      const r = deps.store.loadSlot(event.id);
      if (r.ok && r.save) return { loaded: r.save };
      return { loaded: null, ...(r.ok ? {} : listed(context, [r.problem])) };
    }),
    /** The save read by readSlot becomes the run to resume (then resumeSave starts it and autosave keeps it). */
    takeLoaded: set(({ context }) => ({ saved: context.loaded, loaded: null, slotNote: null })),
  };
}

export const slotGuards = {
  loadedToWatch: ({ context }: { context: FlowContext }) => context.loaded?.mode === 'watch',
  loadedToPlay: ({ context }: { context: FlowContext }) => context.loaded !== null,
  gameWatched: ({ context }: { context: FlowContext }) => context.game !== null && context.mode === 'watch',
  gamePlayed: ({ context }: { context: FlowContext }) => context.game !== null,
};
