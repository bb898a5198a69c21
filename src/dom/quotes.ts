// Who says each quote the news carries (src/sim/history/news.ts), as the stage draws them: a person on the stage, the
// staff's crowd (their letter), or OpenAI itself (from the table). A new quote there is a compile error here until it
// has a speaker.
import { QUOTES } from '../sim/history/news.ts';
import type { TurnRecord } from '../sim/types.ts';

const SPEAKERS: Record<keyof typeof QUOTES, string> = {
  letter: 'staff', regret: 'sutskever', altman: 'altman', benioff: 'benioff', kevinScott: 'scott', khosla: 'khosla', shear: 'shear', deal: 'openai',
};

const BY_TEXT = new Map(Object.entries(QUOTES).map(([k, q]) => [q.text, SPEAKERS[k as keyof typeof QUOTES]]));

/** The quotes a turn's news carries, each with who says it on the stage. */
export function quotesOf(record: TurnRecord | null | undefined): { speaker: string; text: string }[] {
  if (!record) return [];
  return record.news.flatMap((n) => {
    const speaker = n.quote ? BY_TEXT.get(n.quote.text) : undefined;
    return n.quote && speaker ? [{ speaker, text: n.quote.text }] : [];
  });
}
