// The flow's state in one word, for the page (`<html data-flow="...">`, which browser tests and assistive
// technology can read) and for choosing the scene that shows it.
import type { SnapshotFrom } from 'xstate';
import type { FlowMachine } from './machine.ts';

export type FlowSnapshot = SnapshotFrom<FlowMachine>;

export type FlowName =
  | 'title' | 'settings' | 'exploring' | 'setup' | 'handing-over' | 'prologue' | 'choosing' | 'refused' | 'resolving' | 'resolved' | 'watching' | 'ended'
  | 'classroom';

export function flowName(s: FlowSnapshot): FlowName {
  if (s.matches('title')) return 'title';
  if (s.matches('settings')) return 'settings';
  if (s.matches('exploring')) return 'exploring';
  if (s.matches('setup')) return 'setup';
  if (s.matches('ended')) return 'ended';
  if (s.matches('classroom')) return 'classroom';
  if (s.matches({ game: 'handingOver' })) return 'handing-over';
  if (s.matches({ game: { prologue: 'refused' } }) || s.matches({ game: { choosing: 'refused' } })) return 'refused';
  if (s.matches({ game: 'prologue' })) return 'prologue';
  if (s.matches({ game: 'choosing' })) return 'choosing';
  if (s.matches({ game: 'resolving' }) || s.matches({ watching: { turn: 'resolving' } })) return 'resolving';
  if (s.matches({ game: 'resolved' }) || s.matches({ watching: { turn: 'resolved' } })) return 'resolved';
  return 'watching';
}

export type SceneKey = 'title' | 'settings' | 'explore' | 'party' | 'privacy' | 'crisis' | 'ending' | 'classroom';

const SCENES: Record<FlowName, SceneKey> = {
  title: 'title', settings: 'settings', exploring: 'explore', setup: 'party', 'handing-over': 'privacy', prologue: 'crisis', choosing: 'crisis', refused: 'crisis',
  resolving: 'crisis', resolved: 'crisis', watching: 'crisis', ended: 'ending', classroom: 'classroom',
};

export const sceneFor = (s: FlowSnapshot): SceneKey => SCENES[flowName(s)];

/** Whether the playback of history is paused (watch mode). */
export const paused = (s: FlowSnapshot): boolean => s.matches({ watching: { playback: 'paused' } });
