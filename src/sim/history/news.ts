// What history contains, as news: every item the game may mark `historical` or `historical-elsewhen`, with the turn it
// happened at, its FACTS.md source and, where the item carries numbers, history's numbers. A news item is marked by
// looking it up here (TurnContext.report), never by the move that made it: an item not in this list is `simulated`;
// an item in it, at its turn and with history's numbers, is `historical`; at another turn (or with other numbers) it
// is `historical-elsewhen`, with history's time and source. Under a what-if rulebook the same lookup applies, so
// nothing history does not contain is ever marked historical.
import type { NewsItem } from '../types.ts';

export const S = {
  wrap: 'thewrap.com/openai-ex-ceo-and-president-statement-after-exit-chatgpt; japantimes.co.jp/business/2023/12/11/tech/open-ai-crisis-backstory/',
  itwc: 'itworldcanada.com/article/altman-out-at-openai-murati-appointed-interim-ceo/553085',
  axiosTimeline: 'axios.com/2023/11/22/openai-microsoft-sam-altman-ceo-chaos-timeline',
  nadellaCalls: 'lokmattimes.com (Nadella calls); pressreader.com/usa/marin-independent-journal/20231210/281633900018656',
  pressreader: 'pressreader.com/usa/marin-independent-journal/20231210/281633900018656',
  verge: 'theverge.com/2023/11/17/23966277/openai-co-founder-greg-brockman-leaving',
  yahoo: 'finance.yahoo.com/news/openai-names-twitch-cofounder-emmett-045514717.html',
  information: 'The Information, reported widely',
  rational: 'news.rationalreview.com/archives/145389',
  tender: 'wionews.com/business-economy/openais-86-bn-valuation-in-limbo-after-the-firing-of-ceo-sam-altman-660630 (citing The Information)',
  vigour: 'vigourtimes.com (new venture)',
  guestBadge: 'businesstoday.in (guest badge); scmp.com/tech/tech-trends/article/3242126',
  scmp: 'scmp.com/tech/tech-trends/article/3242126',
  ceoSearch: 'tech.hindustantimes.com (CEO search)',
  northernpen: 'northernpen.ca/emmett-shear-becomes-interim-openai-ceo-as-altman-talks-break-down-info/',
  shearPlan: 'businessinsider.com/openai-emmett-shear-new-ceo-reveals-plans-first-30-days-2023-11',
  letter: 'sfstandard.com/2023/11/20/openai-staff-threaten-quit-join-microsoft-unless-board-resigns; axios.com/2023/11/20/openai-staff-letter-board-resign-sam-altman',
  letterCount: 'sfstandard.com/2023/11/20/openai-staff-threaten-quit-join-microsoft-unless-board-resigns; lbnntv.com/95-percent-of-openai-employees-threaten-to-follow-sam-altman-out-the-door',
  regret: 'axios.com/2023/11/20/sam-altman-fired-openai-board-illya-sutsever-regrets',
  anthropic: 'arstechnica.com/tech-policy/2023/11/report-openai-tried-and-failed-to-hire-anthropic-ceo-to-replace-sam-altman',
  khosla: 'seed article; allainews.com (op-ed)',
  benioff: 'seed article; ted-merz.com/2023/11/25/benioff-for-supporting-actor',
  nadellaMon: 'sfstandard.com/2023/11/20/satya-nadella-microsoft-openai-sam-altman/',
  suit: 'fortune.com/2023/11/20/openai-venture-capital-investors-legal-action-sam-altman-reinstated-ceo',
  kevinScott: 'seed article; nbcchicago.com (Kevin Scott)',
  deal: 'seed article; axios.com/2023/11/22/openai-microsoft-sam-altman-ceo-chaos-timeline',
  altmanTweet: 'seed article (Sam Altman on X, 20 November 2023)',
  tenderBack: 'law.com/legaltechnews/2024/01/08/navigating-board-turbulence-lessons-from-openai; CNBC via investingpassive.com',
} as const;

export const QUOTES = {
  letter: {
    by: 'OpenAI employees, letter to the board',
    date: '2023-11-20',
    text: 'We, the undersigned, may choose to resign from OpenAI and join the newly announced Microsoft subsidiary run by Sam Altman and Greg Brockman.',
  },
  regret: { by: 'Ilya Sutskever, on X', date: '2023-11-20', text: 'I deeply regret my participation in the board’s actions.' },
  altman: { by: 'Sam Altman, on X', date: '2023-11-20', text: 'we are all going to work together some way or other, and i’m so excited. one team, one mission.' },
  benioff: {
    by: 'Marc Benioff, Salesforce CEO',
    date: '2023-11-20',
    text: 'Salesforce will match any OpenAI researcher who has tendered their resignation full cash & equity OTE to immediately join our Salesforce Einstein Trusted AI research team under Silvio Savarese.',
  },
  kevinScott: {
    by: 'Kevin Scott, Microsoft CTO',
    date: '2023-11-21',
    text: 'Know that if needed, you have a role at Microsoft that matches your compensation and advances our collective mission.',
  },
  khosla: {
    by: 'Vinod Khosla, op-ed (French in the seed article; translated)',
    date: '2023-11-20',
    text: 'I was the first venture investor in OpenAI. The weekend drama illustrated my contention that the wrong boards can damage companies.',
  },
  shear: {
    by: 'Emmett Shear, on X (French in the seed article; translated)',
    date: '2023-11-20',
    text: 'I took this job because I believe that OpenAI is one of the most important companies currently in existence.',
  },
  deal: {
    by: 'OpenAI, on X',
    date: '2023-11-22',
    text: 'We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO with a new initial board of Bret Taylor (Chair), Larry Summers, and Adam D’Angelo.',
  },
} satisfies Record<string, NonNullable<NewsItem['quote']>>;

export interface HistoricalNews {
  key: string;
  /** The turn it happened in (-1 is Friday morning, before the removal). */
  turn: number;
  /** When it happened, Pacific time, as precisely as FACTS.md gives it. */
  at: string;
  source: string;
  /** History's numbers: the item is historical only when the run's numbers are these. */
  vars?: Record<string, string | number>;
  quote?: NonNullable<NewsItem['quote']>;
  /**
   * A one-off event (Brockman quits, Benioff's offer): when a run has it at another turn, it is `historical-elsewhen`.
   * A recurring item (talks go on, a count of names) is `simulated` anywhere but at its own turn with its numbers.
   */
  once: boolean;
}

const n = (key: string, turn: number, at: string, source: string, extra: Partial<HistoricalNews> = {}): HistoricalNews => ({ key, turn, at, source, once: true, ...extra });
/** A recurring item: historical only at its turn, with history's numbers. */
const r = (key: string, turn: number, at: string, source: string, extra: Partial<HistoricalNews> = {}): HistoricalNews => n(key, turn, at, source, { ...extra, once: false });

/** Every news item history contains, in the order it happened. */
export const HISTORICAL_NEWS: readonly HistoricalNews[] = [
  n('news.board.remove-ceo.abrupt', -1, '2023-11-17T12:00-08:00', S.wrap),
  n('news.board.appoint-interim.murati', 0, '2023-11-17T12:30-08:00', S.itwc),
  r('news.microsoft.reassure-markets', 0, '2023-11-17T14:00-08:00', S.nadellaCalls),
  n('beat.microsoft-notice', 0, '2023-11-17T12:00-08:00', S.axiosTimeline),
  n('beat.msft-friday-close', 0, '2023-11-17T13:00-08:00', S.yahoo),
  n('news.brockman-quits', 1, '2023-11-17T19:00-08:00', S.verge),
  n('news.management.demand-evidence', 1, '2023-11-17T20:00-08:00', S.pressreader),
  n('beat.coup-all-hands', 1, '2023-11-17T18:00-08:00', S.information),
  n('beat.coo-memo', 3, '2023-11-18T09:00-08:00', S.axiosTimeline),
  r('news.altman.negotiate-return', 3, '2023-11-18T10:00-08:00', S.rational),
  r('news.microsoft.press-board', 3, '2023-11-18T10:00-08:00', S.rational),
  r('news.investors.press-board', 3, '2023-11-18T10:00-08:00', S.rational),
  n('news.board.agree-to-resign', 3, '2023-11-18T11:00-08:00', S.rational, { vars: { at: '2023-11-18T17:00-08:00' } }),
  n('news.investors.pause-tender', 4, '2023-11-18T14:00-08:00', S.tender),
  n('news.deadline.board-missed', 4, '2023-11-18T17:00-08:00', S.rational),
  n('news.altman.start-company.raising', 5, '2023-11-18T20:00-08:00', S.vigour),
  // Talks opened with Saturday's offer to resign went on into Sunday, at headquarters.
  r('news.board.negotiate-return.continue', 7, '2023-11-19T09:00-08:00', S.scmp),
  n('news.altman.set-deadline', 7, '2023-11-19T10:00-08:00', S.scmp, { vars: { at: '2023-11-19T17:00-08:00' } }),
  n('news.altman.visit-hq', 8, '2023-11-19T13:00-08:00', S.guestBadge),
  r('news.board.hold-firm', 8, '2023-11-19T16:00-08:00', S.scmp),
  n('news.deadline.altman-passed', 8, '2023-11-19T17:00-08:00', S.scmp),
  n('beat.ceo-search', 8, '2023-11-19T15:00-08:00', S.ceoSearch),
  n('news.board.appoint-interim.shear', 9, '2023-11-19T21:00-08:00', S.northernpen),
  n('news.employees.walk-out', 9, '2023-11-19T21:30-08:00', S.northernpen, { vars: { ceo: 'shear' } }),
  n('news.microsoft.hire-leaders', 9, '2023-11-19T23:50-08:00', S.pressreader),
  n('news.altman.join-microsoft', 10, '2023-11-20T00:00-08:00', S.pressreader),
  n('beat.shear-statement', 10, '2023-11-20T01:00-08:00', S.shearPlan, { quote: QUOTES.shear }),
  n('beat.call-to-dangelo', 10, '2023-11-20T04:30-08:00', S.pressreader),
  n('news.letter-published.microsoft', 11, '2023-11-20T07:00-08:00', S.letter, { vars: { signatures: 505 }, quote: QUOTES.letter }),
  n('news.sutskever-regrets', 11, '2023-11-20T08:00-08:00', S.regret, { quote: QUOTES.regret }),
  n('news.altman.rally-public', 11, '2023-11-20T09:00-08:00', S.altmanTweet, { quote: QUOTES.altman }),
  r('news.employees.circulate-letter', 11, '2023-11-20T09:39-08:00', S.letterCount, { vars: { signatures: 700 } }),
  n('news.board.seek-merger', 12, '2023-11-20T13:00-08:00', S.anthropic),
  n('news.microsoft.demand-seat', 12, '2023-11-20T14:00-08:00', S.nadellaMon),
  n('news.salesforce.match-offer', 12, '2023-11-20T12:16-08:00', S.benioff, { quote: QUOTES.benioff }),
  n('news.investors.publish-op-ed', 12, '2023-11-20T12:00-08:00', S.khosla, { quote: QUOTES.khosla }),
  r('news.employees.circulate-letter', 12, '2023-11-20T15:00-08:00', S.letterCount, { vars: { signatures: 738 } }),
  n('beat.msft-record-close', 12, '2023-11-20T13:00-08:00', S.suit),
  n('beat.holding-pattern', 12, '2023-11-20T15:00-08:00', S.nadellaMon),
  n('news.merger.declined', 13, '2023-11-20T19:00-08:00', S.anthropic),
  n('news.investors.threaten-suit', 13, '2023-11-20T19:00-08:00', S.suit),
  r('news.employees.circulate-letter', 13, '2023-11-20T22:00-08:00', S.letterCount, { vars: { signatures: 747 } }),
  r('news.board.negotiate-return', 13, '2023-11-20T20:00-08:00', S.deal),
  ...[12, 13, 14, 15, 16].map((t) => r('news.altman.negotiate-return', t, '2023-11-21T12:00-08:00', S.deal)),
  n('news.microsoft.offer-all-staff', 14, '2023-11-21T02:00-08:00', S.kevinScott, { quote: QUOTES.kevinScott }),
  r('news.board.negotiate-return.continue', 14, '2023-11-21T04:00-08:00', S.deal),
  r('news.board.negotiate-return.continue', 15, '2023-11-21T10:00-08:00', S.deal),
  r('news.board.negotiate-return.continue', 16, '2023-11-21T15:00-08:00', S.deal),
  n('news.altman.accept-deal', 17, '2023-11-21T22:00-08:00', S.deal, { vars: { leave: 3 } }),
  n('news.board.name-directors', 17, '2023-11-21T22:00-08:00', S.deal, { vars: { directors: 'taylor,summers' } }),
  n('beat.agreement-in-principle', 17, '2023-11-21T22:00-08:00', S.deal, { quote: QUOTES.deal }),
  n('news.tender-revived', 17, '2023-11-21T22:00-08:00', S.tenderBack, { vars: { valuation: 86 } }),
];

const BY_KEY = new Map<string, HistoricalNews[]>();
for (const h of HISTORICAL_NEWS) BY_KEY.set(h.key, [...(BY_KEY.get(h.key) ?? []), h]);

const sameVars = (want: HistoricalNews['vars'], got: Record<string, string | number> | undefined) =>
  !want || Object.entries(want).every(([k, v]) => got !== undefined && String(got[k]) === String(v));

/** The mark, source, history's time and quote of an item with this key, reported at this turn with these numbers. */
export function markOf(key: string, turn: number, vars?: Record<string, string | number>): Pick<NewsItem, 'mark' | 'source' | 'historicalTime' | 'quote'> {
  const entries = BY_KEY.get(key);
  if (!entries) return { mark: 'simulated' };
  const here = entries.find((h) => h.turn === turn && sameVars(h.vars, vars));
  if (here) return { mark: 'historical', source: here.source, ...(here.quote ? { quote: here.quote } : {}) };
  const first = entries[0];
  if (!first.once) return { mark: 'simulated' };
  return { mark: 'historical-elsewhen', source: first.source, historicalTime: first.at, ...(first.quote ? { quote: first.quote } : {}) };
}

/** The items history shows at a turn, for tests and the debrief. */
export const historicalNewsAt = (turn: number): HistoricalNews[] => HISTORICAL_NEWS.filter((h) => h.turn === turn);
