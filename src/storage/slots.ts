// Saved games: the autosave (the run in progress, written after every turn, at SAVE_KEY as the single save of
// earlier versions was) and the saves a player names, each under a key of its own. Each is one SaveStore (save.ts):
// checked whole, migrated or set aside, never overwritten when it cannot be used, written only by the tab that
// holds the right to write (write-lock.ts).
//
//   const slots = new SlotStore(kv?, now?, lock?)
//   slots.load() / slots.save(file) / slots.clear()     the autosave, as SaveStore does it
//   slots.list()                   { slots: SlotInfo[] newest first, problems }: a named save that cannot be used is
//                                  set aside (save.ts) and left out, with its problem to show
//   slots.loadSlot(id)             LoadResult, as SaveStore.load
//   slots.saveSlot(name, file, replace?)   { ok: true, id } or { ok: false, problem }; `replace` writes over that save
//   slots.renameSlot(id, name)     null or the problem (the save keeps its date)
//   slots.deleteSlot(id)           null or the problem
// Nothing here throws; a full store is { kind: 'full' } and leaves every save as it was.
import type { OutcomeId, PartyId } from '../sim/ids.ts';
import { SaveStore, type LoadResult, type SaveFile } from './save.ts';
import { MAX_SAVE_NAME } from './save-schema.ts';
import { browserStorage, PREFIX, type KV, type StorageProblem } from './store.ts';
import type { WriteLock } from './write-lock.ts';

export const SLOT_PREFIX = `${PREFIX}:slot:`;
/** A named save's key: the prefix and an id of letters and digits (set-aside copies add `:...` and are not saves). */
const SLOT_KEY = new RegExp(`^${SLOT_PREFIX}([a-z0-9]{1,32})$`);
const ID = /^[a-z0-9]{1,32}$/;

/** What the list of saved games shows of each, without the game itself. */
export interface SlotInfo {
  id: string;
  name: string;
  savedAt: string;
  humans: PartyId[];
  mode: 'play' | 'watch';
  turn: number;
  /** The ending the run reached, if it did. */
  outcome: OutcomeId | null;
}

type File = Omit<SaveFile, 'version' | 'savedAt' | 'name'>;

/** A save's name as kept: trimmed, not empty, not too long; null when it cannot be one. */
export function slotName(name: string): string | null {
  const n = name.trim();
  return n.length > 0 && n.length <= MAX_SAVE_NAME ? n : null;
}

const infoOf = (id: string, s: SaveFile): SlotInfo => ({
  id, name: s.name ?? '', savedAt: s.savedAt, humans: [...s.humans], mode: s.mode, turn: s.state.turn, outcome: s.state.outcome?.id ?? null,
});

export class SlotStore {
  private kv: KV | null;
  readonly auto: SaveStore;
  private stores = new Map<string, SaveStore>();
  /** The last text read from each named save, and what the list shows of it: read again only when it changed. */
  private seen = new Map<string, { raw: string; info: SlotInfo }>();
  private made = 0;

  constructor(kv: KV | null | undefined = undefined, private now: () => number = Date.now, private lock: WriteLock | null = null) {
    this.kv = kv === undefined ? browserStorage() : kv;
    this.auto = new SaveStore(this.kv, now, lock);
  }

  get available(): boolean {
    return this.auto.available;
  }

  get mayWrite(): boolean {
    return this.auto.mayWrite;
  }

  // ---- The autosave.
  load(): LoadResult {
    return this.auto.load();
  }

  save(file: File): StorageProblem | null {
    return this.auto.save(file);
  }

  clear(): void {
    this.auto.clear();
  }

  // ---- Named saves.
  private store(id: string): SaveStore {
    let s = this.stores.get(id);
    if (!s) this.stores.set(id, (s = new SaveStore(this.kv, this.now, this.lock, SLOT_PREFIX + id)));
    return s;
  }

  private ids(): string[] {
    const kv = this.kv;
    if (!kv) return [];
    const out: string[] = [];
    try {
      const n = kv.length ?? 0;
      for (let i = 0; i < n; i++) {
        const m = SLOT_KEY.exec(kv.key?.(i) ?? '');
        if (m) out.push(m[1]);
      }
    } catch {
      return [];
    }
    return out;
  }

  list(): { slots: SlotInfo[]; problems: StorageProblem[] } {
    const slots: SlotInfo[] = [];
    const problems: StorageProblem[] = [];
    for (const id of this.ids()) {
      let raw: string | null;
      try {
        raw = this.kv!.getItem(SLOT_PREFIX + id);
      } catch {
        continue;
      }
      const seen = this.seen.get(id);
      if (raw !== null && seen?.raw === raw) {
        slots.push(seen.info);
        continue;
      }
      const r = this.store(id).load();
      if (!r.ok) problems.push(r.problem);
      else if (r.save && raw !== null) {
        const info = infoOf(id, r.save);
        this.seen.set(id, { raw, info });
        slots.push(info);
      }
    }
    slots.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name.localeCompare(b.name)));
    return { slots, problems };
  }

  loadSlot(id: string): LoadResult {
    if (!ID.test(id)) return { ok: false, problem: { kind: 'gone' } };
    const r = this.store(id).load();
    return r.ok && !r.save ? { ok: false, problem: { kind: 'gone' } } : r;
  }

  /** Save a run under a name: as a new save, or over the save `replace`. */
  saveSlot(name: string, file: File, replace?: string): { ok: true; id: string } | { ok: false; problem: StorageProblem } {
    const n = slotName(name);
    if (n === null) return { ok: false, problem: { kind: 'unsavable', reason: `a save's name has 1 to ${MAX_SAVE_NAME} characters` } };
    if (replace !== undefined && !ID.test(replace)) return { ok: false, problem: { kind: 'gone' } };
    const id = replace ?? this.newId();
    const problem = this.store(id).save({ ...file, name: n });
    return problem ? { ok: false, problem } : { ok: true, id };
  }

  renameSlot(id: string, name: string): StorageProblem | null {
    const n = slotName(name);
    if (n === null) return { kind: 'unsavable', reason: `a save's name has 1 to ${MAX_SAVE_NAME} characters` };
    const r = this.loadSlot(id);
    if (!r.ok) return r.problem;
    const { humans, mode, state, savedAt } = r.save!;
    return this.store(id).save({ humans, mode, state, savedAt, name: n });
  }

  deleteSlot(id: string): StorageProblem | null {
    if (!this.kv) return { kind: 'unavailable' };
    if (!ID.test(id)) return { kind: 'gone' };
    if (!this.mayWrite) return { kind: 'other-tab' };
    try {
      this.kv.removeItem(SLOT_PREFIX + id);
    } catch {
      return { kind: 'unavailable' };
    }
    this.seen.delete(id);
    this.stores.delete(id);
    return null;
  }

  /** An id no save has: the time in base 36 and a count, so two saves in one millisecond differ. */
  private newId(): string {
    const taken = new Set(this.ids());
    let id: string;
    do id = `${this.now().toString(36)}${(this.made++).toString(36)}`;
    while (taken.has(id) || this.stores.has(id));
    return id;
  }
}
