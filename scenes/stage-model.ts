// What the stage draws, taken from the snapshot: the directors (seated or gone, their resolve), the CEO's chair and
// who sits in it, where Altman is, each party around the table with its state in words, the staff who left and where
// they went, and the quotes the news carries as they land. Equal models draw the same.
import type { Director } from '../src/sim/types.ts';

export interface StageModel {
  directors: Pick<Director, 'id' | 'seated' | 'resolve' | 'joinedLater'>[];
  /** Short names, as the stage labels them. */
  names: Record<string, string>;
  ceo: string;
  ceoName: string;
  /** Where Altman is: openai, out, microsoft or newco. */
  altmanAt: string;
  parties: { id: string; name: string; state: string; you: boolean }[];
  /** Staff departures by destination, drawn as dots leaving the room. */
  departures: Record<string, number>;
  /** The share of the staff still at the company (0 to 1): the size of the crowd. */
  staffShare: number;
  /** Quotes the news has just carried, each said by someone on the stage (a person's id, `staff` or `openai`). */
  quotes: { speaker: string; text: string }[];
  /** Whether changes move into place (false: reduced motion, they are drawn at once). */
  motion: boolean;
  /** How long one step of a resolution stays on screen, in ms: a change takes a little less to move. */
  stepMs: number;
  /** The root font size in CSS pixels: the stage's labels follow the text size setting. */
  fontPx: number;
}

export const sameModel = (a: StageModel | null, b: StageModel): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);
