// What happened: the turn's steps in the published order, paced by the flow, each naming the party and its move and
// every number it moved with its cause; Show all while they come, then Continue. Watching history adds its controls.
import { dayPart, lang, msg, partyName, playedLabel, u } from '../ui/i18n.ts';
import { votesOf, type VoteInWords } from '../teach/votes.ts';
import { ft } from '../ui/flow-text.ts';
import { paused } from '../flow/names.ts';
import { stepsOf, type Step } from '../flow/facts.ts';
import type { Resolution, Speed } from '../flow/types.ts';
import type { TurnRecord } from '../sim/types.ts';
import { btn, h } from './h.ts';
import { changeName, stepLabel, stepLines } from './words.ts';
import { changeKey } from './view.ts';
import { whyButton } from './teach-bar.ts';
import type { View } from './app.ts';

const SPEEDS: Speed[] = [1, 2, 4];

/** A turn's votes in words, made once per turn and language: each step of a resolution draws the steps before it again. */
const votesMade = new WeakMap<TurnRecord, { lang: string; votes: VoteInWords[] }>();
function votesIn(record: TurnRecord): VoteInWords[] {
  let made = votesMade.get(record);
  if (made?.lang !== lang()) votesMade.set(record, (made = { lang: lang(), votes: votesOf(record, lang()) }));
  return made.votes;
}

/**
 * A step: the party and its move, the rule that refused it, the board's votes (the tally, then each ballot with its
 * reason), and every number it moved with its cause and a Why? that names all its causes in this step.
 */
export function stepItem(step: Step, humans: readonly string[], i: number, record: TurnRecord): HTMLElement {
  const groups = stepLines(step);
  const mine = step.party !== null && humans.includes(step.party);
  const votes = step.party === 'board' ? votesIn(record).filter((vt) => vt.move === step.move) : [];
  // The step within its turn (the last turn's steps are numbered from 100 on the page).
  const nth = i % 100;
  return h('li', { id: `step-${i}`, class: `step ${mine ? 'mine' : ''}` },
    h('p', { class: 'step-h', text: stepLabel(step, humans, true) }),
    step.refused ? h('p', { class: 'blocked-rule', text: `⊘ ${u('ui.crisis.blocked', { rule: msg(step.refused) })}` }) : null,
    ...votes.map((vt, j) => h('details', { id: `vote-${i}-${j}`, class: `vote ${vt.passed ? 'carried' : 'lost'}` },
      h('summary', { text: vt.tally }),
      h('ul', { class: 'ballots' }, ...vt.ballots.map((b) => h('li', { class: b.for ? 'for' : 'against' }, h('span', { class: 'ballot-mark', attrs: { 'aria-hidden': 'true' }, text: b.for ? '✓ ' : '✗ ' }), b.text))))),
    groups.length === 0
      ? h('p', { class: 'dim', text: u('ui.crisis.noChange') })
      : h('ul', { class: 'step-changes' }, ...groups.flatMap((g, gi) => g.lines.map((line, k) => {
        const ch = g.changes[k];
        const key = changeKey(ch);
        return h('li', null, h('span', { class: 'line' }, h('span', { text: line }), h('span', { class: 'why', text: ` · ${g.cause}` })),
          whyButton(`why-${i}-${gi}-${key.replace(':', '-')}`, changeName(ch), { key, turn: record.turn, step: nth }));
      }))),
  );
}

/** The steps shown so far, the progress, and Show all or Continue. */
export function resolutionPanel(v: View, res: Resolution): HTMLElement {
  const ctx = v.s.context;
  const steps = stepsOf(res.record);
  const done = res.shown >= res.total;
  const title = `${u('ui.crisis.resolution', dayPart(res.record.turn))} · ${u('ui.crisis.resolutionStep', { n: res.shown, total: res.total })}`;
  const list = h('ol', { id: 'steps', class: 'steps act-body', attrs: { 'aria-label': u('ui.crisis.stepsHeading'), 'data-scroll': true, tabindex: 0 } }, ...steps.slice(0, res.shown).map((s, i) => stepItem(s, ctx.humans, i, res.record)));
  const progress = h('progress', { attrs: { max: res.total, value: res.shown, 'aria-label': title } });
  const gameOver = !!ctx.game?.outcome;
  const action = done
    ? btn(gameOver ? u('ui.crisis.toEnding') : u('ui.crisis.continue'), { id: 'res-continue', kind: 'primary big', onClick: () => v.send({ type: 'CONTINUE' }) })
    : btn(u('ui.crisis.skip'), { id: 'res-skip', kind: 'secondary', onClick: () => v.send({ type: 'SKIP' }) });
  return h('section', { id: 'act', class: 'act resolving', attrs: { 'aria-labelledby': 'act-h' } },
    h('h2', { id: 'act-h', class: 'panel-h', text: title, attrs: { tabindex: -1 } }),
    progress,
    list,
    h('div', { class: 'end-row' }, ctx.mode === 'watch' ? watchControls(v, false) : null, action),
  );
}

/** What the last turn did: its moves and every number they moved (the focus goes here after Continue). */
export function lastTurnPanel(record: TurnRecord | undefined, humans: readonly string[]): HTMLElement | null {
  if (!record) return null;
  const steps = stepsOf(record);
  return h('details', { id: 'last-turn', class: 'last-turn' },
    h('summary', { id: 'last-turn-h', attrs: { tabindex: 0 } }, u('ui.crisis.resolution', dayPart(record.turn))),
    h('ol', { class: 'steps' }, ...steps.map((s, i) => stepItem(s, humans, 100 + i, record))),
  );
}

/** Watching history between turns: the last turn's moves, and the controls. */
export function watchPanel(v: View): HTMLElement {
  const game = v.s.context.game!;
  const last = game.log[game.log.length - 1];
  return h('section', { id: 'act', class: 'act watching', attrs: { 'aria-labelledby': 'act-h' } },
    h('h2', { id: 'act-h', class: 'panel-h', text: u('ui.crisis.watching') }),
    last ? h('ul', { class: 'steps act-body', attrs: { 'data-scroll': true, tabindex: 0 }, id: 'watch-moves' }, ...last.moves.map((m) => h('li', { class: 'step', text: u('ui.crisis.by', { party: partyName(m.party), move: playedLabel(m) }) }))) : null,
    h('div', { class: 'end-row' }, watchControls(v, true)),
  );
}

function watchControls(v: View, between: boolean): HTMLElement {
  const ctx = v.s.context;
  const isPaused = paused(v.s);
  const next = SPEEDS[(SPEEDS.indexOf(ctx.speed) + 1) % SPEEDS.length];
  return h('div', { class: 'row watch-controls' },
    btn(ft('speed', { n: ctx.speed }), { id: 'watch-speed', kind: 'secondary', onClick: () => { v.focusAfter('watch-speed'); v.send({ type: 'SPEED', speed: next }); } }),
    btn(isPaused ? u('ui.crisis.resume') : u('ui.crisis.pause'), { id: 'watch-auto', kind: 'secondary', pressed: isPaused, onClick: () => { v.focusAfter('watch-auto'); v.send({ type: isPaused ? 'PLAY' : 'PAUSE' }); } }),
    between ? btn(u('ui.crisis.nextTurn'), { id: 'watch-next', kind: 'primary', onClick: () => v.send({ type: 'NEXT_TURN' }) }) : null,
  );
}
