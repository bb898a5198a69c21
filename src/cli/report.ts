// What `npm run sim` prints: a readable timeline, or one JSON object.
import { clockLabel, formatMessage, formatParams, moveTitle, partyName, t, type Lang } from '../content/index.ts';
import { turnClock } from '../sim/clock.ts';
import { PARTIES, type Controller, type PartyId, type RuleSwitch } from '../sim/ids.ts';
import { scoresFor } from '../sim/scores.ts';
import type { BoardVote, Deadline, GameState, NewsItem, TurnRecord } from '../sim/types.ts';
import { whyOf, type Why } from '../teach/why.ts';

export interface SimReport {
  seed: number;
  rules: RuleSwitch[];
  /** How each party chose: a policy, or 'human' for a person's seat in a replayed run. */
  policies: Record<PartyId, Controller>;
  outcome: { id: string; turn: number; time: string };
  scores: Record<PartyId, number>;
  turns: {
    turn: number;
    time: string;
    phase: TurnRecord['phase'];
    staff: number;
    deadlines: { kind: Deadline['kind']; at: string; setBy: PartyId }[];
    moves: { party: PartyId; move: string; params: Record<string, unknown> }[];
    /** The resolution step by step (the world's reaction last, with party null); a step's news repeats its items. */
    steps: {
      party: PartyId | null;
      move: string | null;
      params: Record<string, unknown>;
      refused?: string;
      changes: { metric: string; from: number | string; to: number | string; cause: string; detail?: string }[];
      news: SimReport['turns'][number]['news'];
    }[];
    votes: BoardVote[];
    metrics: GameState['log'][number]['metrics'];
    news: { text: string; mark: NewsItem['mark']; historical: boolean; source: string | null; historicalTime?: string }[];
    /** Why each number changed this turn, with its causes (src/teach/why.ts). */
    why: Why[];
  }[];
}

export function simReport(state: GameState, policies: Record<PartyId, Controller>, lang: Lang = 'en'): SimReport {
  const outcome = state.outcome!;
  return {
    seed: state.seed,
    rules: state.rules,
    policies,
    outcome: { id: outcome.id, turn: outcome.turn, time: turnClock(outcome.turn).iso },
    scores: scoresFor(state),
    turns: turnsOf(state, lang),
  };
}

/** A replayed run that was shared before its ending: the same shape, with no outcome and no scores yet. */
export type UnfinishedReport = Omit<SimReport, 'outcome' | 'scores'> & { outcome: null; scores: null };

export function unfinishedReport(state: GameState, policies: Record<PartyId, Controller>, lang: Lang = 'en'): UnfinishedReport {
  return { seed: state.seed, rules: state.rules, policies, outcome: null, scores: null, turns: turnsOf(state, lang) };
}

function turnsOf(state: GameState, lang: Lang): SimReport['turns'] {
  return state.log.map((r) => {
    const news = r.news.map((n) => newsOf(n, lang));
    return {
      turn: r.turn,
      time: turnClock(r.turn).iso,
      phase: r.phase,
      staff: r.staff,
      deadlines: r.deadlines.map((d) => ({ kind: d.kind, at: d.at, setBy: d.setBy })),
      moves: r.moves.map((m) => ({ party: m.party, move: m.move, params: m.params ?? {} })),
      // The resolution step by step: each move in the published order, then the world's reaction (party null).
      steps: r.steps.map((s) => ({
        party: s.party,
        move: s.move,
        params: s.params,
        ...(s.refused ? { refused: formatMessage(s.refused, lang) } : {}),
        changes: r.changes.slice(s.changes[0], s.changes[1]).map((c) => ({ metric: c.metric, from: c.from, to: c.to, cause: c.cause, ...(c.detail ? { detail: c.detail } : {}) })),
        news: news.slice(s.news[0], s.news[1]),
      })),
      votes: r.votes,
      metrics: r.metrics,
      news,
      why: whyOf(r, state, lang),
    };
  });
}

function newsOf(n: NewsItem, lang: Lang): SimReport['turns'][number]['news'][number] {
  return {
    text: n.quote ? `${formatMessage(n.msg, lang)} "${n.quote.text}" (${n.quote.by})` : formatMessage(n.msg, lang),
    mark: n.mark,
    historical: n.historical,
    ...(n.historicalTime ? { historicalTime: n.historicalTime } : {}),
    source: n.source ?? null,
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function timelineText(state: GameState, policies: Record<PartyId, Controller>, lang: Lang = 'en'): string {
  const lines: string[] = [];
  const rules = state.rules.length ? state.rules.join(', ') : t('teach.cli.rules-2023', lang);
  lines.push(t('teach.cli.title', lang, { seed: state.seed, rules }));
  lines.push(t('teach.cli.policies', lang, { list: PARTIES.map((p) => `${p}=${policies[p]}`).join(' ') }));
  for (const r of state.log) {
    lines.push('');
    lines.push(t('teach.cli.turn', lang, { n: r.turn === -1 ? t('teach.cli.prologue', lang) : r.turn, label: clockLabel(r.turn, lang) }));
    for (const m of r.moves) {
      const params = formatParams(m.params, lang);
      lines.push(`  ${pad(partyName(m.party, lang), 20)} ${moveTitle(m.move, lang)}${params ? ` (${params})` : ''}`);
    }
    for (const n of r.news) {
      const mark =
        n.mark === 'historical'
          ? t('teach.cli.mark.historical', lang, { source: n.source ?? '' })
          : n.mark === 'historical-elsewhen'
            ? t('teach.cli.mark.elsewhen', lang, { time: n.historicalTime ?? '', source: n.source ?? '' })
            : t('teach.cli.mark.simulated', lang);
      lines.push(`  * ${formatMessage(n.msg, lang)}${n.quote ? ` "${n.quote.text}" (${n.quote.by})` : ''} ${mark}`);
    }
    const m = r.metrics;
    const dep = m.departures;
    lines.push(
      '  ' +
        t('teach.cli.metrics', lang, {
          signatures: m.signatures,
          departures: `${dep.microsoft}/${dep.salesforce}/${dep.newco}/${dep.other}`,
          continuity: m.continuity,
          credibility: m.boardCredibility,
          pressure: m.investorPressure,
          confidence: m.microsoftConfidence,
          safeguards: m.missionSafeguards,
          valuation: m.valuation,
          chief: t(`ceo.${m.ceo}`, lang),
          where: t(`altmanAt.${m.altmanAt}`, lang),
          sale: t(`tender.${m.tender}`, lang),
        }),
    );
  }
  const outcome = state.outcome;
  lines.push('');
  if (!outcome) {
    lines.push(t('teach.cli.unfinished', lang, { n: state.turn }));
    return lines.join('\n');
  }
  const scores = scoresFor(state);
  lines.push(t('teach.cli.ending', lang, { title: t(`outcome.${outcome.id}.title`, lang), id: outcome.id, n: outcome.turn, label: clockLabel(outcome.turn, lang) }));
  lines.push(`  ${t(`outcome.${outcome.id}.summary`, lang)}`);
  lines.push(t('teach.cli.scores', lang, { list: PARTIES.map((p) => `${p} ${scores[p]}`).join(', ') }));
  return lines.join('\n');
}
