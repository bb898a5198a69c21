// One tab writes the save; the others know it and say so.
//
// claimWriteLock() asks, once at the app's start, for the right to write. With the Web Locks API the right is a lock
// held for the tab's life: the browser frees it when the tab closes, and a tab that was refused queues for it and
// takes over then. Where Web Locks is missing, tabs agree over a BroadcastChannel: a claim that no writer answers
// within a moment wins, the writer answers every later claim, and says when it leaves. With neither (or outside a
// browser) there are no other tabs: this one writes.
//
//   const lock = claimWriteLock();                // at start, before the first save is read
//   await lock.ready;                             // optional: 'writer' or 'reader' once known (a few ms)
//   lock.onChange((status) => ...);               // 'reader': tell the player (StorageProblem 'other-tab');
//                                                 // 'writer' after 'reader': this tab took over
//   new SaveStore(undefined, Date.now, lock)      // the store writes only while lock.status is 'writer'
import { PREFIX } from './store.ts';

export type WriteStatus = 'pending' | 'writer' | 'reader';

export interface WriteLock {
  readonly status: WriteStatus;
  /** Settles with the first answer: 'writer' or 'reader'. */
  readonly ready: Promise<WriteStatus>;
  /** Called on every change of status; returns a function that stops the calls. */
  onChange(listener: (status: WriteStatus) => void): () => void;
  /** Give the right up (and stop queueing for it). The tab's closing does the same. */
  release(): void;
}

export interface WriteLockOptions {
  name?: string;
  /** The Web Locks manager; by default the browser's, if any. null: use the fallback. */
  locks?: LockManager | null;
  /** The BroadcastChannel constructor for the fallback; by default the browser's, if any. null: no fallback. */
  channel?: typeof BroadcastChannel | null;
  /** How long a fallback claim waits for a writer to answer. */
  claimMs?: number;
}

export const WRITE_LOCK_NAME = `${PREFIX}:writer`;

function browserLocks(): LockManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  } catch {
    return null;
  }
}

function browserChannel(): typeof BroadcastChannel | null {
  // Outside a page (Node has BroadcastChannel too) there are no tabs to agree with.
  return typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined' ? BroadcastChannel : null;
}

class TabLock implements WriteLock {
  status: WriteStatus = 'pending';
  readonly ready: Promise<WriteStatus>;
  private settle!: (s: WriteStatus) => void;
  private listeners = new Set<(s: WriteStatus) => void>();
  stop: () => void = () => {};

  constructor() {
    this.ready = new Promise((resolve) => (this.settle = resolve));
  }

  set(status: WriteStatus): void {
    if (status === this.status) return;
    this.status = status;
    if (status !== 'pending') this.settle(status);
    for (const l of this.listeners) l(status);
  }

  onChange(listener: (status: WriteStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  release(): void {
    this.stop();
    this.stop = () => {};
    this.set('reader');
  }
}

export function claimWriteLock(options: WriteLockOptions = {}): WriteLock {
  const name = options.name ?? WRITE_LOCK_NAME;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const channel = options.channel === undefined ? browserChannel() : options.channel;
  const lock = new TabLock();
  const fallback = () => {
    if (channel) withChannel(lock, channel, name, options.claimMs ?? 250);
    else lock.set('writer');
  };
  if (locks) withLocks(lock, locks, name, fallback);
  else fallback();
  return lock;
}

function withLocks(lock: TabLock, locks: LockManager, name: string, fallback: () => void): void {
  const abort = new AbortController();
  let letGo = () => {};
  const held = new Promise<void>((resolve) => (letGo = resolve));
  lock.stop = () => {
    abort.abort();
    letGo();
  };
  const hold = (granted: Lock | null) => {
    if (!granted || abort.signal.aborted) return undefined;
    lock.set('writer');
    return held;
  };
  locks
    .request(name, { ifAvailable: true }, (granted) => {
      if (granted) return hold(granted);
      lock.set('reader');
      // Queue for the right: granted when the writing tab closes.
      locks.request(name, { signal: abort.signal }, hold).catch(() => { /* released or aborted */ });
      return undefined;
    })
    // Locks refused outright (a sandboxed frame, say): agree the other way.
    .catch(() => lock.status === 'pending' && fallback());
}

type Note = { type: 'claim' | 'held' | 'released'; id: string };

function withChannel(lock: TabLock, Channel: typeof BroadcastChannel, name: string, claimMs: number): void {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const bc = new Channel(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const post = (type: Note['type']) => bc.postMessage({ type, id } satisfies Note);
  const claim = () => {
    lock.set('pending');
    post('claim');
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (lock.status !== 'pending') return;
      lock.set('writer');
      post('held');
    }, claimMs);
  };
  bc.onmessage = (e: MessageEvent<Note>) => {
    const note = e.data;
    if (!note || typeof note.id !== 'string') return;
    if (note.type === 'claim') {
      if (lock.status === 'writer') post('held');
      // Two tabs claiming at once: the smaller id wins, the other waits for the winner to leave.
      else if (lock.status === 'pending' && note.id < id) lock.set('reader');
    } else if (note.type === 'held') {
      if (lock.status === 'pending' || (lock.status === 'writer' && note.id < id)) lock.set('reader');
    } else if (note.type === 'released' && lock.status === 'reader') {
      claim();
    }
  };
  const leave = () => {
    clearTimeout(timer);
    if (lock.status === 'writer') post('released');
    lock.set('reader');
  };
  // A page kept in the back/forward cache left as it hid; shown again, it claims like a new tab.
  const back = (e: Event) => (e as PageTransitionEvent).persisted && claim();
  const events = typeof addEventListener === 'function';
  if (events) {
    addEventListener('pagehide', leave);
    addEventListener('pageshow', back);
  }
  lock.stop = () => {
    leave();
    if (events) {
      removeEventListener('pagehide', leave);
      removeEventListener('pageshow', back);
    }
    bc.close();
  };
  claim();
}
