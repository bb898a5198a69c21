// The branches as a flowchart: each branch a node under the one it parted from (lines drawn by CSS), labelled with
// where it parted, the switch it turned on, and how far it went or how it ended, with a bar of its turns across the
// week; each can be opened or picked for comparison. Two picked branches side by side: where they part, what each
// played there, the numbers before and at each one's last turn, and how each ended.
import { LAST_TURN, PROLOGUE_TURN, type PlayedMove } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { branchGame, syncedRun } from '../flow/replay.ts';
import { branchTree, type TreeNode } from '../replay/tree.ts';
import { compareGames, type CompareRow, type Value } from '../replay/compare.ts';
import { metricName, switchTitle, u } from '../ui/i18n.ts';
import type { UiKey } from '../text/index.ts';
import { btn, h } from './h.ts';
import { fmtNum } from './view.ts';
import { branchName, endingTitle, movesText, present, problemLines, turnName } from './replay-words.ts';
import type { View } from './app.ts';

const TURNS = LAST_TURN - PROLOGUE_TURN + 1;

/** Where a branch parted, its switch, and how far it went or how it ended, in words. */
function nodeLines(n: TreeNode): string[] {
  const out = [n.parent === null ? u('ui.replay.tree.fromStart') : u('ui.replay.tree.parted', { when: turnName(n.fromTurn) })];
  if (n.rule) out.push(u('ui.replay.tree.switch', { rule: switchTitle(n.rule) }));
  if (n.outcome) out.push(u('ui.replay.tree.ended', { when: turnName(n.lastTurn), title: endingTitle(n.outcome) }));
  else if (n.lastTurn >= n.fromTurn) out.push(u('ui.replay.tree.stopped', { when: turnName(n.lastTurn) }));
  else out.push(u('ui.replay.tree.notPlayed'));
  return out;
}

/** The branch's turns across the week: before it parted (its parent's), its own, and its ending. */
function span(n: TreeNode): HTMLElement {
  const bar = h('div', { class: 'span', attrs: { 'aria-hidden': 'true' } });
  const at = (turn: number) => `${(100 * (turn - PROLOGUE_TURN)) / TURNS}%`;
  const shared = h('div', { class: 'span-shared' });
  shared.style.width = at(n.fromTurn);
  const own = h('div', { class: `span-own ${n.outcome ? 'ended' : ''}` });
  own.style.left = at(n.fromTurn);
  own.style.width = `${(100 * Math.max(0, n.lastTurn - n.fromTurn + 1)) / TURNS}%`;
  bar.append(shared, own);
  return bar;
}

function node(v: View, n: TreeNode, picked: readonly number[]): HTMLElement {
  const name = branchName(n.id);
  const lines = nodeLines(n);
  const card = h('div', { class: `node ${n.current ? 'current' : ''} ${n.onLine ? 'on-line' : ''} ${n.outcome ? 'ended' : ''}` },
    h('p', { class: 'node-h' }, h('strong', { text: name }), n.current ? h('span', { class: 'badge on', text: u('ui.replay.tree.current') }) : null),
    h('p', { id: `node-${n.id}-d`, class: 'node-d', text: lines.join(' · ') }),
    span(n),
    h('div', { class: 'row node-acts' },
      btn(u('ui.replay.tree.open', { name }), { id: `tree-open-${n.id}`, kind: 'secondary', current: n.current, describedBy: `node-${n.id}-d`, onClick: () => v.send({ type: 'OPEN_BRANCH', branch: n.id }) }),
      btn(u('ui.replay.tree.pick', { name }), {
        id: `tree-pick-${n.id}`, kind: 'chip', pressed: picked.includes(n.id), onClick: () => {
          v.focusAfter(`tree-pick-${n.id}`);
          v.send({ type: 'PICK_BRANCH', branch: n.id });
        },
      }),
    ),
  );
  return h('li', null, card, n.children.length ? h('ul', null, ...n.children.map((k) => node(v, k, picked))) : null);
}

export function renderTree(body: HTMLElement, v: View): void {
  const ctx = v.s.context;
  const tree = ctx.replay.tree!;
  const run = syncedRun(tree, ctx.game!);
  if (!run.ok) {
    body.append(h('div', { class: 'problem', attrs: { role: 'alert' } }, ...problemLines(run, 'ui.replay.tree.failed')));
    return;
  }
  const picked = ctx.replay.picked;
  const two = picked.length === 2;
  body.append(...present(
    ctx.replay.failure ? h('div', { id: 'tree-failed', class: 'problem', attrs: { role: 'alert' } }, ...problemLines(ctx.replay.failure, 'ui.replay.tree.failed')) : null,
    h('ul', { id: 'flowchart', class: 'flowchart', attrs: { 'aria-label': u('ui.replay.tree.label') } }, node(v, branchTree(run.run, tree.branch), picked)),
    h('div', { class: 'row compare-go' },
      btn(u('ui.replay.tree.compare'), { id: 'tree-compare', kind: 'primary', disabled: !two, describedBy: 'tree-compare-d', onClick: () => two && v.send({ type: 'COMPARE' }) }),
      h('p', { id: 'tree-compare-d', class: 'note', text: two ? picked.map(branchName).join(' · ') : u('ui.replay.tree.pickTwo') }),
    ),
  ));
}

const ROW_LABEL: Partial<Record<CompareRow, UiKey>> = {
  staff: 'ui.crisis.staff', signatures: 'ui.crisis.signatures', valuation: 'ui.crisis.valuationLabel', ceo: 'ui.crisis.ceoChair',
  altmanAt: 'ui.crisis.altmanAt', tender: 'ui.metric.tender',
};

function rowLabel(row: CompareRow): string {
  if (row.startsWith('departures.')) return `${u('ui.crisis.departures')}: ${u(`ui.crisis.dest.${row.slice('departures.'.length)}` as UiKey)}`;
  const key = ROW_LABEL[row];
  return key ? u(key) : metricName(row);
}

function valueText(row: CompareRow, x: Value | null): string {
  if (x === null) return '–';
  if (row === 'ceo' || row === 'altmanAt' || row === 'tender') return u(`ui.crisis.${row}.${x}` as UiKey);
  return row === 'valuation' ? u('ui.crisis.valuation', { n: Math.round(Number(x)) }) : fmtNum(row, x);
}

/** The moves of one side at the parting that the other side did not play. */
const ownMoves = (mine: readonly PlayedMove[], theirs: readonly PlayedMove[]) =>
  mine.filter((m) => !theirs.some((o) => o.party === m.party && o.move === m.move && JSON.stringify(o.params ?? {}) === JSON.stringify(m.params ?? {})));

function endingCell(g: GameState): string {
  if (g.outcome) return u('ui.replay.cmp.endedAt', { title: endingTitle(g.outcome.id), when: turnName(g.outcome.turn) });
  return u('ui.replay.cmp.noEnding', { when: turnName(g.log.length ? g.log[g.log.length - 1].turn : PROLOGUE_TURN) });
}

export function renderCompare(body: HTMLElement, v: View): void {
  const ctx = v.s.context;
  const tree = ctx.replay.tree!;
  const [ia, ib] = ctx.replay.picked;
  const ga = branchGame(tree, ctx.game!, ia);
  const gb = branchGame(tree, ctx.game!, ib);
  const back = btn(u('ui.replay.cmp.back'), { id: 'cmp-back', kind: 'secondary', onClick: () => v.send({ type: 'OPEN_TREE' }) });
  if (!ga.ok || !gb.ok) {
    body.append(h('div', { class: 'problem', attrs: { role: 'alert' } }, ...problemLines(!ga.ok ? ga : (gb as Exclude<typeof gb, { ok: true }>), 'ui.replay.tree.failed')), back);
    return;
  }
  const cmp = compareGames(ga.state, gb.state);
  const [na, nb] = [branchName(ia), branchName(ib)];
  const facts: string[] = [cmp.parted === null ? u('ui.replay.cmp.same') : u('ui.replay.cmp.parted', { when: turnName(cmp.parted) })];
  if (cmp.parted !== null) {
    for (const [name, mine, theirs] of [[na, cmp.a.movesAtParting, cmp.b.movesAtParting], [nb, cmp.b.movesAtParting, cmp.a.movesAtParting]] as const) {
      const own = ownMoves(mine, theirs);
      if (own.length) facts.push(u('ui.replay.cmp.played', { name, moves: movesText(own) }));
    }
  }
  for (const [name, side, other] of [[na, cmp.a, cmp.b], [nb, cmp.b, cmp.a]] as const) {
    for (const sw of side.switches) if (!other.switches.some((o) => o.rule === sw.rule && o.turn === sw.turn)) facts.push(u('ui.replay.cmp.switched', { name, rule: switchTitle(sw.rule), when: turnName(sw.turn) }));
  }
  const th = (text: string, scope: 'col' | 'row' = 'col') => h('th', { attrs: { scope }, text });
  const table = h('table', { id: 'cmp-table', class: 'cmp-table' },
    h('caption', { text: u('ui.replay.cmp.caption') }),
    h('thead', null, h('tr', null, th(u('ui.replay.cmp.number')), th(u('ui.replay.cmp.before')), th(na), th(nb))),
    h('tbody', null,
      h('tr', { class: 'cmp-ending' }, th(u('ui.replay.cmp.ending'), 'row'), h('td', { text: '–' }), h('td', { text: endingCell(ga.state) }), h('td', { text: endingCell(gb.state) })),
      ...cmp.rows.map((r) => {
        const differs = valueText(r.row, r.a) !== valueText(r.row, r.b);
        return h('tr', { class: differs ? 'differs' : '' }, th(rowLabel(r.row), 'row'), h('td', { text: valueText(r.row, r.before) }), h('td', { text: valueText(r.row, r.a) }), h('td', { text: valueText(r.row, r.b) }));
      }),
    ),
  );
  body.append(
    h('ul', { id: 'cmp-facts', class: 'cmp-facts' }, ...facts.map((f) => h('li', { text: f }))),
    h('div', { class: 'cmp-wrap', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'cmp-cap' } }, table),
    h('div', { class: 'row' }, back),
  );
  table.querySelector('caption')!.id = 'cmp-cap';
}
