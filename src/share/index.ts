// Sharing runs: a run (seed, rulebook, seats, every move, its branches) as a code for the page address and as a JSON
// file, read back and replayed exactly. No DOM and no Phaser: the page, the command line and the tests use it alike.
import { encodeCode } from './code.ts';
import { FILE_KIND, type Run } from './format.ts';

export { FORMAT_VERSION, FILE_KIND, MAIN_LINE, MID_GAME_SWITCHES, LIMITS, switchRefusal } from './format.ts';
export type { Run, RunTree, Branch, MidGameSwitch, Refusal, RefusalKind, Result } from './format.ts';
export { decodeRun, type Decoded } from './decode.ts';
export { runOf, startBranch, addBranch, extendBranch } from './branches.ts';
export { replayBranch, positionAt, fingerprint } from './replay.ts';

/** The run's share code ("v1." and base64url), to put after the "#" of the page address. */
export const encodeRun = (run: Run): string => encodeCode(run);

/** The page address that opens the run: `base` (any address of the game) with the code as its "#" part. */
export const shareAddress = (base: string, run: Run): string => `${base.split('#')[0]}#${encodeCode(run)}`;

/** The run as a downloadable JSON file's text: the same content as the code, readable, with its kind and version. */
export const runFile = (run: Run): string => `${JSON.stringify({ kind: FILE_KIND, ...run }, null, 2)}\n`;

/** A name for the downloaded file: "five-days-seed-7.json". */
export const runFileName = (run: Run): string => `five-days-seed-${run.seed}.json`;
