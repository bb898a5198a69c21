// Canvas widgets paired with their DOM twins. A Button draws on the canvas and handles the mouse there;
// its <button> in the DOM layer sits over the drawing and handles keyboard and assistive technology.
// Both call the same action.
import Phaser from 'phaser';
import { dom, type Rect } from '../dom/layer.ts';
import { C, FONT_SERIF, FONT_UI, SIZE, type SizeName } from './theme.ts';
import { reducedMotion, textScale } from './settings.ts';
import { cue } from './sound.ts';
import { wakeRender } from './on-demand.ts';

export const TEXT_RESOLUTION = 2;

/**
 * Text that could not fit its box even at the smallest size is cut with an ellipsis and reported on the console once
 * per text (a warning a developer or a test sees; the DOM layer still has the full text).
 */
const overflowed = new Set<string>();
function reportOverflow(text: string): void {
  if (overflowed.has(text)) return;
  overflowed.add(text);
  console.warn(`${OVERFLOW_WARNING} ${text}`);
}
export const OVERFLOW_WARNING = 'Text cut to fit:';

export interface TextOpts {
  size?: SizeName | number;
  serif?: boolean;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Wrap at this width and shrink to fit maxH. */
  width?: number;
  maxH?: number;
  align?: 'left' | 'center' | 'right';
  /** Smallest size to shrink to, as a fraction of the wanted size. */
  minScale?: number;
  lineSpacing?: number;
  /** Do not apply the player's text size setting (fixed-size chrome). */
  fixed?: boolean;
  letterSpacing?: number;
}

export function px(size: SizeName | number, fixed = false): number {
  const base = typeof size === 'number' ? size : SIZE[size];
  return Math.round(base * (fixed ? 1 : textScale()));
}

export function addText(scene: Phaser.Scene, x: number, y: number, str: string, o: TextOpts = {}): Phaser.GameObjects.Text {
  const size = px(o.size ?? 'md', o.fixed);
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: o.serif ? FONT_SERIF : FONT_UI,
    fontSize: `${size}px`,
    fontStyle: [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].filter(Boolean).join(' ') || 'normal',
    color: o.color ?? C.ink,
    align: o.align ?? 'left',
    resolution: TEXT_RESOLUTION,
    lineSpacing: o.lineSpacing ?? Math.round(size * 0.22),
  };
  if (o.letterSpacing) style.letterSpacing = o.letterSpacing;
  const t = scene.add.text(x, y, str, style);
  if (o.width) {
    const fit = { w: o.width, h: o.maxH ?? Infinity, size, min: Math.max(11, Math.floor(size * (o.minScale ?? 0.72))) };
    t.setData('fit', fit);
    fitText(t, fit.w, fit.h, fit.size, fit.min);
  }
  return t;
}

/** Change a text made by addText with a width, fitting the new words into the same box. */
export function setFitted(t: Phaser.GameObjects.Text, str: string): void {
  const fit = t.getData('fit') as { w: number; h: number; size: number; min: number } | undefined;
  if (!fit) {
    t.setText(str);
    return;
  }
  t.setFontSize(fit.size);
  t.setText(str);
  fitText(t, fit.w, fit.h, fit.size, fit.min);
}

/** Wrap to maxW and shrink until the text fits maxH; as a last resort cut with an ellipsis and report it. */
export function fitText(t: Phaser.GameObjects.Text, maxW: number, maxH: number, size: number, minSize: number): void {
  t.setWordWrapWidth(maxW, true);
  let s = size;
  const fits = () => t.height <= maxH + 0.5 && t.width <= maxW + 1;
  while (!fits() && s > minSize) {
    s -= 1;
    t.setFontSize(s);
    t.setLineSpacing(Math.round(s * 0.2));
  }
  if (!fits()) {
    const full = t.text;
    reportOverflow(full);
    let words = full.split(' ');
    while (words.length > 1 && !fits()) {
      words = words.slice(0, -1);
      t.setText(words.join(' ') + '…');
    }
  }
}

export type ButtonKind = 'primary' | 'secondary' | 'card' | 'quiet' | 'toggle';

export interface ButtonOpts {
  x: number; y: number; w: number; h: number;
  label: string;
  /** A second, smaller line drawn under the label (not part of the accessible name). */
  sub?: string;
  subColor?: string;
  kind?: ButtonKind;
  size?: SizeName | number;
  disabled?: boolean;
  selected?: boolean;
  align?: 'left' | 'center';
  description?: string;
  id?: string;
  /** aria-pressed for toggles. */
  pressed?: boolean;
  /** A short word drawn at the top right (not part of the accessible name; say it in the description). */
  tag?: string;
  tagColor?: string;
  onClick: () => void;
  /** Called when the pointer enters or keyboard focus arrives. */
  onHover?: () => void;
  parentEl: HTMLElement;
  serif?: boolean;
}

export class Button {
  readonly bg: Phaser.GameObjects.Rectangle;
  readonly text: Phaser.GameObjects.Text;
  readonly subText: Phaser.GameObjects.Text | null = null;
  readonly el: HTMLButtonElement;
  readonly objects: Phaser.GameObjects.GameObject[] = [];
  private hovered = false;
  private armed = false;
  private dead = false;

  constructor(private scene: Phaser.Scene, private o: ButtonOpts) {
    const kind = o.kind ?? 'secondary';
    const pad = kind === 'card' ? 12 : 14;
    this.bg = scene.add.rectangle(o.x, o.y, o.w, o.h, 0x000000).setOrigin(0, 0);
    this.bg.setRounded(6);
    const center = (o.align ?? (kind === 'card' ? 'left' : 'center')) === 'center';
    const innerW = o.w - pad * 2;
    const subH = o.sub ? Math.min(o.h * 0.42, px('sm') * 1.5 + 4) : 0;
    const innerH = o.h - (kind === 'card' ? 6 : 10) - subH;
    // A tag (e.g. "Blocked") sits at the top right, in words; the label makes room for it.
    let tagW = 0;
    if (o.tag) {
      const tag = addText(scene, 0, 0, o.tag.toUpperCase(), { size: 11, bold: true, fixed: true, color: o.tagColor ?? C.inkDim, letterSpacing: 0.5 });
      tag.setPosition(o.x + o.w - tag.width - 8, o.y + 5);
      tagW = tag.width + 10;
      this.objects.push(tag);
    }
    this.text = addText(scene, 0, 0, o.label, {
      size: o.size ?? 'md', bold: kind !== 'quiet', width: innerW - tagW, maxH: innerH, align: center ? 'center' : 'left', serif: o.serif,
      minScale: kind === 'card' ? 0.62 : undefined,
    });
    if (o.sub) {
      this.subText = addText(scene, 0, 0, o.sub, { size: 'xs', width: innerW, maxH: subH, align: center ? 'center' : 'left', color: o.subColor ?? C.inkDim });
    }
    const blockH = this.text.height + (this.subText ? this.subText.height + 2 : 0);
    const top = o.y + (o.h - blockH) / 2;
    this.text.setPosition(center ? o.x + (o.w - this.text.width) / 2 : o.x + pad, top);
    if (this.subText) this.subText.setPosition(center ? o.x + (o.w - this.subText.width) / 2 : o.x + pad, top + this.text.height + 2);
    this.objects.push(this.bg, this.text);
    if (this.subText) this.objects.push(this.subText);

    this.text.once(Phaser.GameObjects.Events.DESTROY, () => { this.dead = true; });
    this.bg.once(Phaser.GameObjects.Events.DESTROY, () => { this.dead = true; });
    this.bg.setInteractive({ useHandCursor: true });
    this.bg.on('pointerover', () => { this.hovered = true; this.paint(); this.o.onHover?.(); });
    this.bg.on('pointerout', () => { this.hovered = false; this.armed = false; this.paint(); });
    this.bg.on('pointerdown', () => { this.armed = true; });
    this.bg.on('pointerup', () => {
      if (!this.armed) return;
      this.armed = false;
      this.activate();
    });

    this.el = dom().button(o.parentEl, {
      label: o.label,
      rect: { x: o.x, y: o.y, w: o.w, h: o.h },
      description: o.description,
      disabled: o.disabled,
      pressed: o.pressed,
      current: o.selected && o.pressed === undefined ? true : undefined,
      id: o.id,
      onActivate: () => this.activate(),
      onFocusChange: (f) => { this.hovered = f; this.paint(); if (f) this.o.onHover?.(); },
    });
    this.paint();
  }

  private activate(): void {
    if (this.dead) return;
    wakeRender();
    if (this.o.disabled) cue('blocked');
    else cue('select');
    this.o.onClick();
  }

  get rect(): Rect {
    return { x: this.o.x, y: this.o.y, w: this.o.w, h: this.o.h };
  }

  private paint(): void {
    if (this.dead) return;
    const kind = this.o.kind ?? 'secondary';
    const sel = !!this.o.selected;
    const dis = !!this.o.disabled;
    const h = this.hovered;
    let fill: number = C.panelHi;
    let stroke: number = C.line;
    let sw = 1;
    let ink: string = C.ink;
    switch (kind) {
      case 'primary':
        fill = dis ? C.panelHi : h ? 0xe8c978 : C.brass;
        stroke = dis ? C.line : C.brass;
        ink = dis ? C.inkDim : C.brassInk;
        break;
      case 'secondary':
        fill = h ? 0x2b3542 : C.panelHi;
        stroke = h ? C.brass : C.line;
        break;
      case 'quiet':
        fill = h ? C.panelHi : C.panel;
        stroke = h ? C.brass : C.panel;
        ink = C.inkDim;
        break;
      case 'card':
      case 'toggle':
        fill = sel ? 0x2a2618 : h ? 0x232b36 : C.panel;
        stroke = sel ? C.brass : h ? 0x7f8a99 : C.line;
        sw = sel ? 3 : 1;
        ink = dis ? C.inkDim : C.ink;
        break;
    }
    this.bg.setFillStyle(fill, 1);
    this.bg.setStrokeStyle(sw, stroke, 1);
    this.text.setColor(ink);
    if (kind === 'primary' && this.subText) this.subText.setColor(dis ? C.inkDim : C.brassInk);
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.el.remove();
  }
}

export function panel(scene: Phaser.Scene, r: Rect, opts: { fill?: number; stroke?: number; radius?: number; alpha?: number } = {}): Phaser.GameObjects.Rectangle {
  const p = scene.add.rectangle(r.x, r.y, r.w, r.h, opts.fill ?? C.panel, opts.alpha ?? 1).setOrigin(0, 0);
  p.setRounded(opts.radius ?? 8);
  p.setStrokeStyle(1, opts.stroke ?? C.line, 1);
  return p;
}

/** A small section label: UPPERCASE tracking in brass. */
export function kicker(scene: Phaser.Scene, x: number, y: number, str: string, width = 300): Phaser.GameObjects.Text {
  return addText(scene, x, y, str.toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width, maxH: 22 });
}

/** Tween a number shown in a text, or jump to it when motion is reduced. */
export function tweenNumber(scene: Phaser.Scene, from: number, to: number, onValue: (v: number) => void, duration = 600): void {
  if (reducedMotion() || from === to) {
    onValue(to);
    return;
  }
  wakeRender();
  const state = { v: from };
  scene.tweens.add({ targets: state, v: to, duration, ease: 'Cubic.easeOut', onUpdate: () => onValue(state.v), onComplete: () => onValue(to) });
}

export function fadeIn(scene: Phaser.Scene, targets: Phaser.GameObjects.GameObject[], duration = 260): void {
  if (reducedMotion()) return;
  for (const t of targets) (t as unknown as { alpha: number }).alpha = 0;
  scene.tweens.add({ targets, alpha: 1, duration, ease: 'Sine.easeOut' });
}
