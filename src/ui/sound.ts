// A few quiet synthesised cues (Web Audio, nothing downloaded), tied to what happens: a vote of the board, staff
// leaving, a deadline falling, the ending (and the settings' own click). Silent unless the player turned sound on
// (settings.ts: off by default, and off in a class). The context is only created after a user gesture.
import { settings } from './settings.ts';

let ctx: AudioContext | null = null;

function audio(): AudioContext | null {
  if (!settings().sound) return null;
  if (!ctx) {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return null;
    try { ctx = new Ctor(); } catch { return null; }
  }
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  return ctx;
}

function tone(freq: number, dur: number, gain: number, type: OscillatorType = 'sine', when = 0): void {
  const a = audio();
  if (!a) return;
  const t0 = a.currentTime + when;
  const osc = a.createOscillator();
  const g = a.createGain();
  osc.type = type;
  osc.frequency.setValueAtTime(freq, t0);
  g.gain.setValueAtTime(0.0001, t0);
  g.gain.exponentialRampToValueAtTime(gain, t0 + 0.01);
  g.gain.exponentialRampToValueAtTime(0.0001, t0 + dur);
  osc.connect(g).connect(a.destination);
  osc.start(t0);
  osc.stop(t0 + dur + 0.02);
}

export type Cue = 'select' | 'confirm' | 'step' | 'ending' | 'blocked' | 'vote' | 'departure' | 'deadline';

/** Play a cue; must be called from (or after) a user gesture. Silent when sound is off. */
export function cue(c: Cue): void {
  switch (c) {
    case 'select': tone(660, 0.07, 0.04, 'triangle'); break;
    case 'confirm': tone(440, 0.12, 0.05, 'triangle'); tone(660, 0.16, 0.04, 'triangle', 0.08); break;
    case 'step': tone(520, 0.06, 0.025, 'sine'); break;
    case 'blocked': tone(180, 0.14, 0.05, 'square'); break;
    case 'ending': tone(392, 0.5, 0.05); tone(494, 0.5, 0.04, 'sine', 0.15); tone(587, 0.7, 0.04, 'sine', 0.3); break;
    // A gavel: two dry knocks.
    case 'vote': tone(196, 0.06, 0.06, 'triangle'); tone(196, 0.06, 0.05, 'triangle', 0.14); break;
    // Footsteps away: a falling pair.
    case 'departure': tone(494, 0.12, 0.035, 'sine'); tone(370, 0.18, 0.035, 'sine', 0.12); break;
    // A clock striking.
    case 'deadline': tone(880, 0.35, 0.03, 'sine'); tone(660, 0.45, 0.03, 'sine', 0.3); break;
  }
}
