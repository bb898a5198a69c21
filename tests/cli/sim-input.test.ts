// What `npm run sim` accepts and what it refuses: --help, seeds from 0 to 4294967295 and nothing else, flags read
// by parseArgs, moves files with a byte-order mark, and a warning for a scheduled move that the game never reached.
// Every refusal is exit code 2 and one line on standard error (expectUsageError).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimReport } from '../../src/cli/report.ts';
import { LAST_TURN } from '../../src/sim/index.ts';
import { cli, expectUsageError, npmRun, scratch, type CliResult } from './run-cli.ts';

const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

const report = (r: CliResult): SimReport => {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as SimReport;
};

describe('--help', () => {
  it('-h and --help print each command’s usage on stdout and exit 0, whatever else is given', async () => {
    const runs = await Promise.all([
      cli('sim', ['--help']),
      cli('sim', ['-h']),
      cli('sim', ['--seed', '5', '--help']),
      cli('explore', ['--help']),
      cli('explore', ['-h']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
    const [sim, simShort, simWithSeed, explore, exploreShort] = runs.map((r) => r.stdout);
    expect(sim).toMatch(/^Usage: npm run sim -- \[options\]/);
    for (const flag of ['--seed N', '--play PARTY=POLICY', '--rules SWITCH', '--moves FILE', '--json', '-h, --help', '4294967295']) expect(sim).toContain(flag);
    expect(simShort).toBe(sim);
    expect(simWithSeed).toBe(sim);
    expect(explore).toMatch(/^Usage: npm run explore -- \[options\]/);
    for (const flag of ['--runs N', '--seed S', '--workers K', '--play PARTY=POLICY', '--rules SWITCH', '--json', '-h, --help']) expect(explore).toContain(flag);
    expect(exploreShort).toBe(explore);
  }, 60_000);

  it('works through npm run, which builds the command line if needed and starts it', async () => {
    const r = await npmRun('sim', ['--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run sim -- \[options\]/);
  }, 60_000);
});

describe('seeds: whole numbers from 0 to 4294967295', () => {
  let runs: Record<string, CliResult>;
  beforeAll(async () => {
    const seeds = ['0', '4294967295', '1', '4294967297', '7', '007'];
    const all = await Promise.all(seeds.map((seed) => cli('sim', ['--seed', seed, '--json'])));
    runs = Object.fromEntries(seeds.map((seed, i) => [seed, all[i]]));
  }, 60_000);

  it('plays both ends of the range', () => {
    expect(report(runs['0']).seed).toBe(0);
    expect(report(runs['4294967295']).seed).toBe(4294967295);
  });

  it('plays --seed 1 and refuses --seed 4294967297, which once played the same game', () => {
    expect(report(runs['1']).seed).toBe(1);
    expectUsageError(runs['4294967297'], /The seed must be a whole number from 0 to 4294967295, not "4294967297"/);
  });

  it('reads leading zeros as the same number: --seed 007 plays seed 7', () => {
    expect(runs['007'].stdout).toBe(runs['7'].stdout);
    expect(report(runs['007']).seed).toBe(7);
  });

  const bad: [string, string[]][] = [
    ['a negative seed', ['--seed', '-1']],
    ['a fraction', ['--seed', '1.5']],
    ['310 digits', ['--seed', '9'.repeat(310)]],
    ['2^32', ['--seed', '4294967296']],
    ['letters', ['--seed', 'abc']],
    ['an empty seed', ['--seed', '']],
    ['an empty seed after =', ['--seed=']],
    ['an exponent', ['--seed', '1e3']],
    ['a space before the digits', ['--seed', ' 7']],
  ];
  let refused: CliResult[];
  beforeAll(async () => {
    refused = await Promise.all(bad.map(([, args]) => cli('sim', args)));
  }, 60_000);

  it.each(bad.map(([name], i) => [name, i] as const))('refuses %s', (_, i) => {
    expectUsageError(refused[i], /^error: --seed: The seed must be a whole number from 0 to 4294967295, not ".*"( \(\d+ characters\))?\.$/m);
  });

  it('cuts a long seed short in its message', () => {
    expect(refused[2].stderr).toContain('(310 characters)');
    expect(refused[2].stderr.length).toBeLessThan(150);
  });
});

describe('flags, read by parseArgs', () => {
  it('--rules given twice: the two lists add up, as if given once', async () => {
    const [twice, once] = await Promise.all([
      cli('sim', ['--seed', '4', '--rules', 'no-tender', '--rules', 'board-explains,no-tender', '--json']),
      cli('sim', ['--seed', '4', '--rules', 'no-tender,board-explains', '--json']),
    ]);
    expect(report(twice).rules).toEqual(['no-tender', 'board-explains']);
    expect(twice.stdout).toBe(once.stdout);
  }, 60_000);

  it('--play may be given again, and several PARTY=POLICY may follow one --play', async () => {
    const [again, together] = await Promise.all([
      cli('sim', ['--play', 'all=hawk', '--play', 'board=dove', 'employees=random', '--json']),
      cli('sim', ['--play', 'all=hawk', 'board=dove', '--play', 'employees=random', '--json']),
    ]);
    expect(report(again).policies).toMatchObject({ board: 'dove', employees: 'random', microsoft: 'hawk', altman: 'hawk' });
    expect(again.stdout).toBe(together.stdout);
  }, 60_000);

  const bad: [string, string[], RegExp][] = [
    ['--seed with no value', ['--seed'], /--seed needs a value$/m],
    ['--seed followed by another flag', ['--seed', '--json'], /--seed needs a value/],
    ['--seed given twice', ['--seed', '1', '--seed', '2'], /--seed was given twice: give it once/],
    ['a word that is not an argument', ['seven'], /unexpected argument "seven"/],
    ['a word after --', ['--', 'x'], /unexpected argument "x"/],
    ['a value for --json', ['--json=yes'], /--json takes no value/],
    ['an unknown short flag', ['-x'], /unknown argument "-x"/],
    ['an explore flag', ['--runs', '5'], /unknown argument "--runs"/],
    ['an empty --rules', ['--rules', ''], /--rules needs a comma-separated list of switches/],
    ['--rules of commas', ['--rules', ',,'], /--rules needs a comma-separated list of switches/],
    ['an unknown switch in a second --rules', ['--rules', 'no-tender', '--rules', 'nope'], /unknown rulebook switch "nope"/],
    ['--play with no value', ['--play'], /--play needs a value/],
    ['--play with a word that is not PARTY=POLICY', ['--play', 'board=hawk', 'hawk'], /--play takes PARTY=POLICY .*not "hawk"/],
    ['--moves with no value', ['--moves'], /--moves needs a value/],
    ['--moves with an empty name', ['--moves', ''], /--moves needs a file name/],
    ['a switch with a line break', ['--rules', 'a\nb'], /unknown rulebook switch "a\\nb"/],
  ];
  let results: CliResult[];
  beforeAll(async () => {
    results = await Promise.all(bad.map(([, args]) => cli('sim', args)));
  }, 60_000);

  it.each(bad.map(([name, , pattern], i) => [name, pattern, i] as const))('refuses %s', (_, pattern, i) => {
    expectUsageError(results[i], pattern);
  });
});

/** `params` nested `depth` levels deep, as text: JSON.parse reads it, a recursive check would not. */
const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`;

describe('moves files', () => {
  const moves = JSON.stringify([
    { turn: 0, party: 'altman', move: 'altman.rally-public' },
    { turn: 1, party: 'altman', move: 'altman.wait', params: {} },
  ]);

  it('accepts a UTF-8 byte-order mark: the same game as without it', async () => {
    const [plain, bom] = await Promise.all([
      cli('sim', ['--seed', '3', '--json', '--moves', s.file('plain.json', moves)]),
      cli('sim', ['--seed', '3', '--json', '--moves', s.file('bom.json', `\uFEFF${moves}`)]),
    ]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(bom.code, bom.stderr).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  }, 60_000);

  it('warns, naming each one, about moves the game never played: after its ending, or not the board’s in the prologue', async () => {
    const alone = report(await cli('sim', ['--seed', '3', '--json']));
    const end = alone.outcome.turn;
    expect(end).toBeLessThan(LAST_TURN);
    const file = s.file(
      'late.json',
      JSON.stringify([
        { turn: -1, party: 'altman', move: 'altman.wait' },
        { turn: end + 1, party: 'employees', move: 'employees.wait' },
        { turn: LAST_TURN, party: 'microsoft', move: 'microsoft.wait' },
      ]),
    );
    const r = await cli('sim', ['--seed', '3', '--json', '--moves', file]);
    expect(r.code, r.stderr).toBe(0);
    // The game is the one played without those moves; the warnings go to stderr, one line each.
    expect(r.stdout).toBe(JSON.stringify(alone) + '\n');
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(
      [
        'warning: turn -1 altman.wait was never played: only the board moves in the prologue (turn -1)',
        `warning: turn ${end + 1} employees.wait was never played: the game ended at turn ${end}`,
        `warning: turn ${LAST_TURN} microsoft.wait was never played: the game ended at turn ${end}`,
      ].sort(),
    );
  }, 60_000);

  const bad: [string, () => string, RegExp][] = [
    ['params nested 5,000 levels in objects', () => s.file('deep.json', `[{"turn":0,"party":"altman","move":"altman.wait","params":{"a":${nested(5000, '{"a":', '}')}}}]`), /entry 1: parameter "a" must be a string, a number, true or false, or a list of strings/],
    ['params nested 5,000 levels in lists', () => s.file('deep-list.json', `[{"turn":0,"party":"altman","move":"altman.wait","params":{"x":${nested(5000, '[', ']')}}}]`), /entry 1: parameter "x" must be/],
    ['bytes that are not UTF-8', () => s.file('latin1.json', new Uint8Array([0x5b, 0xe9, 0x5d])), /is not UTF-8 text/],
    ['an unknown key in an entry', () => s.file('typo.json', '[{"turn":0,"party":"altman","move":"altman.wait","parmas":{}}]'), /entry 1: unknown key "parmas"/],
    ['a directory', () => s.dir, /the moves file ".*" is not a file/],
    ['a file larger than 1 MB', () => s.file('big.json', `[${' '.repeat(1 << 20)}]`), /the moves file ".*" is larger than 1 MB/],
    ['two moves of one party at one turn', () => s.file('twice.json', '[{"turn":0,"party":"altman","move":"altman.wait"},{"turn":0,"party":"altman","move":"altman.rally-public"}]'), /entry 2: altman already has a move at turn 0/],
  ];
  let results: CliResult[];
  beforeAll(async () => {
    results = await Promise.all(bad.map(([, file]) => cli('sim', ['--moves', file()])));
  }, 60_000);

  it.each(bad.map(([name, , pattern], i) => [name, pattern, i] as const))('refuses %s', (_, pattern, i) => {
    expectUsageError(results[i], pattern);
    expect(results[i].stderr).not.toMatch(/call stack/i);
  });
});
