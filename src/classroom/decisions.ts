// The key decisions a class splits on, read from a finished run: the board's choice in the prologue, whether and where
// the staff's letter pointed, whether the board ever explained itself, and Altman's first way out (Microsoft, a company
// of his own, or a deal to return). Each is a "way" (an id
// string) that the page and the CSV put in words; the facts come from the teaching core's runFacts and the run's log.
import type { PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { runFacts } from '../teach/questions.ts';
import { formatParams, gameText, moveTitle, type Lang } from '../text/index.ts';

export const DECISION_IDS = ['prologue', 'letter', 'reasons', 'altman'] as const;
export type DecisionId = (typeof DECISION_IDS)[number];

/** A move as a way: its id and parameters, as JSON (so the words can be made back from it). */
const moveWay = (move: string, params: Record<string, unknown> = {}) => JSON.stringify([move, params]);

/** Altman's moves that decide where he ends up: with Microsoft, at a company of his own, or back by a deal. */
const ALTMAN_WAYS = ['altman.join-microsoft', 'altman.start-company', 'altman.accept-deal'];

export const KEY_DECISIONS: readonly { id: DecisionId; party: PartyId; of: (s: GameState) => string }[] = [
  {
    id: 'prologue',
    party: 'board',
    of: (s) => {
      const m = s.log.find((r) => r.turn === -1)?.moves.find((x) => x.party === 'board');
      return m ? moveWay(m.move, m.params) : 'none';
    },
  },
  { id: 'letter', party: 'employees', of: (s) => runFacts(s, null).letter ?? 'never' },
  { id: 'reasons', party: 'board', of: (s) => (s.world.reasonsPublished ? 'published' : 'silent') },
  {
    id: 'altman',
    party: 'altman',
    of: (s) => {
      const m = s.log.flatMap((r) => r.moves).find((x) => ALTMAN_WAYS.includes(x.move));
      return m ? moveWay(m.move) : 'none';
    },
  },
];

export function decisionsOf(state: GameState): Record<DecisionId, string> {
  return Object.fromEntries(KEY_DECISIONS.map((d) => [d.id, d.of(state)])) as Record<DecisionId, string>;
}

/** The decision's question, in words. */
export const decisionTitle = (id: DecisionId, lang: Lang): string => gameText(`class.decision.${id}`, lang);

/** A way of a decision, in words: a move's title (and options), or the decision's own words for it. */
export function wayText(id: DecisionId, way: string, lang: Lang): string {
  if (way.startsWith('[')) {
    const [move, params] = JSON.parse(way) as [string, Record<string, unknown>];
    const options = formatParams(params, lang);
    return options ? `${moveTitle(move, lang)} (${options})` : moveTitle(move, lang);
  }
  return gameText(`class.decision.${id}.${way}`, lang);
}
