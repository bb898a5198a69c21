// The base of every scene: follows the flow actor (draws its snapshots, sends it the player's events), draws from
// scratch on each render, mirrors itself in the DOM layer, keeps focus where it was across re-renders, and shows
// storage notices. The page's <html data-flow> says which state of the flow is on screen.
import Phaser from 'phaser';
import { dom, type Rect } from '../dom/layer.ts';
import { C, GAME_H, GAME_W } from './theme.ts';
import { addText, Button, panel } from './widgets.ts';
import { u } from './i18n.ts';
import { reducedMotion } from './settings.ts';
import { wakeRender } from './on-demand.ts';
import { flow } from '../flow/runtime.ts';
import { flowName, sceneFor, type FlowSnapshot } from '../flow/names.ts';
import type { FlowEvent } from '../flow/types.ts';
import type { StorageProblem } from '../storage/store.ts';
import type { UiKey } from '../ui-text/index.ts';

export abstract class UiScene extends Phaser.Scene {
  protected main!: HTMLElement;
  /** The flow's snapshot this scene shows. */
  protected snap!: FlowSnapshot;
  private rendering = false;

  /** The scene's heading: the DOM layer's <h1>. */
  protected abstract heading(): string;
  /** Where the heading is drawn on the canvas, if it is. */
  protected headingRect(): Rect | undefined {
    return undefined;
  }
  protected abstract build(main: HTMLElement): void;

  create(): void {
    this.snap = flow().getSnapshot();
    const sub = flow().subscribe((s) => this.receive(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      sub.unsubscribe();
      dom().end(this.scene.key);
    });
    this.render(null);
    if (!reducedMotion()) this.cameras.main.fadeIn(180, 15, 19, 24);
  }

  private receive(s: FlowSnapshot): void {
    if (s === this.snap) return;
    if (sceneFor(s) !== this.scene.key) {
      // Another scene shows this state and the router is switching to it: until it is drawn, no state is on screen.
      delete document.documentElement.dataset.flow;
      return;
    }
    const prev = this.snap;
    this.snap = s;
    wakeRender();
    this.onFlow(s, prev);
  }

  /** A new snapshot of a state this scene shows: redraw (a scene that can redraw less overrides this). */
  protected onFlow(_s: FlowSnapshot, _prev: FlowSnapshot): void {
    this.render();
  }

  /** Tell the flow what the player did. */
  protected send(e: FlowEvent): void {
    wakeRender();
    flow().send(e);
  }

  /** Say on the page which state of the flow is now on screen. */
  protected markFlow(): void {
    document.documentElement.dataset.flow = flowName(this.snap);
  }

  /** Redraw everything. Focus goes back to the element with the same id, or to `focusId`. */
  render(focusId: string | null = (document.activeElement as HTMLElement | null)?.id || null): void {
    if (this.rendering) return;
    this.rendering = true;
    wakeRender();
    const mark = `render-${this.scene.key}`;
    performance.mark(mark);
    try {
      this.tweens.killAll();
      this.time.removeAllEvents();
      this.children.removeAll(true);
      this.main = dom().begin(this.scene.key, this.heading(), { headingRect: this.headingRect(), focusHeading: !focusId });
      this.add.rectangle(0, 0, GAME_W, GAME_H, C.bg).setOrigin(0, 0);
      this.build(this.main);
      this.drawNotices();
      if (focusId) {
        const el = document.getElementById(focusId);
        if (el) el.focus({ preventScroll: true });
        else (this.main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
      }
      this.markFlow();
    } finally {
      this.rendering = false;
      // A user-timing measure ("render"), as the browser's performance tools show it; only the latest is kept.
      performance.clearMeasures('render');
      performance.measure('render', mark);
      performance.clearMarks(mark);
    }
  }

  /** Move the focus to a control by id (after the redraw an event caused). */
  protected focus(id: string): void {
    document.getElementById(id)?.focus({ preventScroll: true });
  }

  private drawNotices(): void {
    const notices = this.snap.context.notices;
    if (notices.length === 0) return;
    const texts = notices.map(noticeText);
    const w = 760;
    const h = 30 + texts.length * 46 + 40;
    const r = { x: (GAME_W - w) / 2, y: GAME_H - h - 16, w, h };
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'sr-only';
    box.textContent = texts.join(' ');
    this.main.appendChild(box);
    panel(this, r, { fill: 0x2a1c17, stroke: C.danger, radius: 8 }).setDepth(1000);
    let y = r.y + 14;
    for (const t of texts) {
      const tx = addText(this, r.x + 18, y, t, { size: 'sm', width: w - 36 - 130, maxH: 44, color: C.ink });
      tx.setDepth(1001);
      y += 46;
    }
    const b = new Button(this, {
      x: r.x + w - 130, y: r.y + h - 50, w: 112, h: 38, label: u('ui.storage.dismiss'), kind: 'secondary', size: 'sm',
      id: 'notice-dismiss', parentEl: this.main,
      onClick: () => this.send({ type: 'DISMISS_NOTICES' }),
    });
    for (const o of b.objects) (o as unknown as Phaser.GameObjects.Components.Depth).setDepth(1001);
  }
}

export function noticeText(p: StorageProblem): string {
  switch (p.kind) {
    case 'unavailable': return u('ui.storage.unavailable');
    case 'full': return u('ui.storage.full');
    case 'corrupt': return u('ui.storage.corrupt', { key: p.movedTo });
    case 'corrupt-stuck': return u('ui.storage.corruptStuck');
    case 'invalid': return u('ui.storage.invalid', { key: p.movedTo, reason: p.reason });
    case 'older-version': return u('ui.storage.olderVersion', { key: p.movedTo });
    case 'newer-version': return u('ui.storage.newerVersion');
    case 'other-tab': return u('ui.storage.otherTab');
    case 'unsavable': return u('ui.storage.unsavable', { reason: p.reason });
  }
}

export type { UiKey };
