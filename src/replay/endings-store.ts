// The endings this browser has reached, for the endings gallery: one small JSON record under its own key, written when
// a game played here ends (not when a shared run is only opened). Read through a schema: a record that is not exactly
// this shape (damaged, hand-edited, from a newer version) is ignored as if nothing had been reached, and the next
// ending starts a fresh one. Never throws: storage that is missing or full only means the gallery is not kept.
import * as v from 'valibot';
import { OUTCOMES, type OutcomeId } from '../sim/ids.ts';
import { PREFIX, type KV } from '../storage/store.ts';

export const ENDINGS_KEY = `${PREFIX}:endings`;
export const ENDINGS_VERSION = 1;
/** A real record is a few hundred characters; anything much longer is not one. */
const MAX_CHARS = 10_000;

const when = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
const reachedSchema = v.strictObject({ first: when, last: when, times: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)) });
const recordSchema = v.strictObject({
  version: v.literal(ENDINGS_VERSION),
  reached: v.pipe(v.record(v.picklist(OUTCOMES), reachedSchema), v.maxEntries(OUTCOMES.length)),
});

export type Reached = Partial<Record<OutcomeId, v.InferOutput<typeof reachedSchema>>>;

/** The endings reached in a stored text, or null when it is not a sound record. */
export function readReached(raw: string | null): Reached | null {
  if (raw === null || raw.length > MAX_CHARS) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = v.safeParse(recordSchema, data);
  if (!r.success) return null;
  // A fresh object of known keys only: nothing of the stored text's own making is kept.
  const out: Reached = {};
  for (const id of OUTCOMES) {
    const e = r.output.reached[id];
    if (e) out[id] = { first: e.first, last: e.last, times: e.times };
  }
  return out;
}

export class EndingsStore {
  constructor(
    private kv: KV | null,
    private now: () => number = Date.now,
  ) {}

  /** The endings reached so far; none when storage is missing or its record is broken. */
  reached(): Reached {
    if (!this.kv) return {};
    try {
      return readReached(this.kv.getItem(ENDINGS_KEY)) ?? {};
    } catch {
      return {};
    }
  }

  /** Note an ending reached now. */
  record(id: OutcomeId): void {
    if (!this.kv || !(OUTCOMES as readonly string[]).includes(id)) return;
    const at = new Date(this.now()).toISOString();
    const reached = this.reached();
    const old = reached[id];
    reached[id] = old ? { first: old.first, last: at, times: Math.min(old.times + 1, 1_000_000) } : { first: at, last: at, times: 1 };
    try {
      this.kv.setItem(ENDINGS_KEY, JSON.stringify({ version: ENDINGS_VERSION, reached }));
    } catch {
      // Full or forbidden storage: the gallery is simply not kept.
    }
  }
}
