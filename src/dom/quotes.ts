// Who says each quote the news carries (src/sim/history/news.ts), as the stage draws them: a person on the stage, the
// staff's crowd (their letter), or OpenAI itself (from the table). The words are the ones the news shows first
// (src/teach/quotes.ts). A new quote there is a compile error here until it has a speaker.
import type { QUOTES } from '../sim/history/news.ts';
import type { TurnRecord } from '../sim/types.ts';
import { quoteId, quoteShown } from '../teach/quotes.ts';
import { lang } from '../ui/i18n.ts';

const SPEAKERS: Record<keyof typeof QUOTES, string> = {
  letter: 'staff', regret: 'sutskever', altman: 'altman', benioff: 'benioff', kevinScott: 'scott', khosla: 'khosla', shear: 'shear', deal: 'openai',
};

/** The quotes a turn's news carries, each with who says it on the stage. */
export function quotesOf(record: TurnRecord | null | undefined): { speaker: string; text: string }[] {
  if (!record) return [];
  return record.news.flatMap((n) => {
    const id = n.quote ? quoteId(n.quote) : null;
    return n.quote && id ? [{ speaker: SPEAKERS[id], text: quoteShown(n.quote, lang()).text }] : [];
  });
}
