// Reading a shared run: a bare code, a page address holding one after its "#", or a downloaded file's text. Everything
// is checked (size first, then version, checksum, structure, ids, numbers, the tree of branches) and then replayed by
// the simulation, which must play exactly the recorded moves to the recorded games. Anything else is refused with one
// line saying why; no exception leaves decodeRun, and nothing half-read is returned.
import * as v from 'valibot';
import type { GameState } from '../sim/types.ts';
import { CODE_PATTERN, readCodeBody } from './code.ts';
import { FILE_KIND, FORMAT_VERSION, LIMITS, refuse, type Refusal, type Result, type Run } from './format.ts';
import { replayAll } from './replay.ts';
import { describeIssue, fileSchema, runProblem, runSchema } from './schema.ts';

export type Decoded = { ok: true; run: Run; state: GameState; states: GameState[] } | Refusal;

/**
 * The run in `text`, replayed: `state` is the main line's game, `states` every branch's, in the run's order. Or a
 * refusal: `{ ok: false, kind, message }`, the message one line of English, the kind for the page to word it.
 */
export function decodeRun(text: unknown): Decoded {
  try {
    return decode(text);
  } catch (e) {
    // Every path above returns its refusal; this is the promise that none escapes, should one be missed.
    return refuse('invalid', `the run could not be read (${String((e as Error)?.message ?? e).split('\n')[0]})`);
  }
}

function decode(text: unknown): Decoded {
  if (typeof text !== 'string') return refuse('not-a-run', 'a run is read from text: a code, a page address or a file');
  if (text.length > LIMITS.fileChars) return refuse('too-large', `that is ${text.length} characters, more than any run holds`);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return refuse('empty', 'there is nothing to read: paste a code, a page address or a file');
  const read = trimmed.startsWith('{') ? readFile(trimmed) : readCode(trimmed);
  return read.ok ? check(read.run) : read;
}

/** A newer version, an older one, or one this game does not know; null for this version. */
function versionRefusal(version: number): Refusal | null {
  if (version === FORMAT_VERSION) return null;
  if (version > FORMAT_VERSION) return refuse('newer-version', `this run was made by a newer version of the game (format ${version}; this one reads format ${FORMAT_VERSION}): open it there, or start a fresh game`);
  // Format 1 is the first: when a format 2 comes, format 1 is migrated here, and only formats no longer read land below.
  return refuse('older-version', `this run was made by an older version of the game (format ${version}), which this one can no longer replay: start a fresh game`);
}

function readCode(text: string): Result<{ run: unknown }> {
  if (text.length > LIMITS.codeChars) return refuse('too-large', `that is ${text.length} characters, more than any code holds`);
  // A page address holds the code after its "#"; a code copied across lines comes back whole without the breaks.
  const hash = text.indexOf('#');
  const code = (hash >= 0 ? text.slice(hash + 1) : text).replace(/\s+/g, '');
  const m = CODE_PATTERN.exec(code);
  if (!m) return refuse('not-a-run', hash >= 0 ? 'the page address holds no run: its code after "#" is missing or damaged' : `this is not a run's code (a code starts with v${FORMAT_VERSION}.)`);
  return versionRefusal(Number(m[1])) ?? readCodeBody(m[2]);
}

function readFile(text: string): Result<{ run: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-a-run', 'the file is not valid JSON: it was cut short or is not a run');
  }
  const file = data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || file.kind !== FILE_KIND) {
    return refuse('not-a-run', `the file is not a run of Five Days in November (its "kind" is not "${FILE_KIND}")`);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse('invalid', 'the file\'s "version" is not a format number');
  const refused = versionRefusal(version);
  if (refused) return refused;
  const r = v.safeParse(fileSchema, data, { abortEarly: true });
  if (!r.success) return refuse('invalid', `the file is not a sound run: ${describeIssue(r.issues[0])}`);
  const { kind: _kind, ...run } = r.output;
  return { ok: true, run };
}

/** A run's structure, its tree, then every branch replayed exactly. */
function check(data: unknown): Decoded {
  const r = v.safeParse(runSchema, data, { abortEarly: true });
  if (!r.success) return refuse('invalid', `the run is not sound: ${describeIssue(r.issues[0])}`);
  const run = r.output as Run;
  const problem = runProblem(run);
  if (problem) return refuse('bad-branch', `the run is not sound: ${problem}`);
  const played = replayAll(run);
  if (!played.ok) return played;
  return { ok: true, run, state: played.states[0], states: played.states };
}
