// The class summary as CSV: fields quoted as RFC 4180 says (read back by a strict parser to the same values), formulas
// made harmless, every run on its own row with its code and scores, and nothing personal (no file name) in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, summaryCsv } from '../../src/classroom/csv.ts';
import { classSummary } from '../../src/classroom/summary.ts';
import { sessionStart, spreadChunk } from '../../src/classroom/spread.ts';
import type { ClassSession } from '../../src/classroom/session.ts';
import { encodeRun, runFile, runOf } from '../../src/share/index.ts';
import { PARTIES } from '../../src/sim/index.ts';
import { classRun } from './runs.ts';

/** RFC 4180, strictly: CRLF between records, quoted fields may hold anything with quotes doubled. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
        else if (s[i] === '"') {
          i++;
          break;
        } else if (i >= s.length) throw new Error('unterminated quote');
        else field += s[i++];
      }
    } else while (i < s.length && s[i] !== ',' && s[i] !== '\r') field += s[i++];
    row.push(field);
    if (s[i] === ',') i++;
    else if (s.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < s.length) throw new Error(`unexpected ${JSON.stringify(s[i])} at ${i}`);
  }
  expect(row).toEqual([]);
  return rows;
}

describe('CSV fields', () => {
  it('any text reads back as itself (a formula’s first character kept behind a quote mark)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('a,b', 'say "no"', 'two\nlines', ' edge ', '\r', '=SUM(A1)', '+1', '-2', '@x')), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = parseCsv(csvText(rows));
        expect(back).toEqual(rows.map((r) => r.map((x) => (/^[=+\-@\t\r]/.test(x) ? `'${x}` : x))));
      }),
      { numRuns: 300 },
    );
  });

  it('quotes only what needs it; numbers stay numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });
});

describe('the class summary as CSV', () => {
  const session: ClassSession = { seed: 11, rules: ['no-tender'], seats: ['board', 'employees'], devices: 'shared' };
  const runs = [1, 2, 3].map((i) => classRun(session, ['board', 'employees'], i));
  const inputs = [
    ...runs.slice(0, 2).map((s, i) => ({ text: encodeRun(runOf(s)), file: null, n: i + 1 })),
    { text: runFile(runOf(runs[2])), file: 'Jane Doe, class 3B.json', n: 1 },
    { text: 'v1.broken', file: 'John Roe.json', n: 1 },
  ];
  const summary = classSummary(session, inputs);
  const spread = spreadChunk(sessionStart(session), 1, 8);

  for (const lang of ['en', 'fr'] as const) {
    it(`has a row per run with its code and every party’s score, and no file name (${lang})`, () => {
      const text = summaryCsv(summary, spread, lang);
      expect(text).not.toMatch(/Jane|John|class 3B|\{|class\.csv/);
      const rows = parseCsv(text);
      const runRows = rows.filter((r) => summary.runs.some((x) => x.code === r[1]));
      expect(runRows).toHaveLength(summary.runs.length);
      for (const r of summary.runs) {
        const row = runRows.find((x) => x[1] === r.code)!;
        expect(row[0]).toBe(String(r.n));
        expect(row.slice(7, 7 + PARTIES.length)).toEqual(PARTIES.map((p) => String(r.scores[p])));
      }
      // The endings section: one row per ending of the game, the class's counts adding up to the runs.
      const endingRows = rows.filter((r) => summary.endings.some((e) => e.outcome === r[0]));
      expect(endingRows.reduce((a, r) => a + Number(r[2]), 0)).toBe(summary.runs.length);
    });
  }
});
