// Autosave of the running game. The save is plain JSON: the simulation's GameState plus who sits where.
import type { GameState } from '../sim/types.ts';
import type { PartyId } from '../sim/ids.ts';
import { PARTIES, PLAYABLE_PARTIES } from '../sim/ids.ts';
import { browserStorage, isQuotaError, PREFIX, type KV, type StorageProblem } from './store.ts';

export const SAVE_KEY = `${PREFIX}:save`;
export const SAVE_VERSION = 1;

export interface SaveFile {
  version: number;
  savedAt: string;
  /** The parties played by people on this device, in hot-seat order. */
  humans: PartyId[];
  mode: 'play' | 'watch';
  state: GameState;
}

export type LoadResult =
  | { ok: true; save: SaveFile | null }
  | { ok: false; problem: StorageProblem };

/** A save is well-formed when every field the game reads has the right type. */
export function isSaveFile(x: unknown): x is SaveFile {
  if (!x || typeof x !== 'object') return false;
  const s = x as Partial<SaveFile>;
  if (s.version !== SAVE_VERSION || typeof s.savedAt !== 'string') return false;
  if (!Array.isArray(s.humans) || !s.humans.every((p) => (PLAYABLE_PARTIES as readonly string[]).includes(p))) return false;
  if (s.mode !== 'play' && s.mode !== 'watch') return false;
  const st = s.state as Partial<GameState> | undefined;
  if (!st || typeof st !== 'object') return false;
  if (typeof st.turn !== 'number' || typeof st.seed !== 'number' || typeof st.rng !== 'number') return false;
  if (!Array.isArray(st.log) || !Array.isArray(st.rules)) return false;
  if (!st.world || typeof st.world !== 'object' || typeof st.world.staff !== 'number' || !Array.isArray(st.world.directors)) return false;
  if (!st.parties || !PARTIES.every((p) => typeof st.parties![p] === 'string')) return false;
  if (!st.controllers || !PARTIES.every((p) => typeof st.controllers![p] === 'string')) return false;
  if (st.outcome !== null && (typeof st.outcome !== 'object' || typeof st.outcome.id !== 'string')) return false;
  return true;
}

export class SaveStore {
  private kv: KV | null;
  /** Set when a corrupt save could not be moved aside: we must then never write over it. */
  private frozen = false;
  constructor(kv: KV | null | undefined = undefined, private now: () => number = Date.now) {
    this.kv = kv === undefined ? browserStorage() : kv;
  }

  get available(): boolean {
    return this.kv !== null;
  }

  /** Read the save. A corrupt one is copied to `<key>:corrupt:<timestamp>` and removed from the main key. */
  load(): LoadResult {
    if (!this.kv) return { ok: false, problem: { kind: 'unavailable' } };
    let raw: string | null;
    try {
      raw = this.kv.getItem(SAVE_KEY);
    } catch {
      return { ok: false, problem: { kind: 'unavailable' } };
    }
    if (raw === null) return { ok: true, save: null };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (isSaveFile(parsed)) return { ok: true, save: parsed };
    return { ok: false, problem: this.quarantine(raw) };
  }

  private quarantine(raw: string): StorageProblem {
    const kv = this.kv!;
    const aside = `${SAVE_KEY}:corrupt:${new Date(this.now()).toISOString()}`;
    try {
      kv.setItem(aside, raw);
      if (kv.getItem(aside) !== raw) throw new Error('copy did not stick');
      kv.removeItem(SAVE_KEY);
      return { kind: 'corrupt', movedTo: aside };
    } catch {
      this.frozen = true;
      return { kind: 'corrupt-stuck' };
    }
  }

  /** Returns null on success, else what went wrong. Never throws. */
  save(file: Omit<SaveFile, 'version' | 'savedAt'>): StorageProblem | null {
    if (!this.kv) return { kind: 'unavailable' };
    if (this.frozen) return { kind: 'corrupt-stuck' };
    const full: SaveFile = { version: SAVE_VERSION, savedAt: new Date(this.now()).toISOString(), ...file };
    try {
      // Never write over something we could not read.
      const existing = this.kv.getItem(SAVE_KEY);
      if (existing !== null) {
        let ok = false;
        try { ok = isSaveFile(JSON.parse(existing)); } catch { ok = false; }
        if (!ok) {
          const p = this.quarantine(existing);
          if (p.kind === 'corrupt-stuck') return p;
        }
      }
      this.kv.setItem(SAVE_KEY, JSON.stringify(full));
      return null;
    } catch (e) {
      if (isQuotaError(e)) return { kind: 'full' };
      return { kind: 'unavailable' };
    }
  }

  clear(): void {
    if (!this.kv || this.frozen) return;
    try { this.kv.removeItem(SAVE_KEY); } catch { /* nothing to do */ }
  }
}
