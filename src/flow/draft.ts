// The choice of the person in the chair, before anything is chosen: where every new turn, game or branch starts.
import type { Draft } from './types.ts';

export const EMPTY_DRAFT: Draft = { move: null, option: -1, concept: null, page: 0 };
