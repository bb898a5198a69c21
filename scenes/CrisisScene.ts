// The crisis, the main scene: the clock and deadlines, the parties around the table, the numbers, the news, and
// below them your moves, a turn's resolution, or the controls for watching history. It holds no flow of its own:
// it draws the flow's snapshot (src/flow) and sends it the player's events; each panel is drawn by scenes/crisis/*.
import { UiScene } from '../src/ui/ui-scene.ts';
import { panel } from '../src/ui/widgets.ts';
import { dayPart, msg, partyName, playedLabel, u } from '../src/ui/i18n.ts';
import { cue } from '../src/ui/sound.ts';
import { dom } from '../src/dom/layer.ts';
import { chooserOf } from '../src/flow/machine.ts';
import { stepsOf } from '../src/flow/facts.ts';
import { paused, type FlowSnapshot } from '../src/flow/names.ts';
import type { FlowContext } from '../src/flow/types.ts';
import type { GameState } from '../src/sim/types.ts';
import { Area, BOTTOM } from './crisis/area.ts';
import { clockLabel, deadlinesLine, drawHeader } from './crisis/header.ts';
import { drawChoose } from './crisis/moves.ts';
import { drawNews, NewsLog } from './crisis/news.ts';
import { drawNumbers } from './crisis/numbers.ts';
import { drawResolution } from './crisis/resolution.ts';
import { drawTable } from './crisis/table.ts';
import { applyChanges, newDash, viewAt, viewOf } from './crisis/view.ts';
import { drawWatch, drawWatchControls } from './crisis/watch.ts';

type Phase = 'choose' | 'resolve' | 'watch';
const phaseOf = (ctx: FlowContext): Phase => (ctx.resolution ? 'resolve' : ctx.mode === 'watch' ? 'watch' : 'choose');

export class CrisisScene extends UiScene {
  private newsLog!: NewsLog;
  private clockStatus!: HTMLElement;
  private dash = newDash();
  private bottom!: Area;
  /** For the next full redraw only: draw the numbers as they were after this many steps (a turn just played). */
  private drawAtStep: number | null = null;

  constructor() {
    super('crisis');
  }

  override create(): void {
    // The live regions outlive re-renders so assistive technology hears additions, not a rebuilt page.
    this.newsLog = new NewsLog();
    this.clockStatus = document.createElement('p');
    this.clockStatus.setAttribute('role', 'status');
    this.clockStatus.className = 'sr-only';
    this.clockStatus.id = 'clock';
    super.create();
  }

  private get ctx(): FlowContext {
    return this.snap.context;
  }
  private get run(): GameState {
    return this.ctx.game!;
  }

  protected heading(): string {
    const who = chooserOf(this.ctx);
    return who ? u('ui.crisis.yourMoves', { party: partyName(who) }) : u('ui.crisis.watching');
  }

  protected build(main: HTMLElement): void {
    const game = this.run;
    const res = this.ctx.resolution;
    this.dash = newDash();
    // While a turn resolves, the clock still shows that turn; it moves on when the player continues.
    const turnNow = res ? res.record.turn : game.turn;
    const clock = `${clockLabel(turnNow)}. ${deadlinesLine(game)}`;
    if (this.clockStatus.textContent !== clock) this.clockStatus.textContent = clock;
    main.appendChild(this.clockStatus);
    drawHeader(this, main, game, turnNow, () => this.send({ type: 'MENU' }));
    const view = res ? viewAt(res.before, stepsOf(res.record), this.drawAtStep ?? res.shown) : viewOf(game.world);
    drawTable(this, main, view, game.parties, this.dash);
    drawNumbers(this, main, view, this.dash);
    drawNews(this, game.log);
    // The live log hears a turn's news once its resolution has been shown.
    this.newsLog.sync(res && res.shown < res.total ? game.log.slice(0, -1) : game.log);
    main.appendChild(this.newsLog.el);
    const el = document.createElement('section');
    el.id = 'bottom';
    main.appendChild(el);
    this.bottom = new Area(this, el);
    this.drawBottom();
  }

  protected override onFlow(s: FlowSnapshot, prev: FlowSnapshot): void {
    const a = prev.context;
    const b = s.context;
    if (b.resolution && b.resolution.record !== a.resolution?.record) {
      // A turn was played: the numbers start where they were and move step by step.
      this.drawAtStep = 0;
      this.render(null);
      this.drawAtStep = null;
      this.reveal(0, b.resolution.shown);
      return;
    }
    if (phaseOf(a) !== phaseOf(b) || a.game !== b.game || a.notices !== b.notices) {
      const continued = phaseOf(a) === 'resolve';
      this.render(continued ? null : undefined);
      if (continued) this.focusAfterContinue();
      return;
    }
    if (a.resolution && b.resolution && b.resolution.shown > a.resolution.shown) {
      this.reveal(a.resolution.shown, b.resolution.shown);
      return;
    }
    if (b.refusal && b.refusal !== a.refusal) {
      // The rules refused the move: say why; the choice stays as it was.
      dom().announce(u('ui.error.move', { reason: msg(b.refusal.reason) }));
      this.drawBottom('end-turn');
      return;
    }
    this.drawBottom();
  }

  /** Show steps `from` to `to` of the resolution: their numbers move, and the steps list grows. */
  private reveal(from: number, to: number): void {
    const res = this.ctx.resolution!;
    const steps = stepsOf(res.record);
    for (let i = from; i < to; i++) applyChanges(this, this.dash, steps[i].changes);
    if (to - from === 1) cue('step');
    const done = to >= res.total;
    const active = document.activeElement as HTMLElement | null;
    // Keep the player's focus, unless it sat on nothing, the heading, or a control that is now gone.
    const keep = active && active !== document.body && !['crisis-heading', 'res-skip'].includes(active.id) && !active.id.startsWith('step-') ? active.id : null;
    this.drawBottom(keep ?? (done ? 'res-continue' : 'res-skip'));
    if (done && from < to) {
      // The news of the turn lands in the live log; the summary is announced.
      this.newsLog.sync(this.run.log);
      const moves = res.record.moves.map((m) => `${partyName(m.party)}: ${playedLabel(m)}`).join('. ');
      dom().announce(`${u('ui.crisis.resolution', dayPart(res.record.turn))} ${moves}.`);
    }
  }

  private focusAfterContinue(): void {
    if (this.ctx.mode === 'watch') {
      this.focus('watch-next');
      return;
    }
    const first = this.main.querySelector<HTMLElement>('[id^="move-"]:not([aria-disabled="true"])') ?? this.main.querySelector<HTMLElement>('[id^="move-"]');
    first?.focus({ preventScroll: true });
  }

  private drawBottom(focusId?: string): void {
    const ctx = this.ctx;
    this.bottom.clear();
    this.bottom.track(panel(this, BOTTOM));
    const send = this.send.bind(this);
    const focus = this.focus.bind(this);
    const watch = { paused: paused(this.snap), speed: ctx.speed, send, focus };
    if (ctx.resolution) {
      drawResolution(this.bottom, { res: ctx.resolution, steps: stepsOf(ctx.resolution.record), humans: ctx.humans, gameOver: !!this.run.outcome, send, focus });
      if (ctx.mode === 'watch') drawWatchControls(this.bottom, { ...watch, between: false });
    } else if (ctx.mode === 'watch') {
      drawWatch(this.bottom, this.run.log[this.run.log.length - 1], { ...watch, between: true });
    } else {
      const who = chooserOf(ctx);
      if (who) drawChoose(this.bottom, { game: this.run, who, draft: ctx.draft, refusal: ctx.refusal, send, focus, cue });
    }
    if (focusId) this.focus(focusId);
    this.markFlow();
  }
}
