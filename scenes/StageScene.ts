// The stage: the boardroom table seen from above, its directors in their seats (a gold ring stands by the removal,
// a green one would concede, an empty grey seat has left the board), the CEO's chair at the head with who sits in it,
// and the other parties around the room, staff who left drawn as dots by their destination. It keeps its objects and
// updates them (nothing is rebuilt, so nothing leaks), fills its box (Scale.RESIZE), and draws only when the model or
// the box changed: afterwards the game loop sleeps.
import Phaser from 'phaser';
import { C } from '../src/ui/theme.ts';
import { sameModel, type StageModel } from './stage-model.ts';

const FIRM = C.brass;
const WAVERING = C.upHex;
const GONE = 0x5b6675;
const DEST_COLOURS: Record<string, number> = { microsoft: 0x6fa8dc, salesforce: 0x86d1b0, newco: 0xd9b45a, other: 0xb59cd6 };
/** Where each party stands around the room, as fractions of the box. */
const SPOTS: Record<string, [number, number]> = {
  management: [0.1, 0.1], altman: [0.9, 0.1], employees: [0.9, 0.5], microsoft: [0.9, 0.9], salesforce: [0.1, 0.9], investors: [0.1, 0.5],
};
const DEST_SPOT: Record<string, string> = { microsoft: 'microsoft', salesforce: 'salesforce', newco: 'altman', other: 'investors' };

/** More labels than the largest stage shows at once (nine directors, the parties, the calendar). */
const LABEL_POOL = 40;

export class StageScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private model: StageModel | null = null;
  private drawn: StageModel | null = null;
  private size = { w: 0, h: 0 };

  constructor() {
    super('stage');
  }

  create(): void {
    this.g = this.add.graphics();
    // The labels' pool is made whole at the start (each label is a texture): what the stage holds never grows with
    // the games played, nor with the largest table met so far.
    for (let i = 0; i < LABEL_POOL; i++) this.text(i).setVisible(false);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.redraw(true));
    // Every frame that is drawn is the last until something changes: the loop sleeps after it, and a new model or a
    // new size of the box wakes it for one frame more.
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => this.game.loop.sleep());
    this.redraw(true);
  }

  /** Show this model; nothing is drawn when it equals the one on screen, unless forced (the box was moved). */
  setModel(m: StageModel, force = false): void {
    this.model = m;
    this.redraw(force);
  }

  private text(i: number): Phaser.GameObjects.Text {
    while (this.texts.length <= i) {
      this.texts.push(this.add.text(0, 0, '', { fontFamily: '"Atkinson Hyperlegible", Arial, sans-serif', fontSize: '14px', color: C.ink, align: 'center' }).setOrigin(0.5, 0.5));
    }
    return this.texts[i].setVisible(true);
  }

  private redraw(force: boolean): void {
    const m = this.model;
    if (!m || !this.g) return;
    const w = this.scale.width;
    const hgt = this.scale.height;
    if (!force && sameModel(this.drawn, m) && w === this.size.w && hgt === this.size.h) return;
    this.drawn = JSON.parse(JSON.stringify(m)) as StageModel;
    this.size = { w, h: hgt };
    const g = this.g.clear();
    let used = 0;
    const font = Math.max(12, Math.min(m.fontPx * 0.85, Math.min(w, hgt) / 14));
    const label = (x: number, y: number, s: string, colour: string = C.ink, bold = false) => {
      const t = this.text(used++);
      t.setText(s).setPosition(x, y).setColor(colour).setFontSize(font).setFontStyle(bold ? 'bold' : 'normal');
      return t;
    };
    // The table, in the middle third; the parties stand at the edges.
    const cx = w / 2;
    const cy = hgt / 2;
    const rx = Math.max(40, w * 0.3);
    const ry = Math.max(20, hgt * 0.14);
    g.fillStyle(0x3b2f1c, 1).fillEllipse(cx, cy, rx * 2, ry * 2);
    g.lineStyle(2, 0x6b5426, 1).strokeEllipse(cx, cy, rx * 2, ry * 2);
    // The CEO's chair at the head of the table, and who sits in it.
    const chairX = cx - rx * 0.62;
    const cs = Math.min(font, ry * 0.6);
    g.fillStyle(C.chair, 1).fillRoundedRect(chairX - cs, cy - cs, cs * 2, cs * 2, 6);
    g.lineStyle(2, m.ceo === 'altman' ? FIRM : 0xb3bdc9, 1).strokeRoundedRect(chairX - cs, cy - cs, cs * 2, cs * 2, 6);
    label(cx + rx * 0.15, cy, m.ceoName.split(' (')[0], C.brassCss, true);
    // The directors on the table's long sides, in order: the first half above, the rest below.
    const n = m.directors.length;
    const top = Math.ceil(n / 2);
    const r = Math.max(8, Math.min(font * 0.9, (rx * 1.6) / Math.max(1, top) / 2.6));
    m.directors.forEach((d, i) => {
      const above = i < top;
      const k = above ? i : i - top;
      const count = above ? top : n - top;
      const x = cx - rx * 0.85 + (rx * 1.7 * (k + 0.5)) / count;
      const y = cy + (above ? -1 : 1) * (ry + r + 2);
      const ring = !d.seated ? GONE : d.resolve >= 50 ? FIRM : WAVERING;
      g.fillStyle(d.seated ? C.panelHi : C.bg, 1).fillCircle(x, y, r);
      g.lineStyle(d.seated ? 3 : 1, ring, 1).strokeCircle(x, y, r);
      if (d.seated && d.id !== 'altman' && d.id !== 'brockman') {
        // Resolve as the share of a ring around the seat.
        g.lineStyle(3, ring, 1).beginPath().arc(x, y, r + 4, -Math.PI / 2, -Math.PI / 2 + (2 * Math.PI * d.resolve) / 100).strokePath();
      }
      // Names alternate between two rows so neighbours never collide.
      const fs = Math.max(12, Math.min(font * 0.9, ((rx * 3.4) / count) / Math.max(4, (m.names[d.id] ?? d.id).length) * 1.6));
      const row = count > 3 && k % 2 === 1 ? 1 : 0;
      const t = label(x, y + (above ? -1 : 1) * (r + 6 + fs * (0.6 + row * 1.15)), m.names[d.id] ?? d.id, d.seated ? C.ink : C.inkFaint);
      t.setFontSize(fs);
      if (!d.seated) g.lineStyle(1.5, GONE, 1).lineBetween(t.x - t.width / 2, t.y, t.x + t.width / 2, t.y);
    });
    // The parties around the room, and the staff who left drawn by where they went.
    for (const p of m.parties) {
      const [fx, fy] = SPOTS[p.id] ?? [0.5, 0.5];
      const t = label(w * fx, hgt * fy, p.you ? `${p.name} ★` : p.name, p.you ? C.brassCss : C.inkDim, p.you);
      t.setWordWrapWidth(Math.max(60, w * 0.18)).setFontSize(Math.max(12, font * 0.85));
    }
    for (const [dest, count] of Object.entries(m.departures)) {
      const spot = SPOTS[DEST_SPOT[dest] ?? 'investors'];
      const dots = Math.min(40, Math.ceil(count / 20));
      g.fillStyle(DEST_COLOURS[dest] ?? 0xffffff, 1);
      for (let i = 0; i < dots; i++) {
        const x = w * spot[0] + ((i % 10) - 4.5) * 5 * (spot[0] < 0.5 ? 1 : -1);
        const y = hgt * spot[1] + (spot[1] < 0.5 ? 1 : -1) * (font + 4 + Math.floor(i / 10) * 5);
        g.fillRect(x, y, 3, 3);
      }
    }
    for (let i = used; i < this.texts.length; i++) this.texts[i].setVisible(false);
    // Draw this once; the loop sleeps again after the frame.
    this.game.loop.wake();
  }
}
