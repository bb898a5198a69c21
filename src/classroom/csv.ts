// The class summary as CSV (RFC 4180: comma-separated, CRLF lines, fields quoted when they hold a comma, a quote, a
// line break or edge spaces, quotes doubled), in sections a spreadsheet opens as they are: the session, the endings,
// the scores, the key decisions, then one row per run. No personal data: runs are numbered and carry their codes and
// figures, never the name of the file they came in. A text that a spreadsheet would run as a formula is quoted as text.
import { PARTIES, PLAYABLE_PARTIES } from '../sim/ids.ts';
import { clockLabel, gameText, partyName, type Lang } from '../text/index.ts';
import { decisionTitle, KEY_DECISIONS, wayText } from './decisions.ts';
import type { SpreadTally } from './spread.ts';
import type { ClassSummary } from './summary.ts';

export type Cell = string | number | null;

/** One field: numbers as they are, texts quoted when they must be, a leading = + - @ made harmless. */
export function csvField(x: Cell): string {
  if (x === null) return '';
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : '';
  const text = /^[=+\-@\t\r]/.test(x) ? `'${x}` : x;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly Cell[]): string => cells.map(csvField).join(',');

/** Rows as CSV text, with a byte-order mark so spreadsheets read the accents of French texts. */
export const csvText = (rows: readonly (readonly Cell[])[]): string => `\uFEFF${rows.map(csvRow).join('\r\n')}\r\n`;

const one = (x: number) => Math.round(x * 10) / 10;
const share = (n: number, of: number) => (of === 0 ? null : one((100 * n) / of));

export function summaryCsv(s: ClassSummary, spread: SpreadTally | null, lang: Lang): string {
  const t = (key: string, vars?: Record<string, string | number>) => gameText(`class.csv.${key}`, lang, vars);
  const ending = (id: string) => gameText(`outcome.${id}.title`, lang);
  const rows: Cell[][] = [];
  const { session } = s;
  rows.push([t('session')], [t('seed'), t('rules'), t('seats'), t('devices')]);
  rows.push([
    session.seed,
    session.rules.length ? session.rules.map((r) => gameText(`switch.${r}.title`, lang)).join('; ') : gameText('switch.none', lang),
    session.seats.map((p) => partyName(p, lang)).join('; '),
    gameText(`class.devices.${session.devices}`, lang),
  ]);

  rows.push([], [t('endings')], [t('ending-id'), t('ending'), t('runs'), t('class-share'), t('spread-share', { runs: spread?.runs ?? 0 }), t('history')]);
  for (const e of s.endings) {
    rows.push([e.outcome, ending(e.outcome), e.count, share(e.count, s.runs.length), spread ? share(spread.outcomes[e.outcome], spread.runs) : null, e.outcome === s.history.outcome ? t('yes') : '']);
  }

  rows.push([], [t('scores')], [t('party'), t('played'), t('mean'), t('min'), t('max'), t('spread-mean'), t('history')]);
  for (const p of PARTIES) {
    const r = s.scores.find((x) => x.party === p);
    rows.push([partyName(p, lang), r?.played ? t('yes') : '', r ? one(r.mean) : null, r?.min ?? null, r?.max ?? null, spread && spread.runs ? one(spread.scoreSums[p] / spread.runs) : null, s.history.scores[p]]);
  }

  rows.push([], [t('decisions')], [t('decision'), t('way'), t('runs'), t('history')]);
  for (const d of s.decisions) {
    for (const w of d.ways) rows.push([decisionTitle(d.id, lang), wayText(d.id, w.way, lang), w.count, w.history ? t('yes') : '']);
  }

  rows.push([], [t('runs-list')]);
  rows.push([
    t('run'), t('code'), t('seats'), t('ending-id'), t('ending'), t('ended'), t('left-history'),
    ...PARTIES.map((p) => t('score-of', { party: partyName(p, lang) })),
    ...KEY_DECISIONS.map((d) => decisionTitle(d.id, lang)),
  ]);
  for (const r of s.runs) {
    rows.push([
      r.n, r.code, PLAYABLE_PARTIES.filter((p) => r.seats.includes(p)).map((p) => partyName(p, lang)).join('; '),
      r.outcome, ending(r.outcome), clockLabel(r.endTurn, lang), r.leftAt === null ? t('never') : clockLabel(r.leftAt, lang),
      ...PARTIES.map((p) => r.scores[p]),
      ...KEY_DECISIONS.map((d) => wayText(d.id, r.decisions[d.id], lang)),
    ]);
  }
  return csvText(rows);
}
