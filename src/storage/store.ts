// Browser storage that never takes the game down: missing storage, a full quota and corrupt saves are
// reported as messages, and a corrupt save is set aside under its own key, never overwritten.

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  | { kind: 'corrupt'; movedTo: string }
  | { kind: 'corrupt-stuck' };

export interface KV {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
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
