// `npm run sim -- ... --debrief FILE.md` writes the debrief as Markdown; `--lang fr|en` switches the command line's
// language; the JSON's turns say why every number changed.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SimReport } from '../../src/cli/report.ts';
import { cli, expectUsageError, scratch } from '../cli/run-cli.ts';

const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

describe('npm run sim -- --debrief FILE.md', () => {
  it('writes the ending, the scores, the turning points and five to eight questions, and still prints the timeline', async () => {
    const file = join(s.dir, 'history.md');
    const r = await cli('sim', ['--play', 'all=historical', '--debrief', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Ending: Altman returns with a new board/m);
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Five Days in November: debrief/);
    expect(md).toContain('**Altman returns with a new board** (`return-new-board`)');
    expect(md).toMatch(/\| The board \| \d+ \|/);
    expect(md).toContain('## Turning points');
    const questions = md.split('## Questions for discussion')[1].split('\n## ')[0].match(/^\d\. /gm) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(md).toContain('It never did: this run followed history’s line');
  }, 90_000);

  it('in French with --lang fr: the handout, the timeline and the ending', async () => {
    const file = join(s.dir, 'fr.md');
    const moves = s.file('moves.json', JSON.stringify([{ turn: 0, party: 'employees', move: 'employees.circulate-letter' }, { turn: 1, party: 'employees', move: 'employees.circulate-letter' }]));
    const r = await cli('sim', ['--seed', '5', '--moves', moves, '--lang', 'fr', '--debrief', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Cinq jours en novembre\u00a0: graine 5/);
    expect(r.stdout).toMatch(/^Issue\u00a0: /m);
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Cinq jours en novembre\u00a0: débriefing/);
    expect(md).toContain('Rôle joué\u00a0: Les salariés.');
    expect(md).toContain('## L’issue');
    expect(md).toContain('## Questions pour la discussion');
    expect(md).toContain('Vous portiez la voix des salariés.');
    expect(md).not.toMatch(/\{\w+\}|teach\.|Questions for discussion/);
  }, 90_000);

  it('refuses a language it does not have, and a debrief it cannot write, with one line and exit code 2', async () => {
    expectUsageError(await cli('sim', ['--lang', 'de']), /--lang must be one of en, fr, not "de"/);
    expectUsageError(await cli('sim', ['--debrief', '']), /--debrief needs a file name/);
    const r = await cli('sim', ['--seed', '3', '--debrief', join(s.dir, 'missing-dir', 'x.md')]);
    expectUsageError(r, /cannot write the debrief to/);
    expect(existsSync(join(s.dir, 'missing-dir'))).toBe(false);
  }, 90_000);
});

describe('npm run sim -- --json', () => {
  it('gives each turn why every number changed: grouped per number, each with causes in words', async () => {
    const r = await cli('sim', ['--play', 'all=historical', '--json']);
    const report = JSON.parse(r.stdout) as SimReport;
    const monday = report.turns.find((t) => t.turn === 11)!;
    const sutskever = monday.why.find((w) => w.metric === 'resolve' && w.detail === 'sutskever')!;
    expect(sutskever.causes.map((c) => c.kind)).toEqual(expect.arrayContaining(['rule', 'hidden']));
    for (const t of report.turns) for (const w of t.why) for (const c of w.causes) expect(['move', 'rule', 'draw', 'hidden']).toContain(c.kind);
    expect(report.turns.find((t) => t.turn === 1)!.why.find((w) => w.metric === 'boardCredibility')!.causes.map((c) => c.text).join(' ')).toMatch(/which only the board knew/);
    const fr = JSON.parse((await cli('sim', ['--play', 'all=historical', '--json', '--lang', 'fr'])).stdout) as SimReport;
    expect(fr.turns[0].news[0].text).toMatch(/^Le conseil démet Sam Altman/);
  }, 90_000);
});
