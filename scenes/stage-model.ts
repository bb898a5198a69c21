// What the stage draws, taken from the snapshot: the directors (seated or gone, their resolve), the CEO's chair and
// who sits in it, where Altman is, and each party around the table with its state in words. Equal models draw the same.
import type { Director } from '../src/sim/types.ts';

export interface StageModel {
  directors: Pick<Director, 'id' | 'seated' | 'resolve' | 'joinedLater'>[];
  /** Short names, as the stage labels them. */
  names: Record<string, string>;
  ceo: string;
  ceoName: string;
  altmanAt: string;
  parties: { id: string; name: string; state: string; you: boolean }[];
  /** Staff departures by destination, drawn as dots leaving the room. */
  departures: Record<string, number>;
  /** The root font size in CSS pixels: the stage's labels follow the text size setting. */
  fontPx: number;
}

export const sameModel = (a: StageModel | null, b: StageModel): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);
