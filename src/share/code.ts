// The share code: "v1." then, in base64url, a CRC-32 and the run packed as JSON arrays (moves as their numbers in
// move-table.ts) and deflated. The version comes first, readable, so a code from a newer game is told apart from a
// damaged one before anything is unpacked; the checksum covers the version and every byte after it, so a code with a
// character changed, added or lost is refused rather than replayed as another game.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import { PARTIES } from '../sim/ids.ts';
import { crc32 } from './crc32.ts';
import { FORMAT_VERSION, LIMITS, refuse, type Branch, type Result, type Run } from './format.ts';
import { MOVE_TABLE_V1, moveNumber } from './move-table.ts';

const PREFIX = `v${FORMAT_VERSION}.`;

// ---- packing: the run as short arrays ----

type PackedMove = number | [number, Record<string, unknown>];
type PackedBranch = [id: number, parent: number, fromTurn: number, rule: string, turns: number, outcome: string, check: string, moves: PackedMove[][]];
type Packed = [seed: number, rules: string[], seats: string[], branches: PackedBranch[]];

function packBranch(b: Branch): PackedBranch {
  const byTurn: PackedMove[][] = Array.from({ length: b.turns }, () => []);
  for (const m of b.moves) {
    const n = moveNumber(m.move);
    if (n < 0) throw new Error(`the move ${m.move} has no number in the share code's table (src/share/move-table.ts)`);
    byTurn[m.turn - b.fromTurn].push(Object.keys(m.params ?? {}).length ? [n, m.params!] : n);
  }
  return [b.id, b.parent ?? -1, b.fromTurn, b.rule ?? '', b.turns, b.outcome ?? '', b.check, byTurn];
}

const pack = (run: Run): Packed => [run.seed, run.rules, PARTIES.map((p) => run.seats[p]), run.branches.map(packBranch)];

// The packed arrays' own shape; what the ids and numbers mean is checked on the unpacked run (schema.ts).
const int = v.pipe(v.number(), v.integer());
const str = v.pipe(v.string(), v.maxLength(LIMITS.idChars));
const packedMove = v.union([int, v.strictTuple([int, v.record(str, v.unknown())])]);
const packedSchema = v.strictTuple([
  int,
  v.pipe(v.array(str), v.maxLength(16)),
  v.pipe(v.array(str), v.length(PARTIES.length)),
  v.pipe(
    v.array(
      v.strictTuple([int, int, int, str, int, str, str, v.pipe(v.array(v.pipe(v.array(packedMove), v.maxLength(PARTIES.length))), v.maxLength(LIMITS.movesPerBranch))]),
    ),
    v.maxLength(LIMITS.branches),
  ),
]);

/** The packed arrays as a run, not yet checked: ids, ranges and the tree are runSchema's and runProblem's to judge. */
function unpack(data: unknown): Result<{ run: unknown }> {
  const r = v.safeParse(packedSchema, data, { abortEarly: true });
  if (!r.success) return refuse('invalid', 'the code holds something other than a run');
  const [seed, rules, seats, branches] = r.output;
  const out: unknown[] = [];
  for (const [id, parent, fromTurn, rule, turns, outcome, check, byTurn] of branches) {
    if (byTurn.length !== turns) return refuse('invalid', `branch ${id} holds moves for ${byTurn.length} turns where it says it played ${turns}`);
    const moves = [];
    for (const [i, list] of byTurn.entries()) {
      for (const m of list) {
        const [n, params] = typeof m === 'number' ? [m, {}] : m;
        const move = MOVE_TABLE_V1[n];
        if (move === undefined) return refuse('invalid', `branch ${id} names move number ${n}, which this version does not know`);
        moves.push({ turn: fromTurn + i, party: move.slice(0, move.indexOf('.')), move, params });
      }
    }
    out.push({ id, parent: parent === -1 ? null : parent, fromTurn, rule: rule || null, turns, outcome: outcome || null, moves, check });
  }
  return { ok: true, run: { version: FORMAT_VERSION, seed, rules, seats: Object.fromEntries(PARTIES.map((p, i) => [p, seats[i]])), branches: out } };
}

// ---- the code's text ----

/** Bytes as base64url text, without padding (the share code's and the class session code's alphabet). */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or null if it is not the one way this program writes them. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // atob ignores the unused low bits of the last character: a code that differs only there is not this code.
  return toBase64url(bytes) === text ? bytes : null;
}

function withCrc(body: Uint8Array): Uint8Array {
  const sum = crc32(concat(strToU8(PREFIX), body));
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, sum);
  out.set(body, 4);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The run's share code: one line of letters, digits, "-", "_" and ".", safe after the "#" of a page address. */
export function encodeCode(run: Run): string {
  const json = JSON.stringify(pack(run));
  return PREFIX + toBase64url(withCrc(deflateSync(strToU8(json), { level: 9 })));
}

/** A code's version and body: "v1.abc" is version 1. */
export const CODE_PATTERN = /^v(0|[1-9]\d{0,5})\.([A-Za-z0-9_-]*)$/;

/**
 * The run a code of this version holds, unchecked (see schema.ts), or why it cannot be read: not the checksum of its
 * bytes, not deflate, unpacking past the size limit, not JSON of a packed run.
 */
export function readCodeBody(body: string): Result<{ run: unknown }> {
  const bytes = fromBase64url(body);
  if (!bytes || bytes.length < 5) return refuse('damaged', 'the code is damaged: it was cut short or changed (copy the whole address again)');
  const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (crc32(concat(strToU8(PREFIX), bytes.subarray(4))) !== sum) return refuse('damaged', 'the code is damaged: its checksum does not match (copy the whole address again)');
  let unpacked: Uint8Array;
  try {
    // One byte more than allowed: filling it means the code unpacks to more than a run can be.
    unpacked = inflateSync(bytes.subarray(4), { out: new Uint8Array(LIMITS.unpackedBytes + 1) });
  } catch {
    return refuse('damaged', 'the code is damaged: it does not unpack');
  }
  if (unpacked.length > LIMITS.unpackedBytes) return refuse('too-large', 'the code unpacks to more than any run holds');
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(unpacked));
  } catch {
    return refuse('invalid', 'the code holds something other than a run');
  }
  return unpack(data);
}
