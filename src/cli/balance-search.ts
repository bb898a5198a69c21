// The search for good fixed lines of play in one seat: priority lists over the seat's moves (src/sim/strategies.ts),
// scored on training seeds only. Random lines and every "always this move" line first, each tried on a third of the
// training seeds and the most promising on all of them; then a few rounds of mutations of the best. Two aims are kept
// apart: the highest mean score (for `best`), and the most wins (to test that no fixed line wins too often).
import {
  controllersOf,
  LAST_TURN,
  MOVES_BY_PARTY,
  newGame,
  OUTCOMES,
  playTurn,
  type GameState,
  type PlayablePartyId,
} from '../sim/index.ts';
import { bestEndingOf, type PlayResult } from './balance-play.ts';
import type { Pool } from './balance-pool.ts';
import type { LineEntry } from '../sim/strategies.ts';

/** How much searching: lines drawn at random, rounds of mutation, mutants per parent. */
export const SEARCH = { randomLines: 40, rounds: 5, mutantsPerParent: 6, scoreParents: 3, winParents: 2, promote: 8 };

export interface LineScore {
  line: LineEntry[];
  mean: number;
  wins: number;
}

export interface SearchResult {
  /** Lines tried on all the training seeds. */
  tried: number;
  byScore: LineScore;
  byWins: LineScore;
}

/** A small seeded generator (mulberry32): the search is the same on every run. */
function rngFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The states of a few default games, to learn how many options each move offers. */
function sampleStates(): GameState[] {
  const out: GameState[] = [];
  for (let seed = 1; seed <= 6; seed++) {
    let s = newGame({ seed, rules: [], controllers: { ...controllersOf(), board: 'human' } }, { lean: true });
    out.push(s);
    s = playTurn({ ...s, controllers: controllersOf() }, {}, { lean: true });
    while (!s.outcome && s.turn <= LAST_TURN) {
      out.push(s);
      s = playTurn(s, {}, { lean: true });
    }
  }
  return out;
}

let samples: GameState[] | null = null;

/** The building blocks of a seat's lines: each move with each option index it ever offers (at most five). */
export function tokensOf(seat: PlayablePartyId): { move: string; pick: number }[] {
  samples ??= sampleStates();
  const out: { move: string; pick: number }[] = [];
  for (const m of MOVES_BY_PARTY[seat]) {
    if (m.id === 'board.remove-ceo' && seat !== 'board') continue;
    const most = Math.max(1, ...samples.map((s) => (m.options ? m.options(s).length : 1)));
    for (let pick = 0; pick < Math.min(5, most); pick++) out.push({ move: m.id, pick });
  }
  return out;
}

/** A move's option as it is usually offered at that index, in words ("directorsLeave=2, investigation=true"). */
export function optionLabel(move: string, pick: number): string {
  samples ??= sampleStates();
  const m = MOVES_BY_PARTY[move.slice(0, move.indexOf('.')) as PlayablePartyId]?.find((x) => x.id === move);
  if (!m?.options) return '';
  const seen = new Map<string, number>();
  for (const s of samples) {
    const o = m.options(s)[pick];
    if (!o || Object.keys(o).length === 0) continue;
    const text = Object.entries(o)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
      .join(', ');
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return [...seen.entries()].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0])[0];
}

const USES = [1, 1, 2, 3, 0];
const keyOf = (line: readonly LineEntry[]) => line.map((e) => `${e.move}/${e.pick}/${e.uses}`).join(' ');

function randomLine(rand: () => number, tokens: readonly { move: string; pick: number }[]): LineEntry[] {
  const n = 2 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => ({ ...tokens[Math.floor(rand() * tokens.length)], uses: USES[Math.floor(rand() * USES.length)] }));
}

function mutate(rand: () => number, tokens: readonly { move: string; pick: number }[], line: readonly LineEntry[]): LineEntry[] {
  const out = line.map((e) => ({ ...e }));
  const at = Math.floor(rand() * out.length);
  const token = () => ({ ...tokens[Math.floor(rand() * tokens.length)], uses: USES[Math.floor(rand() * USES.length)] });
  switch (Math.floor(rand() * 6)) {
    case 0:
      out[at] = { ...token(), uses: out[at].uses };
      break;
    case 1:
      if (out.length < 8) out.splice(Math.floor(rand() * (out.length + 1)), 0, token());
      else out[at] = token();
      break;
    case 2:
      if (out.length > 1) out.splice(at, 1);
      else out[at] = token();
      break;
    case 3:
      if (out.length > 1) {
        const j = at === out.length - 1 ? at - 1 : at + 1;
        [out[at], out[j]] = [out[j], out[at]];
      } else out[at].uses = USES[Math.floor(rand() * USES.length)];
      break;
    case 4:
      out[at].uses = USES[Math.floor(rand() * USES.length)];
      break;
    default: {
      const picks = tokens.filter((t) => t.move === out[at].move);
      out[at].pick = picks[Math.floor(rand() * picks.length)].pick;
    }
  }
  return out;
}

/** Mean score and share of wins (the seat's best ending) of a batch of games. */
export function summarise(r: PlayResult, bestIndex: number): { mean: number; wins: number } {
  const n = r.scores.length;
  return { mean: r.scores.reduce((a, b) => a + b, 0) / n, wins: r.outcomes.filter((o) => o === bestIndex).length / n };
}

const byScore = (a: LineScore, b: LineScore) => b.mean - a.mean || b.wins - a.wins;
const byWins = (a: LineScore, b: LineScore) => b.wins - a.wins || b.mean - a.mean;

export async function searchLines(pool: Pool, seat: PlayablePartyId, trainSeeds: readonly number[]): Promise<SearchResult> {
  const rand = rngFrom(0x5eed + seat.length * 7919 + seat.charCodeAt(0));
  const tokens = tokensOf(seat);
  const best = OUTCOMES.indexOf(bestEndingOf(seat));
  const cut = Math.max(1, Math.ceil(trainSeeds.length / 3));
  const first = trainSeeds.slice(0, cut);
  const rest = trainSeeds.slice(cut);
  // Every line tried, by its key: its results on the first third and, if promoted, on all the training seeds.
  const partial = new Map<string, PlayResult>();
  const full = new Map<string, LineScore>();

  const evaluate = async (lines: LineEntry[][]): Promise<void> => {
    const fresh = [...new Map(lines.map((l) => [keyOf(l), l])).values()].filter((l) => !partial.has(keyOf(l)));
    const firstResults = await pool.run(fresh.map((line) => ({ seat, spec: { kind: 'line', line }, seeds: first })));
    fresh.forEach((l, i) => partial.set(keyOf(l), firstResults[i]));
    // Promote the most promising by either aim to all the training seeds.
    const scored = fresh.map((line) => ({ line, ...summarise(partial.get(keyOf(line))!, best) }));
    const promoted = new Map<string, LineEntry[]>();
    for (const s of [...scored].sort(byScore).slice(0, SEARCH.promote)) promoted.set(keyOf(s.line), s.line);
    for (const s of [...scored].sort(byWins).slice(0, Math.ceil(SEARCH.promote / 2))) promoted.set(keyOf(s.line), s.line);
    const lines2 = [...promoted.values()];
    const restResults = rest.length ? await pool.run(lines2.map((line) => ({ seat, spec: { kind: 'line', line }, seeds: rest }))) : [];
    lines2.forEach((line, i) => {
      const p = partial.get(keyOf(line))!;
      const r = restResults[i] ?? { outcomes: [], scores: [] };
      full.set(keyOf(line), { line, ...summarise({ outcomes: [...p.outcomes, ...r.outcomes], scores: [...p.scores, ...r.scores] }, best) });
    });
  };

  const always = tokens.map((t) => [{ ...t, uses: 0 }]);
  const random = Array.from({ length: SEARCH.randomLines }, () => randomLine(rand, tokens));
  await evaluate([...always, ...random]);
  for (let round = 0; round < SEARCH.rounds; round++) {
    const all = [...full.values()];
    const parents = [...all.sort(byScore).slice(0, SEARCH.scoreParents), ...[...all].sort(byWins).slice(0, SEARCH.winParents)];
    const mutants = parents.flatMap((p) => Array.from({ length: SEARCH.mutantsPerParent }, () => mutate(rand, tokens, p.line)));
    await evaluate(mutants);
  }
  const all = [...full.values()];
  return { tried: partial.size, byScore: [...all].sort(byScore)[0], byWins: [...all].sort(byWins)[0] };
}
