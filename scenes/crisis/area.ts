// A part of the crisis screen that redraws alone (the bottom panel): the canvas objects it drew and its DOM.
import type Phaser from 'phaser';
import { Button, type ButtonOpts } from '../../src/ui/widgets.ts';

export class Area {
  private objects: Phaser.GameObjects.GameObject[] = [];
  constructor(readonly scene: Phaser.Scene, readonly el: HTMLElement) {}

  /** Keep a drawn object so the area can be cleared. */
  track<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.objects.push(o);
    return o;
  }

  /** A button drawn in this area, its DOM twin in the area's element unless another parent is given. */
  btn(o: Omit<ButtonOpts, 'parentEl'> & { parentEl?: HTMLElement }): Button {
    const b = new Button(this.scene, { parentEl: this.el, ...o });
    this.objects.push(...b.objects);
    return b;
  }

  clear(): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
    this.el.textContent = '';
  }
}

/** The bottom panel, where the moves, a resolution or the watch controls are drawn; its list takes the left part. */
export const BOTTOM = { x: 16, y: 408, w: 1248, h: 300 };
export const LIST_W = 540;
