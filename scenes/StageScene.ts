// The stage: the boardroom table seen from above, with people drawn as people (scenes/people.ts): the directors in
// their seats (a gold ring stands by the removal, a green one would concede, a faded grey one has left the board; the
// ring's share is the director's resolve), the CEO in the chair at the head, the other parties' people round the room,
// the staff as a crowd and those who left as dots by where they went, and a speech bubble when the news quotes
// someone. Where things stand comes from scenes/stage-layout.ts.
//
// Motion shows causes: when the model changes, people move to their new places (a director who changes sides crosses
// the table; Altman and Brockman walk to Microsoft's side), rings grow or shrink to the new resolve, and staff who
// leave walk from the crowd to where they went, each in about one step of the resolution. With reduced motion,
// everything is drawn at once. The scene keeps its objects and updates them (nothing is rebuilt, so nothing leaks),
// and draws only while something moves: afterwards the game loop sleeps.
import Phaser from 'phaser';
import { C } from '../src/ui/theme.ts';
import { drawPortrait, LOOKS } from './people.ts';
import { BUBBLES, CROWD, layoutStage, PARTY_IDS, PER_DOT, type FigureAt, type StageLayout } from './stage-layout.ts';
import { sameModel, type StageModel } from './stage-model.ts';

const FIRM = C.brass;
const WAVERING = C.upHex;
const GONE = 0x5b6675;
const DEST_COLOURS: Record<string, number> = { microsoft: 0x6fa8dc, salesforce: 0x86d1b0, newco: 0xd9b45a, other: 0xb59cd6 };
const FONT = '"Atkinson Hyperlegible", Arial, sans-serif';
/** Most staff drawn walking out in one change. */
const WALKERS = 6;

/**
 * Set a text's colour, wrapping width, alignment and line limit, only those that changed: Phaser draws the text's
 * texture again (and uploads it) on each of these setters, changed or not, and the stage sets them on every model.
 */
function restyle(t: Phaser.GameObjects.Text, s: { color?: string; wrap?: number; align?: string; maxLines?: number }): Phaser.GameObjects.Text {
  const now = t.style;
  if (s.color !== undefined && now.color !== s.color) t.setColor(s.color);
  if (s.wrap !== undefined && now.wordWrapWidth !== s.wrap) t.setWordWrapWidth(s.wrap);
  if (s.align !== undefined && now.align !== s.align) t.setAlign(s.align);
  if (s.maxLines !== undefined && now.maxLines !== s.maxLines) t.setMaxLines(s.maxLines);
  return t;
}

/** The size portraits are drawn at once, as textures: each figure shows its texture scaled to its place. */
const PORTRAIT_R = 48;
const portraitKey = (person: string) => `portrait:${person}`;

interface Figure {
  c: Phaser.GameObjects.Container;
  /** The portrait (a texture drawn once), and the ring of a director's stance (drawn when it changes). */
  face: Phaser.GameObjects.Image;
  g: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text;
  /** What the portrait shows now: redrawn only when this changes. */
  drawn: string;
  at: FigureAt | null;
  /** The resolve the ring shows (it moves toward the figure's resolve). */
  ring: { v: number };
}


export class StageScene extends Phaser.Scene {
  private bg!: Phaser.GameObjects.Graphics;
  private fg!: Phaser.GameObjects.Graphics;
  private chairName!: Phaser.GameObjects.Text;
  private figures = new Map<string, Figure>();
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private bubbleTexts: Phaser.GameObjects.Text[] = [];
  private walkers: Phaser.GameObjects.Arc[] = [];
  private model: StageModel | null = null;
  private drawn: StageModel | null = null;
  private layout: StageLayout | null = null;
  private size = { w: 0, h: 0 };

  constructor() {
    super('stage');
  }

  create(): void {
    this.bg = this.add.graphics().setDepth(0);
    this.fg = this.add.graphics().setDepth(20);
    this.chairName = this.text().setDepth(5);
    // Everything the stage may show is made at the start and kept (each text and portrait is a texture): what it
    // holds never grows with the games played, nor with the people met so far. A portrait is drawn once: moving it
    // costs nothing more than moving a picture.
    for (const [person, look] of Object.entries(LOOKS)) {
      const g = this.make.graphics({}, false);
      g.fillStyle(C.panelHi, 1).fillCircle(PORTRAIT_R, PORTRAIT_R, PORTRAIT_R);
      drawPortrait(g, PORTRAIT_R, PORTRAIT_R, PORTRAIT_R, look);
      g.generateTexture(portraitKey(person), PORTRAIT_R * 2, PORTRAIT_R * 2).destroy();
    }
    for (const key of [...Object.keys(LOOKS), ...Array.from({ length: CROWD }, (_, i) => `staff-${i}`)]) this.figure(key);
    for (const id of PARTY_IDS) this.partyLabel(id);
    for (let i = 0; i < BUBBLES; i++) this.bubbleText(i);
    this.walker(WALKERS * 2 - 1);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.redraw(true));
    // A frame drawn with nothing moving is the last until something changes: the loop sleeps after it, and a new
    // model or a new size of the box wakes it again.
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      if (this.tweens.getTweens().length === 0) this.game.loop.sleep();
    });
    this.redraw(true);
  }

  /** Show this model; nothing is drawn when it equals the one on screen, unless forced (the box was moved). */
  setModel(m: StageModel, force = false): void {
    this.model = m;
    this.redraw(force);
  }

  private text(): Phaser.GameObjects.Text {
    return this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: C.ink, align: 'center' }).setOrigin(0.5, 0.5);
  }

  private redraw(force: boolean): void {
    const m = this.model;
    if (!m || !this.bg) return;
    const w = this.scale.width;
    const h = this.scale.height;
    const resized = w !== this.size.w || h !== this.size.h;
    if (!force && !resized && sameModel(this.drawn, m)) return;
    // Move only between two models in the same box; a new box or a first drawing is drawn in place.
    const move = m.motion && !resized && this.drawn !== null && this.layout !== null && !sameModel(this.drawn, m);
    const before = this.drawn;
    const l = layoutStage(m, w, h);
    const ms = Math.max(150, m.stepMs * 0.55);
    this.drawRoom(l, m);
    this.placeFigures(l, move, ms);
    this.placeLabels(l);
    if (move && before) this.walkOut(before, m, l, ms);
    this.drawBubbles(l);
    this.drawn = JSON.parse(JSON.stringify(m)) as StageModel;
    this.layout = l;
    this.size = { w, h };
    this.game.loop.wake();
  }

  /** The table, the chair, and the dots of those who left. */
  private drawRoom(l: StageLayout, m: StageModel): void {
    const { cx, cy, rx, ry } = l.table;
    const g = this.bg.clear();
    g.fillStyle(0x3b2f1c, 1).fillEllipse(cx, cy, rx * 2, ry * 2);
    g.lineStyle(2, 0x6b5426, 1).strokeEllipse(cx, cy, rx * 2, ry * 2);
    const { x, y, s, firm } = l.chair;
    g.fillStyle(C.chair, 1).fillRoundedRect(x - s * 1.1, y - s * 1.1, s * 2.2, s * 2.2, 6);
    g.lineStyle(2, firm ? FIRM : 0xb3bdc9, 1).strokeRoundedRect(x - s * 1.1, y - s * 1.1, s * 2.2, s * 2.2, 6);
    restyle(this.chairName, { color: C.brassCss }).setFontSize(l.font).setFontStyle('bold').setText(l.chair.name).setPosition(l.chair.nameX, cy);
    for (const c of l.clusters) {
      g.fillStyle(DEST_COLOURS[c.dest] ?? 0xffffff, 1);
      for (let i = 0; i < c.dots; i++) g.fillRect(c.x + (i % 10) * 5 * c.dirX, c.y + Math.floor(i / 10) * 5 * c.dirY, 3, 3);
    }
    void m;
  }

  private figure(key: string): Figure {
    let f = this.figures.get(key);
    if (!f) {
      const face = this.add.image(0, 0, portraitKey('staff'));
      const g = this.add.graphics();
      const label = this.text();
      const c = this.add.container(0, 0, [face, g, label]).setDepth(10).setAlpha(0).setVisible(false);
      f = { c, face, g, label, drawn: '', at: null, ring: { v: 0 } };
      this.figures.set(key, f);
    }
    return f;
  }

  /** Draw a figure's portrait and ring (at the resolve `v`) into its graphics, at the container's origin. */
  private paint(f: Figure, at: FigureAt, v: number): void {
    f.face.setTexture(portraitKey(at.person)).setDisplaySize(at.r * 2, at.r * 2).setAlpha(at.faded ? 0.35 : 1);
    const g = f.g.clear();
    const ring = at.ring === 'gone' ? GONE : at.ring === 'firm' ? FIRM : at.ring === 'wavering' ? WAVERING : null;
    if (ring !== null) {
      g.lineStyle(at.faded ? 1 : 2, ring, 1).strokeCircle(0, 0, at.r);
      if (at.resolve !== null) g.lineStyle(3, ring, 1).beginPath().arc(0, 0, at.r + 4, -Math.PI / 2, -Math.PI / 2 + (2 * Math.PI * v) / 100).strokePath();
    }
  }

  private placeFigures(l: StageLayout, move: boolean, ms: number): void {
    const seen = new Set<string>();
    for (const at of l.figures) {
      seen.add(at.key);
      const f = this.figure(at.key);
      const was = f.at;
      const look = JSON.stringify([at.person, at.r, at.ring, at.faded]);
      const target = at.resolve ?? 0;
      if (f.drawn !== look || !move || Math.round(f.ring.v) !== Math.round(target)) {
        if (move && was && at.resolve !== null && was.resolve !== null && f.drawn === look) {
          this.tweens.killTweensOf(f.ring);
          this.tweens.add({ targets: f.ring, v: target, duration: ms, ease: 'Sine.easeInOut', onUpdate: () => this.paint(f, at, f.ring.v) });
        } else {
          f.ring.v = target;
          this.paint(f, at, target);
        }
        f.drawn = look;
      }
      restyle(f.label, { color: at.faded ? C.inkFaint : C.ink }).setFontSize(at.labelSize).setText(at.label ?? '')
        .setVisible(at.label !== null).setPosition(0, at.labelDy);
      this.tweens.killTweensOf(f.c);
      if (move && was && f.c.visible) {
        this.tweens.add({ targets: f.c, x: at.x, y: at.y, alpha: 1, duration: ms, ease: 'Sine.easeInOut' });
      } else if (move) {
        // Someone arriving fades in where they stand.
        f.c.setPosition(at.x, at.y).setVisible(true);
        this.tweens.add({ targets: f.c, alpha: 1, duration: ms });
      } else f.c.setPosition(at.x, at.y).setAlpha(1).setVisible(true);
      f.at = at;
    }
    // Whoever is no longer on the stage fades out (and is kept, hidden, for when they come back).
    for (const [key, f] of this.figures) {
      if (seen.has(key) || !f.at) continue;
      f.at = null;
      this.tweens.killTweensOf(f.c);
      if (move) this.tweens.add({ targets: f.c, alpha: 0, duration: ms, onComplete: () => f.c.setVisible(false) });
      else f.c.setAlpha(0).setVisible(false);
    }
  }

  private placeLabels(l: StageLayout): void {
    const seen = new Set<string>();
    for (const lb of l.labels) {
      seen.add(lb.key);
      const t = this.partyLabel(lb.key);
      const colour = lb.tone === 'brass' ? C.brassCss : lb.tone === 'dim' ? C.inkDim : C.ink;
      restyle(t, { wrap: lb.wrap, color: colour, align: lb.align }).setFontSize(lb.size).setFontStyle(lb.bold ? 'bold' : 'normal').setText(lb.text)
        .setPosition(lb.x, lb.y).setOrigin(lb.align === 'left' ? 0 : lb.align === 'right' ? 1 : 0.5, 0.5).setVisible(true);
    }
    for (const [key, t] of this.labels) if (!seen.has(key)) t.setVisible(false);
  }

  /** Staff who left since the last model walk from the crowd to where they went. */
  private walkOut(before: StageModel, m: StageModel, l: StageLayout, ms: number): void {
    let n = 0;
    for (const c of l.clusters) {
      const gone = Math.ceil(((m.departures[c.dest] ?? 0) - (before.departures[c.dest] ?? 0)) / PER_DOT);
      for (let i = 0; i < Math.min(gone, WALKERS) && n < WALKERS * 2; i++, n++) {
        const dot = this.walker(n).setPosition(l.crowd.x, l.crowd.y).setFillStyle(DEST_COLOURS[c.dest] ?? 0xffffff, 1).setAlpha(1).setVisible(true);
        this.tweens.add({
          targets: dot, x: c.x + (i % 3) * 4 * c.dirX, y: c.y, duration: ms * 1.4, delay: i * (ms / 8), ease: 'Sine.easeIn',
          onComplete: () => dot.setVisible(false),
        });
      }
    }
  }

  private partyLabel(key: string): Phaser.GameObjects.Text {
    let t = this.labels.get(key);
    if (!t) this.labels.set(key, (t = this.text().setDepth(6).setVisible(false)));
    return t;
  }

  private bubbleText(i: number): Phaser.GameObjects.Text {
    while (this.bubbleTexts.length <= i) this.bubbleTexts.push(this.text().setDepth(21).setOrigin(0, 0).setColor(C.paperInk).setVisible(false));
    return this.bubbleTexts[i];
  }

  private walker(i: number): Phaser.GameObjects.Arc {
    while (this.walkers.length <= i) this.walkers.push(this.add.circle(0, 0, 3, 0xffffff, 1).setDepth(15).setVisible(false));
    return this.walkers[i];
  }

  /** Speech bubbles: a rounded box and its tail, on top of everything; the quote is the news's, shortened. */
  private drawBubbles(l: StageLayout): void {
    const g = this.fg.clear();
    l.bubbles.forEach((b, i) => {
      const t = restyle(this.bubbleText(i), { wrap: b.w - 12, maxLines: 4, align: 'left' }).setFontSize(b.size).setText(b.text);
      const bh = t.height + 10;
      const baseX = Math.max(b.x + 10, Math.min(b.x + b.w - 10, b.tipX));
      const below = b.tipY > b.y + bh;
      g.fillStyle(C.paper, 1).fillRoundedRect(b.x, b.y, b.w, bh, 6);
      g.fillTriangle(baseX - 6, below ? b.y + bh - 1 : b.y + 1, baseX + 6, below ? b.y + bh - 1 : b.y + 1, b.tipX, b.tipY);
      t.setPosition(b.x + 6, b.y + 5).setVisible(true);
    });
    for (let i = l.bubbles.length; i < this.bubbleTexts.length; i++) this.bubbleTexts[i].setVisible(false);
  }
}
