// Why a number changed (loaded on first use): the number's change and each of its causes, as the teaching core's whyOf
// names them: the move, the rule of the world, the random draw and its size, the hidden fact that drove it. Asked from
// the numbers panel (the turn as far as it has been shown) or from a step of the resolution (that step alone).
import { flow } from '../flow/runtime.ts';
import { stepsOf } from '../flow/facts.ts';
import { PROLOGUE_TURN } from '../sim/index.ts';
import type { Change, TurnRecord } from '../sim/types.ts';
import { whyOf, type Cause, type Why } from '../teach/why.ts';
import { numberText } from '../teach/votes.ts';
import { lang, u, whenText } from '../ui/i18n.ts';
import type { UiKey } from '../text/index.ts';
import { h } from './h.ts';
import { openPanel } from './teach-dialog.ts';
import type { WhyTarget } from './teach-bar.ts';
import { changeKey, currentView } from './view.ts';
import { stepLabel } from './words.ts';

const keyOf = (w: Why): string => changeKey({ metric: w.metric, detail: w.detail } as Change);

function value(metric: string, v: number | string): string {
  if (typeof v === 'string') return v;
  return metric === 'msftPrice' ? `$${v.toFixed(2)}` : numberText(v, lang());
}

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${numberText(Math.abs(x), lang())}`;

/** The record and the changes the button asked about, from the flow's snapshot now. */
function asked(target: WhyTarget): { record: TurnRecord; changes: readonly Change[]; why: Why | null } | null {
  const ctx = flow().getSnapshot().context;
  const game = ctx.game;
  const record = game?.log.find((r) => r.turn === target.turn);
  if (!game || !record) return null;
  let changes: readonly Change[];
  if (target.step !== undefined) changes = stepsOf(record)[target.step]?.changes ?? [];
  else changes = ctx.resolution?.record === record ? currentView(ctx).changes : record.changes;
  // "Your evidence" only for a single person playing the board.
  const seat = ctx.humans.length === 1 ? ctx.humans[0] : undefined;
  const why = whyOf({ ...record, changes: [...changes] }, game, lang(), seat).find((w) => keyOf(w) === target.key) ?? null;
  return { record, changes, why };
}

function causeItem(c: Cause): HTMLElement {
  const text = `${c.text.charAt(0).toUpperCase()}${c.text.slice(1)}`;
  return h('li', { class: `cause ${c.kind}` },
    h('span', { class: 'cause-kind', text: u(`ui.teach.why.kind.${c.kind}` as UiKey) }),
    h('span', { class: 'cause-text', text }),
    c.amount !== undefined && c.amount !== 0 ? h('span', { class: 'cause-part', text: ` (${u('ui.teach.why.part', { amount: signed(c.amount) })})` }) : null,
  );
}

export function openWhy(from: string, target: WhyTarget): void {
  openPanel({
    kind: 'why',
    title: () => {
      const a = asked(target);
      return u('ui.teach.why.heading', { metric: a?.why?.label ?? '' }).replace(/[\s:]+$/, '');
    },
    body: () => {
      const a = asked(target);
      if (!a?.why) return [h('p', { class: 'dim', text: u('ui.teach.why.none') })];
      const w = a.why;
      const when = a.record.turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(a.record.turn);
      const step = target.step !== undefined ? stepsOf(a.record)[target.step] : undefined;
      const humans = flow().getSnapshot().context.humans;
      const change = typeof w.change === 'number' ? `${value(w.metric, w.from)} → ${value(w.metric, w.to)} (${signed(w.change)})` : w.change;
      return [
        h('p', { class: 'why-change' }, h('strong', { text: w.label }), `: ${change}`),
        h('p', { class: 'dim', text: step ? u('ui.teach.why.scope.step', { when, step: stepLabel(step, humans, true) }) : u('ui.teach.why.scope.turn', { when }) }),
        h('h3', { text: u('ui.teach.why.causes') }),
        h('ul', { id: 'why-causes', class: 'why-causes' }, ...w.causes.map(causeItem)),
      ];
    },
  }, from);
}
