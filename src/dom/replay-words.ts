// Words the replay screens share: a branch's name, a turn's name, a list of moves, an ending, a refusal.
import { c, lang, msg, playedLabel, u, whenText } from '../ui/i18n.ts';
import { listText } from '../text/index.ts';
import { PROLOGUE_TURN } from '../sim/index.ts';
import type { PlayedMove } from '../sim/types.ts';
import type { UiKey } from '../text/index.ts';
import type { RunProblem } from '../flow/replay-types.ts';
import { h } from './h.ts';

/** The children that are there (for append, which takes no nulls). */
export const present = (...kids: (Node | null | false)[]): Node[] => kids.filter((k): k is Node => !!k);

export const branchName = (id: number): string => (id === 0 ? u('ui.replay.main') : u('ui.replay.branch', { n: id }));

/** A turn, short: "Prologue" or "Sat 18, afternoon". */
export const turnName = (turn: number): string => (turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(turn));

export const quoted = (text: string): string => u('ui.replay.quoted', { text });

/** Moves as a list in the player's language, each quoted: “Hold firm” and “Say nothing more”. */
export const movesText = (moves: readonly PlayedMove[]): string => listText(moves.map((m) => quoted(playedLabel(m))), lang());

export const endingTitle = (id: string): string => c(`outcome.${id}.title`, undefined, id);

/** Why a run or a branch could not be opened: in the player's language by its kind, then the English detail. */
export function problemLines(p: RunProblem, lead: UiKey): HTMLElement[] {
  return [
    h('p', { class: 'problem-h', text: u(lead) }),
    h('p', { text: u(`ui.replay.refused.${p.kind}` as UiKey) }),
    p.rule ? h('p', { text: u('ui.replay.refused.rule', { rule: msg(p.rule) }) }) : null,
    h('p', { class: 'detail' }, `${u('ui.replay.details')} `, h('span', { attrs: { lang: 'en' }, text: p.message })),
  ].filter((x): x is HTMLParagraphElement => x !== null);
}
