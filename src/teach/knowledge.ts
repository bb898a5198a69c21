// What each party knew at each moment, against hindsight: the public facts so far (the news, each with its mark and
// source) and the party's own private facts, read from the run's hidden world at that moment; and, for the switch to
// "what is known now", the hidden facts revealed at the end and what history later showed.
//
// Who privately knows what, from the model (src/sim):
// - How strong the board's evidence is (`world.reasonsStrength`, drawn at the start): the board, from the start; the
//   executives once they have demanded the evidence (they saw whether it convinced them); everyone else only once it is
//   published, as the news words it (strong, mixed or weak), never its number.
// - Where each director stands (`resolve`, which decides her vote): the board alone.
// - The terms on the table and how far the talks have come (`world.talks`): the two sides at the table, the board and
//   Altman. Nobody else; the news says only that talks go on.
// - The letter's names before it goes public: the staff who organise it. The news reports a count as it circulates;
//   before the letter is public that count is the staff's own, so it is not a public fact here.
// - An offer: the side that makes it, the moment it makes it (Microsoft, Salesforce); Microsoft's unit is also made to
//   Altman. The model announces offers the turn they are made, so they are public by the end of that turn too.
// - Whether Altman's new company has its money: Altman, and the investors once they back it.
// Nobody knows the others' tempers for the run (`temperament`) nor the rival lab's reckoning: known only now.
import type { PartyId } from '../sim/ids.ts';
import type { GameState, NewsItem, NewsMark, World } from '../sim/types.ts';
import { FIRING_DIRECTORS } from '../sim/world.ts';
import { formatMessage, formatParams, gameText, listText, type Lang } from '../text/index.ts';
import { numberText } from './votes.ts';
import { after, positions } from './replay.ts';
import { quoteBy, quoteLine } from './quotes.ts';

export interface KnownFact {
  /** `news` for a public item; else the private fact's id: evidence, resolve, talks, letter-count, offers, newco, tempers. */
  id: string;
  /** The turn the fact refers to (for news, the turn it was reported). */
  turn: number;
  kind: 'public' | 'private' | 'hindsight';
  text: string;
  mark?: NewsMark;
  source?: string;
  historicalTime?: string;
}

export interface Knowledge {
  party: PartyId;
  /** Known at the end of this turn (the moment before the next turn's moves). */
  turn: number;
  public: KnownFact[];
  private: KnownFact[];
}

/** A news item in words, with its quote as the seed article gives it (src/teach/quotes.ts). */
export const newsText = (n: NewsItem, lang: Lang): string =>
  n.quote ? `${formatMessage(n.msg, lang)} ${quoteLine(n.quote, lang)} (${quoteBy(n.quote, lang)})` : formatMessage(n.msg, lang);

/** A news item that is, at its moment, one party's own: the letter's count before the letter is public. */
function privateTo(n: NewsItem, turn: number, state: GameState): PartyId | null {
  if (n.msg.key === 'news.employees.circulate-letter' && !after(state, turn).world.letterPublished) return 'employees';
  return null;
}

/** Before the prologue: the run's first position (replay.ts's `after(state, -2)`). */
const BEFORE_ALL = -2;

const grade = (strength: number) => (strength >= 70 ? 'strong' : strength >= 40 ? 'mixed' : 'weak');

function talksText(w: World, lang: Lang): string {
  const terms = w.talks.onTable ? formatParams({ ...w.talks.onTable }, lang) : gameText('teach.know.talks.no-terms', lang);
  return gameText('teach.know.talks', lang, { terms, progress: Math.floor(w.talks.progress) });
}

function resolveText(w: World, lang: Lang): string {
  const seated = w.directors.filter((d) => d.seated && d.id !== 'altman' && d.id !== 'brockman');
  const list = listText(seated.map((d) => `${gameText(`director.${d.id}`, lang)} ${numberText(d.resolve, lang)}`), lang);
  return gameText('teach.know.resolve', lang, { list });
}

/** The party's private facts at the end of `turn`, from the world as it then was. */
function privateFacts(state: GameState, party: PartyId, turn: number, lang: Lang): KnownFact[] {
  const w = after(state, turn).world;
  const out: KnownFact[] = [];
  const fact = (id: string, key: string, vars?: Record<string, string | number>) => out.push({ id, turn, kind: 'private', text: gameText(key, lang, vars) });
  const demanded = state.log.some((r) => r.turn <= turn && r.moves.some((m) => m.move === 'management.demand-evidence'));
  if (party === 'board') fact('evidence', `teach.know.evidence.${grade(w.reasonsStrength)}`, { strength: w.reasonsStrength });
  if (party === 'management' && demanded) fact('evidence', w.reasonsStrength >= 70 ? 'teach.know.evidence-seen.convincing' : 'teach.know.evidence-seen.unconvincing');
  if (party === 'board' && w.altmanAt !== 'openai') out.push({ id: 'resolve', turn, kind: 'private', text: resolveText(w, lang) });
  if ((party === 'board' || party === 'altman') && (w.talks.open || w.talks.onTable)) out.push({ id: 'talks', turn, kind: 'private', text: talksText(w, lang) });
  if (party === 'employees' && w.letterStartedTurn !== null && !w.letterPublished) fact('letter-count', 'teach.know.letter-count', { signatures: w.signatures, staff: w.staff });
  if (party === 'microsoft' && (w.offers.microsoftUnit || w.offers.microsoftAllStaff)) fact('offers', w.offers.microsoftAllStaff ? 'teach.know.offers.microsoft-all' : 'teach.know.offers.microsoft-unit');
  if (party === 'altman' && w.offers.microsoftUnit) fact('offers', 'teach.know.offers.to-altman');
  if (party === 'salesforce' && w.offers.salesforceMatch) fact('offers', w.offers.salesforcePremium ? 'teach.know.offers.salesforce-premium' : 'teach.know.offers.salesforce-match');
  if ((party === 'altman' || (party === 'investors' && w.offers.newcoFunded)) && w.newcoRaising) fact('newco', w.offers.newcoFunded ? 'teach.know.newco.funded' : 'teach.know.newco.raising');
  return out;
}

/**
 * What a party knew at the end of a turn (-1 is the prologue; -2 is Friday morning before anything was played, when a
 * party knows only its own private facts): every news item reported so far that was public (with its mark, and its
 * source when historical), and its own private facts. Works on a finished run or one in progress.
 */
export function knowledgeAt(state: GameState, party: PartyId, turn: number, lang: Lang = 'en'): Knowledge {
  const last = state.log.length ? state.log[state.log.length - 1].turn : -2;
  const upTo = Math.max(BEFORE_ALL, Math.min(turn, last));
  const pub: KnownFact[] = [];
  const own: KnownFact[] = [];
  for (const r of state.log) {
    if (r.turn > upTo) break;
    for (const n of r.news) {
      const item: KnownFact = {
        id: 'news',
        turn: r.turn,
        kind: 'public',
        text: newsText(n, lang),
        mark: n.mark,
        ...(n.source ? { source: n.source } : {}),
        ...(n.historicalTime ? { historicalTime: n.historicalTime } : {}),
      };
      const owner = privateTo(n, r.turn, state);
      if (owner === null) pub.push(item);
      else if (owner === party) own.push({ ...item, id: 'letter-count', kind: 'private' });
    }
  }
  own.push(...privateFacts(state, party, upTo, lang));
  return { party, turn: upTo, public: pub, private: own };
}

/** What history later showed, for any run: hindsight with its sources (FACTS.md). */
const HINDSIGHT: readonly { id: string; source: string }[] = [
  { id: 'review', source: 'fastcompany.com/91055226/openai-board-changes-mean-future-ai' },
  { id: 'no-one-left', source: 'cnbc.com/2023/11/29/microsoft-secures-non-voting-board-seat-at-openai-.html' },
  { id: 'tender', source: 'law.com/legaltechnews/2024/01/08/navigating-board-turbulence-lessons-from-openai; CNBC via investingpassive.com' },
];

/**
 * What is known now: the run's hidden facts revealed (the board's evidence, where each director stood from first to
 * last, how far the talks came, the letter's names before it was public, each party's temper) and history's hindsight.
 */
export function knownNow(state: GameState, lang: Lang = 'en'): { hidden: KnownFact[]; hindsight: KnownFact[] } {
  const all = positions(state);
  const end = state.turn - 1;
  const w = state.world;
  const hidden: KnownFact[] = [];
  const add = (id: string, key: string, vars?: Record<string, string | number>) => hidden.push({ id, turn: end, kind: 'private', text: gameText(key, lang, vars) });
  add('evidence', `teach.known.evidence.${grade(w.reasonsStrength)}.${w.reasonsPublished ? 'published' : 'secret'}`, { strength: w.reasonsStrength });
  const start = all[0].world.directors;
  const lines = FIRING_DIRECTORS.map((id) => {
    const a = start.find((d) => d.id === id)!;
    const z = w.directors.find((d) => d.id === id)!;
    return gameText('teach.known.resolve.one', lang, { director: gameText(`director.${id}`, lang), from: numberText(a.resolve, lang), to: numberText(z.resolve, lang) });
  });
  add('resolve', 'teach.known.resolve', { list: listText(lines, lang) });
  const furthest = Math.max(0, ...all.map((s) => s.world.talks.progress));
  if (furthest > 0) add('talks', 'teach.known.talks', { progress: Math.floor(furthest) });
  const privateCount = all.filter((s) => s.world.letterStartedTurn !== null && !s.world.letterPublished).map((s) => s.world.signatures);
  if (privateCount.length) add('letter-count', 'teach.known.letter-count', { signatures: Math.max(...privateCount) });
  const tempers = (Object.keys(state.temperament) as PartyId[])
    .filter((p) => ['default', 'hawk', 'dove'].includes(state.controllers[p]))
    .map((p) => gameText('teach.known.temper.one', lang, { party: p, temper: gameText(`teach.known.temper.${state.temperament[p] > 0.33 ? 'combative' : state.temperament[p] < -0.33 ? 'conciliatory' : 'even'}`, lang) }));
  if (tempers.length) add('tempers', 'teach.known.tempers', { list: listText(tempers, lang) });
  const hindsight = HINDSIGHT.map((h): KnownFact => ({ id: h.id, turn: end, kind: 'hindsight', text: gameText(`teach.known.history.${h.id}`, lang), mark: 'historical', source: h.source }));
  return { hidden, hindsight };
}
