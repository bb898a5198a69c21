// One saved game under one key: the simulation's GameState plus who sits where (and, for a named save, its name), as
// JSON. The autosave lives at SAVE_KEY; named saves each at a key of their own (slots.ts keeps the list).
//
// API (for the game's flow, through slots.ts):
//   const store = new SaveStore(kv?, now?, lock?, key?)   kv: localStorage by default; lock: claimWriteLock()
//                                                         (write-lock.ts); key: SAVE_KEY, the autosave, by default
//   store.available          false when the browser allows no storage
//   store.mayWrite           false while another tab holds the right to write (or before the lock is known)
//   store.load()             { ok: true, save: SaveFile | null, migratedFrom? } or { ok: false, problem }
//   store.save({ humans, mode, state, name? })   null when saved, else the StorageProblem (never throws)
//   store.clear()            forget the save (a finished game, a deleted one); does nothing when this tab may not write
// Every problem is a StorageProblem (store.ts) to show as a notice; after any problem on load, offer a new game.
// A save is used only if it passes the whole schema (save-schema.ts). One that fails is copied aside to its own key
// and never overwritten; one from an earlier format version is migrated (migrate.ts) or set aside; one from a newer
// version is left where it is and this tab then saves nothing.
import type { GameState } from '../sim/types.ts';
import type { RunTree } from '../share/format.ts';
import type { PartyId } from '../sim/ids.ts';
import { migrate } from './migrate.ts';
import { MAX_SAVE_CHARS, saveProblem } from './save-schema.ts';
import { browserStorage, isQuotaError, PREFIX, type KV, type StorageProblem } from './store.ts';
import type { WriteLock } from './write-lock.ts';

export const SAVE_KEY = `${PREFIX}:save`;
/**
 * The save's format version. Bump it whenever the saved shape changes (tests/storage/save-format.test.ts fails
 * until you do) and say in migrate.ts how an older save becomes a new one.
 */
export const SAVE_VERSION = 4;

export interface SaveFile {
  version: number;
  savedAt: string;
  /** The name the player gave a named save; the autosave has none. */
  name?: string;
  /** The parties played by people on this device, in hot-seat order. */
  humans: PartyId[];
  mode: 'play' | 'watch';
  state: GameState;
  /** The run's branches and which one `state` is (saves of format 2 have none: their game is the run's main line). */
  tree?: RunTree;
}

export type LoadResult =
  | { ok: true; save: SaveFile | null; /** Set when the save was made by an earlier version and brought up to date. */ migratedFrom?: number }
  | { ok: false; problem: StorageProblem };

/** What a stored text is, to this version of the game. */
type Verdict =
  | { kind: 'sound'; save: SaveFile; migratedFrom?: number }
  | { kind: 'newer' }
  | { kind: 'unusable'; tag: 'corrupt' | 'invalid' | 'older'; reason: string; version?: number };

/** Judge a stored save: parse it, look at its version, migrate it if it is older, and check all of it. */
export function judge(raw: string, now: string): Verdict {
  if (raw.length > MAX_SAVE_CHARS) return { kind: 'unusable', tag: 'invalid', reason: `it is ${raw.length} characters long, far more than any game` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unusable', tag: 'corrupt', reason: 'it is not JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'unusable', tag: 'invalid', reason: 'it is not an object' };
  const version = (parsed as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unusable', tag: 'invalid', reason: 'it has no format version' };
  }
  if (version > SAVE_VERSION) return { kind: 'newer' };
  if (version < SAVE_VERSION) {
    const m = migrate(parsed as Record<string, unknown>, version, SAVE_VERSION, now, saveProblem);
    if (m.ok) return { kind: 'sound', save: m.save, migratedFrom: version };
    return { kind: 'unusable', tag: 'older', reason: m.reason, version };
  }
  const r = saveProblem(parsed);
  return r.ok ? { kind: 'sound', save: r.save } : { kind: 'unusable', tag: 'invalid', reason: r.reason };
}

/** Saves it had no reason to doubt are kept in this form; the problems name what the player is told. */
export class SaveStore {
  private kv: KV | null;
  /** Set when this tab must never write again: a save it could not set aside, or a newer version's save. */
  private frozen: 'corrupt-stuck' | 'newer-version' | null = null;
  /** The text this store last read as sound or wrote: no need to judge it again before writing over it. */
  private known: string | null = null;

  constructor(
    kv: KV | null | undefined = undefined,
    private now: () => number = Date.now,
    private lock: WriteLock | null = null,
    /** Where this save lives: the autosave's key by default. */
    readonly key: string = SAVE_KEY,
  ) {
    this.kv = kv === undefined ? browserStorage() : kv;
  }

  get available(): boolean {
    return this.kv !== null;
  }

  /** Whether this tab may write the save now (another tab may hold the right; see write-lock.ts). */
  get mayWrite(): boolean {
    return this.kv !== null && this.frozen === null && (this.lock === null || this.lock.status === 'writer');
  }

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }

  load(): LoadResult {
    if (!this.kv) return { ok: false, problem: { kind: 'unavailable' } };
    let raw: string | null;
    try {
      raw = this.kv.getItem(this.key);
    } catch {
      return { ok: false, problem: { kind: 'unavailable' } };
    }
    if (raw === null) return { ok: true, save: null };
    const verdict = judge(raw, this.stamp());
    if (verdict.kind === 'sound') {
      this.known = raw;
      return verdict.migratedFrom === undefined ? { ok: true, save: verdict.save } : { ok: true, save: verdict.save, migratedFrom: verdict.migratedFrom };
    }
    if (verdict.kind === 'newer') {
      this.frozen = 'newer-version';
      return { ok: false, problem: { kind: 'newer-version' } };
    }
    // The tab that writes sets a bad save aside; this one only says that another tab looks after the save.
    if (!this.mayWrite) return { ok: false, problem: this.frozen ? { kind: this.frozen } : { kind: 'other-tab' } };
    return { ok: false, problem: this.setAside(raw, verdict) };
  }

  /** Copy an unusable save to a key of its own and remove it from the save's key; never lose it. */
  private setAside(raw: string, v: Extract<Verdict, { kind: 'unusable' }>): StorageProblem {
    const kv = this.kv!;
    const label = v.tag === 'older' ? `v${v.version}` : v.tag;
    let aside = `${this.key}:${label}:${this.stamp()}`;
    try {
      for (let n = 2; kv.getItem(aside) !== null && kv.getItem(aside) !== raw; n++) aside = `${this.key}:${label}:${this.stamp()}:${n}`;
      kv.setItem(aside, raw);
      if (kv.getItem(aside) !== raw) throw new Error('the copy did not stick');
      kv.removeItem(this.key);
    } catch {
      this.frozen = 'corrupt-stuck';
      return { kind: 'corrupt-stuck' };
    }
    if (v.tag === 'corrupt') return { kind: 'corrupt', movedTo: aside };
    if (v.tag === 'older') return { kind: 'older-version', movedTo: aside, reason: v.reason };
    return { kind: 'invalid', movedTo: aside, reason: v.reason };
  }

  /** Returns null on success, else what went wrong. Never throws, never writes over a save it cannot use. */
  save(file: Omit<SaveFile, 'version' | 'savedAt'> & { savedAt?: string }): StorageProblem | null {
    if (!this.kv) return { kind: 'unavailable' };
    if (this.frozen) return { kind: this.frozen };
    if (!this.mayWrite) return { kind: 'other-tab' };
    const checked = saveProblem({ version: SAVE_VERSION, savedAt: this.stamp(), ...file });
    if (!checked.ok) return { kind: 'unsavable', reason: checked.reason };
    const text = JSON.stringify(checked.save);
    try {
      const existing = this.kv.getItem(this.key);
      if (existing !== null && existing !== this.known) {
        const verdict = judge(existing, this.stamp());
        if (verdict.kind === 'newer') {
          this.frozen = 'newer-version';
          return { kind: 'newer-version' };
        }
        if (verdict.kind === 'unusable') {
          const p = this.setAside(existing, verdict);
          if (p.kind === 'corrupt-stuck') return p;
        }
      }
      this.kv.setItem(this.key, text);
      this.known = text;
      return null;
    } catch (e) {
      if (isQuotaError(e)) return { kind: 'full' };
      return { kind: 'unavailable' };
    }
  }

  /** Forget the save of a finished game. Leaves alone a save this tab may not write or could not use. */
  clear(): void {
    if (!this.kv || !this.mayWrite) return;
    try {
      const existing = this.kv.getItem(this.key);
      if (existing === null) return;
      if (existing !== this.known && judge(existing, this.stamp()).kind !== 'sound') return;
      this.kv.removeItem(this.key);
      this.known = null;
    } catch { /* nothing to do */ }
  }
}
