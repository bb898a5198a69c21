// The timeline: a scrubber over the turns the game played (a range input, and the previous and next turn), and the turn
// shown as the game recorded it: each side's move step by step with what it changed (its TurnRecord), the numbers as
// they stood after it (the position replayed by src/share's positionAt), and its news. From any turn, a new branch:
// who plays it here, and a switch of the rulebook from that turn on where a switch can change mid-game.
import { LAST_TURN, PLAYABLE_PARTIES, PROLOGUE_TURN, stepsOf } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { MID_GAME_SWITCHES, positionAt, switchRefusal, type Result, type Run } from '../share/index.ts';
import { syncedRun } from '../flow/replay.ts';
import { partyName, switchExplain, switchTitle, u } from '../ui/i18n.ts';
import { btn, h, section } from './h.ts';
import { clockLabel } from './crisis.ts';
import { article } from './news.ts';
import { numbersPanel } from './numbers.ts';
import { stepItem } from './resolution.ts';
import { viewOf } from './view.ts';
import { endingTitle, present, problemLines, turnName } from './replay-words.ts';
import type { View } from './app.ts';

const positions = new WeakMap<Run, Map<string, Result<{ state: GameState }>>>();

/** The branch's game as it stood before `turn` (once per run, branch and turn). */
function positionBefore(run: Run, branch: number, turn: number): Result<{ state: GameState }> {
  let known = positions.get(run);
  if (!known) positions.set(run, (known = new Map()));
  const key = `${branch}:${turn}`;
  let r = known.get(key);
  if (!r) known.set(key, (r = positionAt(run, branch, turn)));
  return r;
}

const lastPlayed = (game: GameState) => game.log[game.log.length - 1].turn;

function scrubber(v: View, game: GameState, turn: number): HTMLElement {
  const last = lastPlayed(game);
  const show = (t: number) => v.send({ type: 'SHOW_TURN', turn: t });
  const range = h('input', {
    id: 'tl-turn',
    attrs: { type: 'range', min: PROLOGUE_TURN, max: last, step: 1, value: turn, 'aria-valuetext': clockLabel(turn), 'aria-describedby': 'tl-when' },
  });
  // `change` comes once a drag is let go (and at once from the keyboard): the page is redrawn only then.
  range.addEventListener('change', () => show(Number(range.value)));
  return h('div', { class: 'scrubber' },
    h('label', { class: 'scrub-l', attrs: { for: 'tl-turn' }, text: u('ui.replay.turnShown') }),
    h('div', { class: 'scrub-row' },
      btn(`◀ ${u('ui.replay.prev')}`, { id: 'tl-prev', kind: 'secondary', disabled: turn <= PROLOGUE_TURN, onClick: () => turn > PROLOGUE_TURN && show(turn - 1) }),
      range,
      btn(`${u('ui.replay.next')} ▶`, { id: 'tl-next', kind: 'secondary', disabled: turn >= last, onClick: () => turn < last && show(turn + 1) }),
    ),
    h('p', { id: 'tl-when', class: 'scrub-when', text: clockLabel(turn) }),
    // Where the turn sits in the week: the turns played, the one shown.
    h('ol', { class: 'scrub-strip', attrs: { 'aria-hidden': 'true' } }, ...Array.from({ length: LAST_TURN - PROLOGUE_TURN + 1 }, (_, i) => {
      const t = i + PROLOGUE_TURN;
      return h('li', { class: `${t === turn ? 'now' : ''} ${t <= last ? 'played' : ''} ${game.outcome?.turn === t ? 'end' : ''}` });
    })),
  );
}

export function renderTimeline(body: HTMLElement, v: View): void {
  const ctx = v.s.context;
  const game = ctx.game!;
  const tree = ctx.replay.tree!;
  if (game.log.length === 0) {
    body.append(h('p', { class: 'note', text: u('ui.replay.noTurns') }));
    return;
  }
  const turn = ctx.replay.turn;
  const record = game.log[turn - PROLOGUE_TURN];
  const run = syncedRun(tree, game);
  const after = run.ok ? positionBefore(run.run, tree.branch, turn + 1) : run;
  const steps = stepsOf(record);
  body.append(...present(
    scrubber(v, game, turn),
    record.phase === 'over' && game.outcome ? h('p', { class: 'ended-here', text: u('ui.replay.endedHere', { title: endingTitle(game.outcome.id) }) }) : null,
    h('div', { class: 'branch-here' },
      btn(u('ui.replay.branchHere'), { id: 'tl-branch', kind: 'primary', describedBy: 'tl-branch-d', onClick: () => v.send({ type: 'PLAN_BRANCH' }) }),
      h('p', { id: 'tl-branch-d', class: 'note', text: u('ui.replay.branchHereDetail', { when: turnName(turn) }) }),
    ),
    h('div', { class: 'turn-cols' },
      section('tl-moves', u('ui.replay.moves'), 2, h('ol', { class: 'steps' }, ...steps.map((st, i) => stepItem(st, ctx.humans, i, record)))),
      after.ok
        ? numbersPanel(after.state, viewOf(after.state.world), record.changes, turn)
        : h('div', { class: 'panel problem', attrs: { role: 'alert' } }, ...problemLines(after, 'ui.replay.tree.failed')),
      section('tl-news', u('ui.crisis.news'), 2, ...record.news.map(article)),
    ),
  ));
}

export function renderBranching(body: HTMLElement, v: View): void {
  const ctx = v.s.context;
  const game = ctx.game!;
  const tree = ctx.replay.tree!;
  const plan = ctx.replay.plan;
  if (!plan) return;
  const run = syncedRun(tree, game);
  const before = run.ok ? positionBefore(run.run, tree.branch, plan.turn) : run;
  const rulesThen = before.ok ? before.state.rules : game.rules;
  const seats = h('ul', { class: 'plan-seats' }, ...PLAYABLE_PARTIES.map((p) => h('li', null,
    btn(u('ui.party.select', { party: partyName(p) }), {
      id: `plan-seat-${p}`, kind: 'seat', pressed: plan.humans.includes(p), onClick: () => {
        v.focusAfter(`plan-seat-${p}`);
        v.send({ type: 'PLAN_SEAT', party: p });
      },
    }))));
  const option = (id: string, label: string, checked: boolean, why: string | null, explain: string, pick: () => void) => {
    const input = h('input', { id, attrs: { type: 'radio', name: 'plan-rule', checked, disabled: why !== null, 'aria-describedby': `${id}-d` } });
    input.addEventListener('change', pick);
    return h('li', { class: why ? 'off' : '' },
      input,
      h('label', { attrs: { for: id } }, h('span', { class: 'lbl', text: label }), h('span', { id: `${id}-d`, class: 'sub', text: why ?? explain })),
    );
  };
  const rules = h('fieldset', { class: 'plan-rules' },
    h('legend', { text: u('ui.replay.plan.switch') }),
    h('ul', null,
      option('plan-rule-none', u('ui.replay.plan.noSwitch'), plan.rule === null, null, '', () => v.send({ type: 'PLAN_RULE', rule: null })),
      ...MID_GAME_SWITCHES.map((r) => {
        const why = rulesThen.includes(r) ? u('ui.replay.plan.alreadyOn') : switchRefusal(r, plan.turn) ? u('ui.replay.plan.onlyPrologue') : null;
        return option(`plan-rule-${r}`, switchTitle(r), plan.rule === r, why, switchExplain(r), () => v.send({ type: 'PLAN_RULE', rule: r }));
      }),
    ),
  );
  body.append(...present(
    h('p', { class: 'lead', text: u('ui.replay.plan.from', { when: turnName(plan.turn) }) }),
    h('div', { class: 'plan-cols' },
      section('plan-who', u('ui.replay.plan.seats'), 2, seats, plan.humans.length === 0 ? h('p', { class: 'note', text: u('ui.replay.plan.nobody') }) : null),
      h('section', { class: 'panel', attrs: { 'aria-label': u('ui.replay.plan.switch') } }, rules),
    ),
    ctx.replay.failure ? h('div', { id: 'plan-failed', class: 'problem', attrs: { role: 'alert' } }, ...problemLines(ctx.replay.failure, 'ui.replay.plan.failed')) : null,
    ctx.replay.opened && ctx.saved ? h('p', { class: 'warn', text: u('ui.replay.replaces') }) : null,
    h('div', { class: 'row plan-go' },
      btn(u('ui.replay.plan.start'), { id: 'plan-start', kind: 'primary big', onClick: () => v.send({ type: 'START_BRANCH' }) }),
      btn(u('ui.replay.plan.cancel'), { id: 'plan-cancel', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_TIMELINE' }) }),
    ),
  ));
}
