// Browser storage that never takes the game down: missing storage, a full quota and corrupt saves are
// reported as messages, and a corrupt save is set aside under its own key, never overwritten.

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  /** The save was not even JSON; it was copied to `movedTo` and removed. */
  | { kind: 'corrupt'; movedTo: string }
  /** A save that could not be used could not be set aside either: this tab saves nothing, so it is never overwritten. */
  | { kind: 'corrupt-stuck' }
  /** The save is JSON of this version but not a playable game; `reason` says what is wrong, in English. */
  | { kind: 'invalid'; movedTo: string; reason: string }
  /** The save was made by an earlier version and could not be brought up to date. */
  | { kind: 'older-version'; movedTo: string; reason: string }
  /** The save was made by a newer version: it is left where it is, and this tab does not save. */
  | { kind: 'newer-version' }
  /** Another tab holds the right to write: this tab does not save. */
  | { kind: 'other-tab' }
  /** The game about to be saved failed the save's own checks (a fault in the game): the last good save is kept. */
  | { kind: 'unsavable'; reason: string }
  /** A named save asked for is no longer there (deleted in another tab, say). */
  | { kind: 'gone' };

export interface KV {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
  /** How many keys there are, and the key at an index (as localStorage has them): the named saves are found so. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** The page's localStorage, or null when the browser forbids it (reading the property can throw). */
export function browserStorage(): KV | null {
  try {
    const s = window.localStorage;
    if (!s) return null;
    const probe = '__fdin_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch (e) {
    // A full store still lets us read: keep it, writes will report 'full'.
    if (isQuotaError(e)) {
      try { return window.localStorage; } catch { return null; }
    }
    return null;
  }
}

export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof DOMException !== 'undefined' && e instanceof DOMException)) return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export const PREFIX = 'five-days-in-november';
