// What `npm run sim` prints: a readable timeline, or one JSON object.
import { clockLabel, formatMessage, formatParams, moveTitle, partyName, t } from '../content/index.ts';
import { turnClock } from '../sim/clock.ts';
import { PARTIES, type Controller, type PartyId, type RuleSwitch } from '../sim/ids.ts';
import { scoresFor } from '../sim/scores.ts';
import type { GameState, NewsItem } from '../sim/types.ts';

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
    moves: { party: PartyId; move: string; params: Record<string, unknown> }[];
    metrics: GameState['log'][number]['metrics'];
    news: { text: string; mark: NewsItem['mark']; historical: boolean; source: string | null; historicalTime?: string }[];
  }[];
}

export function simReport(state: GameState, policies: Record<PartyId, Controller>): SimReport {
  const outcome = state.outcome!;
  return {
    seed: state.seed,
    rules: state.rules,
    policies,
    outcome: { id: outcome.id, turn: outcome.turn, time: turnClock(outcome.turn).iso },
    scores: scoresFor(state),
    turns: turnsOf(state),
  };
}

/** A replayed run that was shared before its ending: the same shape, with no outcome and no scores yet. */
export type UnfinishedReport = Omit<SimReport, 'outcome' | 'scores'> & { outcome: null; scores: null };

export function unfinishedReport(state: GameState, policies: Record<PartyId, Controller>): UnfinishedReport {
  return { seed: state.seed, rules: state.rules, policies, outcome: null, scores: null, turns: turnsOf(state) };
}

function turnsOf(state: GameState): SimReport['turns'] {
  return state.log.map((r) => ({
    turn: r.turn,
    time: turnClock(r.turn).iso,
    moves: r.moves.map((m) => ({ party: m.party, move: m.move, params: m.params ?? {} })),
    metrics: r.metrics,
    news: r.news.map((n) => ({
      text: n.quote ? `${formatMessage(n.msg)} "${n.quote.text}" (${n.quote.by})` : formatMessage(n.msg),
      mark: n.mark,
      historical: n.historical,
      ...(n.historicalTime ? { historicalTime: n.historicalTime } : {}),
      source: n.source ?? null,
    })),
  }));
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function timelineText(state: GameState, policies: Record<PartyId, Controller>): string {
  const lines: string[] = [];
  const rules = state.rules.length ? state.rules.join(', ') : 'as in 2023';
  lines.push(`Five Days in November: seed ${state.seed}, rulebook ${rules}`);
  lines.push(`Policies: ${PARTIES.map((p) => `${p}=${policies[p]}`).join(' ')}`);
  for (const r of state.log) {
    lines.push('');
    lines.push(`== Turn ${r.turn === -1 ? 'prologue' : r.turn}: ${clockLabel(r.turn)} ==`);
    for (const m of r.moves) {
      const params = formatParams(m.params);
      lines.push(`  ${pad(partyName(m.party), 20)} ${moveTitle(m.move)}${params ? ` (${params})` : ''}`);
    }
    for (const n of r.news) {
      const mark = n.mark === 'historical' ? `[history: ${n.source}]` : n.mark === 'historical-elsewhen' ? `[history, at another time (${n.historicalTime}): ${n.source}]` : '[simulated]';
      lines.push(`  * ${formatMessage(n.msg)}${n.quote ? ` "${n.quote.text}" (${n.quote.by})` : ''} ${mark}`);
    }
    const m = r.metrics;
    const dep = m.departures;
    lines.push(
      `  signatures ${m.signatures}  departures ${dep.microsoft}/${dep.salesforce}/${dep.newco}/${dep.other} (MS/SF/new/other)  continuity ${m.continuity}  credibility ${m.boardCredibility}  pressure ${m.investorPressure}  MS confidence ${m.microsoftConfidence}  safeguards ${m.missionSafeguards}  valuation $${m.valuation}B  CEO ${t(`ceo.${m.ceo}`)}  Altman ${t(`altmanAt.${m.altmanAt}`)}  tender ${m.tender}`,
    );
  }
  const outcome = state.outcome;
  lines.push('');
  if (!outcome) {
    lines.push(`No ending yet: the run was shared before turn ${state.turn} was played.`);
    return lines.join('\n');
  }
  const scores = scoresFor(state);
  lines.push(`Ending: ${t(`outcome.${outcome.id}.title`)} (${outcome.id}), turn ${outcome.turn}, ${clockLabel(outcome.turn)}`);
  lines.push(`  ${t(`outcome.${outcome.id}.summary`)}`);
  lines.push(`Scores: ${PARTIES.map((p) => `${p} ${scores[p]}`).join(', ')}`);
  return lines.join('\n');
}
