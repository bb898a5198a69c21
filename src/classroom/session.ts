// A class session: the settings a teacher hands out (the seed, the rulebook, the seats students play, one device each
// or in turns on one device) as a compact code for the page address: "c1." then, in base64url, a CRC-32 and the
// settings as a JSON array of four numbers (the seed, the switches and the seats as bit masks over the format's own
// tables, the devices). Written like a run's share code (src/share/code.ts): the version comes first, readable, so a
// newer session is told apart from a damaged one; the checksum covers the version and every byte after it; the content
// is checked with valibot. No free text: a session holds no name and no message, and its code stays short for a QR code.
import * as v from 'valibot';
import { PLAYABLE_PARTIES, RULE_SWITCHES, type PlayablePartyId, type RuleSwitch } from '../sim/ids.ts';
import { MAX_SEED } from '../sim/seed.ts';
import { crc32 } from '../share/crc32.ts';
import { fromBase64url, toBase64url } from '../share/code.ts';

/** The format this version writes; a code of a newer one is refused as such. */
export const SESSION_VERSION = 1;

/** 'each': every student plays one of the seats on a device of her own; 'shared': the seats take turns on one device. */
export const DEVICES = ['each', 'shared'] as const;
export type Devices = (typeof DEVICES)[number];

export interface ClassSession {
  seed: number;
  /** In the simulation's order (RULE_SWITCHES); none: the 2023 rulebook. */
  rules: RuleSwitch[];
  /** The seats offered, in the simulation's order (PLAYABLE_PARTIES); at least one. */
  seats: PlayablePartyId[];
  devices: Devices;
}

/** The session as settings put in order: the same settings always give the same code. */
export function normalSession(s: ClassSession): ClassSession {
  return {
    seed: s.seed,
    rules: RULE_SWITCHES.filter((r) => s.rules.includes(r)),
    seats: PLAYABLE_PARTIES.filter((p) => s.seats.includes(p)),
    devices: s.devices,
  };
}

/** Why a session code is refused, for the page to word in the reader's language. */
export type SessionRefusalKind = 'empty' | 'too-long' | 'not-a-session' | 'newer-version' | 'damaged' | 'invalid';
export type SessionResult = { ok: true; session: ClassSession } | { ok: false; kind: SessionRefusalKind; message: string };

const refuse = (kind: SessionRefusalKind, message: string): SessionResult => ({ ok: false, kind, message });

/** No real session comes near this: a code is under 50 characters. */
export const SESSION_CODE_MAX = 400;

const PREFIX = (version: number) => `c${version}.`;
const PATTERN = /^c([1-9]\d{0,5})\.([A-Za-z0-9_-]+)$/;

/**
 * The switches and seats as format 1 numbers them: bit i of a mask is entry i. Fixed for the format's life: a new
 * switch or seat goes at the end (old codes keep their meaning); tests/classroom checks every one is here.
 */
export const RULES_V1: readonly RuleSwitch[] = ['microsoft-board-seat', 'notice-required', 'full-board', 'directors-with-equity', 'no-tender', 'no-microsoft-offer', 'no-salesforce', 'board-explains'];
export const SEATS_V1: readonly PlayablePartyId[] = ['board', 'employees', 'microsoft', 'salesforce', 'altman'];

const whole = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const sessionSchema = v.strictTuple([whole(MAX_SEED), whole(2 ** RULES_V1.length - 1), v.pipe(whole(2 ** SEATS_V1.length - 1), v.minValue(1)), whole(DEVICES.length - 1)]);

const mask = <T>(table: readonly T[], items: readonly T[]) => table.reduce((m, x, i) => (items.includes(x) ? m | (1 << i) : m), 0);
const unmask = <T>(table: readonly T[], m: number) => table.filter((_, i) => m & (1 << i));

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The session's code: one line of letters, digits, "-", "_" and ".", safe after the "#" of a page address. */
export function encodeSession(session: ClassSession): string {
  const s = normalSession(session);
  const prefix = PREFIX(SESSION_VERSION);
  const body = new TextEncoder().encode(JSON.stringify([s.seed, mask(RULES_V1, s.rules), mask(SEATS_V1, s.seats), DEVICES.indexOf(s.devices)]));
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, crc32(concat(new TextEncoder().encode(prefix), body)));
  out.set(body, 4);
  return prefix + toBase64url(out);
}

/** The session a code holds, or why it cannot be used (one line of English; the kind for the page's own words). */
export function decodeSession(text: unknown): SessionResult {
  if (typeof text !== 'string') return refuse('not-a-session', 'a session is read from its code');
  const code = text.trim();
  if (code === '') return refuse('empty', 'there is no session code');
  if (code.length > SESSION_CODE_MAX) return refuse('too-long', `that is ${code.length} characters, more than any session code`);
  const m = PATTERN.exec(code);
  if (!m) return refuse('not-a-session', 'that is not a class session code (it starts with "c1.")');
  const version = Number(m[1]);
  if (version > SESSION_VERSION) return refuse('newer-version', `this session was made by a newer version of the game (format ${version})`);
  const bytes = fromBase64url(m[2]);
  if (!bytes || bytes.length < 5) return refuse('damaged', 'the session code is damaged: it was cut short or changed');
  const body = bytes.subarray(4);
  const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (crc32(concat(new TextEncoder().encode(PREFIX(version)), body)) !== sum) return refuse('damaged', 'the session code is damaged: its checksum does not match');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return refuse('invalid', 'the session code holds something other than a session');
  }
  const r = v.safeParse(sessionSchema, data, { abortEarly: true });
  if (!r.success) return refuse('invalid', 'the session code holds settings this game does not know');
  const [seed, rules, seats, devices] = r.output;
  const session = normalSession({ seed, rules: unmask(RULES_V1, rules), seats: unmask(SEATS_V1, seats), devices: DEVICES[devices] });
  // Only the one way this program writes a session is read (no spaces, no "1.0"): anything else was made by hand.
  if (encodeSession(session) !== code) return refuse('invalid', 'the session code is not written the way this game writes it');
  return { ok: true, session };
}

/** Where a session's code sits in a page address: the students' link plays it, the teacher's link gathers its runs. */
export const ADDRESS_KEYS = { student: 'class', teacher: 'teach' } as const;
export type AddressRole = keyof typeof ADDRESS_KEYS;

/** The page address `base` (any address of the game) opening the session for a student or for the teacher. */
export function sessionAddress(base: string, session: ClassSession, role: AddressRole = 'student'): string {
  return `${base.split('#')[0]}#${ADDRESS_KEYS[role]}=${encodeSession(session)}`;
}

/** The role and the code an address's "#" part names ("#class=c1..." or "#teach=c1..."), or null for any other. */
export function sessionInHash(hash: string): { role: AddressRole; code: string } | null {
  const m = /^#?(class|teach)=(.*)$/s.exec(hash);
  if (!m) return null;
  return { role: m[1] === 'class' ? 'student' : 'teacher', code: m[2] };
}
