// The debrief as Markdown: a handout a teacher can print or share, in the debrief's language. Every news item of the
// run carries its mark (historical with its source, historical at another time, or simulated); history's items carry
// their sources. Turning points not looked for (null) are left out, never reported as none.
import { capitalized, gameText, momentText, type Lang } from '../text/index.ts';
import type { Debrief } from './debrief.ts';
import type { TimelineNews } from './timeline.ts';

/** Characters Markdown would read as formatting, escaped in texts that come from the tables. */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

function markOf(n: TimelineNews, lang: Lang): string {
  if (n.mark === 'historical') return gameText('teach.md.mark.historical', lang, { source: n.source ?? '' });
  if (n.mark === 'historical-elsewhen') {
    const time = n.historicalTime ? momentText(new Date(n.historicalTime), lang, true) : '';
    return gameText('teach.md.mark.elsewhen', lang, { time, source: n.source ?? '' });
  }
  return gameText('teach.md.mark.simulated', lang);
}

export function debriefMarkdown(d: Debrief): string {
  const { lang } = d;
  const t = (key: string, vars?: Record<string, string | number>) => gameText(`teach.md.${key}`, lang, vars);
  const out: string[] = [];
  const rules = d.rules.length ? d.rules.map((r) => r.title).join(', ') : t('rules-2023');
  out.push(`# ${t('title')}`, '');
  out.push(t('setup', { seed: d.seed, rules, seat: d.seat ? d.seat.name : t('no-seat') }), '');

  out.push(`## ${t('ending')}`, '');
  out.push(`**${esc(d.ending.title)}** (\`${d.ending.id}\`), ${d.ending.label}.`, '', esc(d.ending.summary), '');
  out.push(`| ${t('party')} | ${t('score')} |`, '|---|---:|');
  for (const s of d.scores) out.push(`| ${esc(s.name)}${s.yours ? ` ${t('yours')}` : ''} | ${s.score} |`);
  out.push('');

  out.push(`## ${t('departure')}`, '');
  if (!d.departure) out.push(t('departure.none'));
  else if (d.departure.cause === 'rulebook') out.push(t('departure.rulebook', { rules }));
  else if (d.departure.cause === 'ending') out.push(t('departure.ending', { when: capitalized(d.departure.label, lang) }));
  else {
    out.push(t('departure.moves', { when: capitalized(d.departure.label, lang) }), '');
    for (const x of d.departure.differences) out.push(`- ${t('departure.difference', { played: esc(x.played), history: esc(x.history) })}`);
  }
  out.push('');

  if (d.turningPoints) {
    out.push(`## ${t('turning-points')}`, '', t('turning-points.how'), '');
    if (d.turningPoints.length === 0) out.push(t('turning-points.none'));
    d.turningPoints.forEach((p, i) => {
      const alts = p.alternatives.map((a) => `${esc(a.text)} (${t('percent', { n: Math.round(a.odds * 100) })})`).join(t('separator'));
      const head = t('point', { when: capitalized(p.label, lang), move: esc(p.text) });
      out.push(`${i + 1}. **${head}**${p.yours ? ` ${t('yours')}` : ''}. ${esc(p.summary)} ${t('alternatives', { alternatives: alts })}`);
    });
    out.push('');
  }

  out.push(`## ${t('questions')}`, '');
  d.questions.forEach((q, i) => out.push(`${i + 1}. ${esc(q.text)}`));
  out.push('');

  out.push(`## ${t('known-now')}`, '');
  for (const f of d.knownNow.hidden) out.push(`- ${esc(f.text)}`);
  for (const f of d.knownNow.hindsight) out.push(`- ${esc(f.text)} ${gameText('teach.md.mark.historical', lang, { source: f.source ?? '' })}`);
  out.push('');

  out.push(`## ${t('timeline')}`, '', t('timeline.how'), '');
  for (const turn of d.timeline) {
    out.push(`### ${capitalized(turn.label, lang)}`, '');
    if (turn.run) {
      out.push(`**${t('this-run')}**`, '');
      for (const m of turn.run.moves) out.push(`- ${esc(m.text)}${m.asHistory ? '' : ` ${t('not-history')}`}`);
      for (const n of turn.run.news) out.push(`- ${esc(n.text)} ${markOf(n, lang)}`);
      out.push('');
    }
    if (turn.history) {
      out.push(`**${t('history')}**`, '');
      for (const m of turn.history.moves) out.push(`- ${esc(m.text)}`);
      for (const n of turn.history.news) out.push(`- ${esc(n.text)} ${gameText('teach.md.mark.historical', lang, { source: n.source })}`);
      if (turn.history.moves.length + turn.history.news.length === 0) out.push(`- ${t('history-quiet')}`);
      out.push('');
    }
  }

  if (d.concepts.length) {
    out.push(`## ${t('concepts')}`, '');
    for (const c of d.concepts) {
      out.push(`**${esc(c.title)}**. ${esc(c.text)}`, '', `> ${esc(c.fact.text)} ${gameText('teach.md.mark.historical', lang, { source: c.fact.source })}`, '');
    }
  }
  out.push(`---`, '', t('footer'), '');
  return out.join('\n');
}
