// The flow's state in one word, for the page (`<html data-flow="...">`, which browser tests and assistive
// technology can read) and for choosing the scene that shows it.
import type { SnapshotFrom } from 'xstate';
import type { FlowMachine } from './machine.ts';

export type FlowSnapshot = SnapshotFrom<FlowMachine>;

export type FlowName =
  | 'title' | 'settings' | 'saves' | 'exploring' | 'setup' | 'handing-over' | 'prologue' | 'choosing' | 'refused' | 'resolving' | 'resolved' | 'watching' | 'ended'
  | 'classroom'
  // replaying (src/flow/replay.ts)
  | 'timeline' | 'branching' | 'branches' | 'compare' | 'share' | 'import' | 'gallery';

/** The review's and the extras' states, by the name the page gives them. */
const REPLAY_NAMES: [object, FlowName][] = [
  [{ review: 'timeline' }, 'timeline'], [{ review: 'branching' }, 'branching'], [{ review: 'tree' }, 'branches'],
  [{ review: 'compare' }, 'compare'], [{ review: 'share' }, 'share'], [{ extras: 'import' }, 'import'], [{ extras: 'gallery' }, 'gallery'],
];

export function flowName(s: FlowSnapshot): FlowName {
  if (s.matches('title')) return 'title';
  if (s.matches('settings')) return 'settings';
  if (s.matches('saves') || s.matches('loadingSlot')) return 'saves';
  if (s.matches('exploring')) return 'exploring';
  if (s.matches('setup')) return 'setup';
  if (s.matches('ended')) return 'ended';
  if (s.matches('classroom')) return 'classroom';
  for (const [state, name] of REPLAY_NAMES) if (s.matches(state as never)) return name;
  if (s.matches({ game: 'handingOver' })) return 'handing-over';
  if (s.matches({ game: { prologue: 'refused' } }) || s.matches({ game: { choosing: 'refused' } })) return 'refused';
  if (s.matches({ game: 'prologue' })) return 'prologue';
  if (s.matches({ game: 'choosing' })) return 'choosing';
  if (s.matches({ game: 'resolving' }) || s.matches({ watching: { turn: 'resolving' } })) return 'resolving';
  if (s.matches({ game: 'resolved' }) || s.matches({ watching: { turn: 'resolved' } })) return 'resolved';
  return 'watching';
}

export type SceneKey = 'title' | 'settings' | 'saves' | 'explore' | 'party' | 'privacy' | 'crisis' | 'ending' | 'classroom' | 'review' | 'extras';

const SCENES: Record<FlowName, SceneKey> = {
  title: 'title', settings: 'settings', saves: 'saves', exploring: 'explore', setup: 'party', 'handing-over': 'privacy', prologue: 'crisis', choosing: 'crisis', refused: 'crisis',
  resolving: 'crisis', resolved: 'crisis', watching: 'crisis', ended: 'ending', classroom: 'classroom',
  timeline: 'review', branching: 'review', branches: 'review', compare: 'review', share: 'review', import: 'extras', gallery: 'extras',
};

export const sceneFor = (s: FlowSnapshot): SceneKey => SCENES[flowName(s)];

/** Whether the playback of history is paused (watch mode). */
export const paused = (s: FlowSnapshot): boolean => s.matches({ watching: { playback: 'paused' } });
