// The classroom in the flow. A student's page opened with a class session (#class=...) starts every new game with the
// session's seed and rulebook and offers only its seats: one of them when each student has a device, all of them in
// turns when the class shares one. The teacher's screen holds the session being set up and the runs handed in; the
// screen reads them and the summary is computed from them (src/classroom/summary.ts), never kept apart.
import { assign } from 'xstate';
import { PLAYABLE_PARTIES, RULE_SWITCHES, type PlayablePartyId } from '../sim/ids.ts';
import type { ClassSession } from '../classroom/session.ts';
import type { FlowContext, FlowDeps, FlowEvent, SetupDraft } from './types.ts';

/** The seat choice as a new game opens it: under a session its seats (all of them when the class shares a device). */
export function freshSetup(session: ClassSession | null): SetupDraft {
  if (!session) return { humans: [], rules: [], rulebookOpen: false, briefing: 'board' };
  const only = session.seats.length === 1 || session.devices === 'shared';
  return { humans: only ? [...session.seats] : [], rules: [...session.rules], rulebookOpen: false, briefing: session.seats[0] };
}

/** The seats a person may take at this device. */
export const offeredSeats = (session: ClassSession | null): readonly PlayablePartyId[] => session?.seats ?? PLAYABLE_PARTIES;

/** The seats chosen after a toggle: under a session with a device each, choosing a seat puts down the other. */
export function toggledSeats(setup: SetupDraft, party: PlayablePartyId, session: ClassSession | null): PlayablePartyId[] {
  const on = setup.humans.includes(party);
  if (session?.devices === 'each') return on ? [] : [party];
  return on ? setup.humans.filter((q) => q !== party) : [...setup.humans, party];
}

type Ctx = { context: FlowContext; event: FlowEvent };

export const classGuards = {
  /** The seat may be taken or left here: offered, and not fixed by a session played in turns on one device. */
  seatOffered: ({ context, event }: Ctx) =>
    event.type === 'TOGGLE_SEAT' && offeredSeats(context.session).includes(event.party) && context.session?.devices !== 'shared',
  /** The rulebook may be changed: no session fixed it. */
  rulesOpen: ({ context }: Ctx) => context.session === null,
};

/** A first draft of a session: the address's seed if it gave one, the 2023 rulebook, the board, a device each. */
const draftSession = (ctx: FlowContext, deps: FlowDeps): ClassSession => ({ seed: ctx.seed ?? deps.randomSeed(), rules: [], seats: ['board'], devices: 'each' });

export function classActions(deps: FlowDeps) {
  const session = (f: (s: ClassSession, e: FlowEvent) => ClassSession) =>
    assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) => (context.classroom ? { classroom: { ...context.classroom, session: f(context.classroom.session, event) } } : {}));
  return {
    joinClass: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ event }) => (event.type === 'JOIN_CLASS' ? { session: event.session, sessionRefused: event.refused } : {})),
    // The teacher's link brings its session and opens what was handed in; from the title, a fresh draft to set up.
    openClassroom: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) => {
      if (event.type !== 'OPEN_CLASSROOM') return {};
      return { classroom: event.session ? { session: event.session, view: 'gather' as const, inputs: [] } : { session: draftSession(context, deps), view: 'setup' as const, inputs: [] } };
    }),
    classSeed: session((s, e) => (e.type === 'CLASS_SEED' ? { ...s, seed: e.seed } : s)),
    classNewSeed: session((s) => ({ ...s, seed: deps.randomSeed() })),
    classRule: session((s, e) => {
      if (e.type !== 'CLASS_RULE') return s;
      const on = s.rules.includes(e.rule);
      return { ...s, rules: RULE_SWITCHES.filter((r) => (r === e.rule ? !on : s.rules.includes(r))) };
    }),
    // A session offers at least one seat: the last one cannot be put down.
    classSeat: session((s, e) => {
      if (e.type !== 'CLASS_SEAT') return s;
      const on = s.seats.includes(e.party);
      if (on && s.seats.length === 1) return s;
      return { ...s, seats: PLAYABLE_PARTIES.filter((p) => (p === e.party ? !on : s.seats.includes(p))) };
    }),
    classDevices: session((s, e) => (e.type === 'CLASS_DEVICES' ? { ...s, devices: e.devices } : s)),
    classView: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) => (event.type === 'CLASS_VIEW' && context.classroom ? { classroom: { ...context.classroom, view: event.view } } : {})),
    classAdd: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) =>
      event.type === 'CLASS_ADD' && context.classroom ? { classroom: { ...context.classroom, inputs: [...context.classroom.inputs, ...event.inputs] } } : {}),
    classClear: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context }) => (context.classroom ? { classroom: { ...context.classroom, inputs: [] } } : {})),
  };
}

/** The teacher's screen as a state of the flow: setting up, gathering the runs, the projector. */
export const CLASSROOM_STATE = {
  on: {
    BACK: 'title',
    CLASS_SEED: { actions: 'classSeed' },
    CLASS_NEW_SEED: { actions: 'classNewSeed' },
    CLASS_RULE: { actions: 'classRule' },
    CLASS_SEAT: { actions: 'classSeat' },
    CLASS_DEVICES: { actions: 'classDevices' },
    CLASS_VIEW: { actions: 'classView' },
    CLASS_ADD: { actions: 'classAdd' },
    CLASS_CLEAR: { actions: 'classClear' },
  },
} as const;
