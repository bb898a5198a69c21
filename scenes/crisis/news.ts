// The news: the newest items on the canvas as a newspaper column, and the whole run in a live log for assistive
// technology (it only ever grows, so a screen reader hears what is added, not a rebuilt page).
import type Phaser from 'phaser';
import { C } from '../../src/ui/theme.ts';
import { addText, panel } from '../../src/ui/widgets.ts';
import { msg, u, whenText } from '../../src/ui/i18n.ts';
import type { Rect } from '../../src/dom/layer.ts';
import type { NewsItem, TurnRecord } from '../../src/sim/types.ts';

const NEWS: Rect = { x: 864, y: 96, w: 400, h: 300 };

function newsOf(log: readonly TurnRecord[]): { item: NewsItem; turn: number }[] {
  return log.flatMap((rec) => rec.news.map((item) => ({ item, turn: rec.turn })));
}

/** The first source's site, for the mark on the canvas; the DOM log carries the full source. */
function shortSource(src: string | undefined): string {
  if (!src) return '';
  const first = src.split(/[;,\s]+/).find(Boolean) ?? src;
  return first.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0];
}

function newsText(n: NewsItem): { head: string; mark: string; quote: string | null } {
  const head = msg(n.msg);
  const mark = n.historical ? `${u('ui.crisis.historicalMark')} · ${shortSource(n.source)}` : u('ui.crisis.simulated');
  const quote = n.quote ? u('ui.crisis.quote', { text: n.quote.text, by: n.quote.by, date: n.quote.date }) : null;
  return { head, mark, quote };
}

export class NewsLog {
  readonly el: HTMLElement;
  private count = 0;

  constructor() {
    this.el = document.createElement('section');
    this.el.setAttribute('role', 'log');
    this.el.setAttribute('aria-label', u('ui.crisis.news'));
    this.el.className = 'sr-only';
    this.el.id = 'news-log';
  }

  /** Append the news of these turns not yet in the log. */
  sync(log: readonly TurnRecord[]): void {
    const all = newsOf(log);
    for (let i = this.count; i < all.length; i++) {
      const { item, turn } = all[i];
      const t = newsText(item);
      const art = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = `${whenText(turn)}. ${t.head}${t.quote ? ' ' + t.quote : ''} (${item.historical ? u('ui.crisis.historical', { source: item.source ?? '' }) : u('ui.crisis.simulatedLong')})`;
      art.appendChild(p);
      this.el.appendChild(art);
    }
    this.count = Math.max(this.count, all.length);
  }
}

/** The newest items that fit, newest first. */
export function drawNews(scene: Phaser.Scene, log: readonly TurnRecord[]): void {
  const r = NEWS;
  panel(scene, r, { fill: C.paper, stroke: 0xcfc6b2 });
  scene.add.tileSprite(r.x + 1, r.y + 1, r.w - 2, r.h - 2, 'paper').setOrigin(0, 0).setAlpha(0.6);
  addText(scene, r.x + 16, r.y + 10, u('ui.crisis.news'), { size: 'lg', serif: true, bold: true, color: C.paperInk, width: 200, maxH: 28 });
  scene.add.rectangle(r.x + 16, r.y + 40, r.w - 32, 2, 0x1d1b17).setOrigin(0, 0);
  const items = newsOf(log).reverse();
  if (items.length === 0) {
    addText(scene, r.x + 16, r.y + 52, u('ui.crisis.noNews'), { size: 'sm', italic: true, serif: true, color: C.paperDim, width: r.w - 32 });
    return;
  }
  let y = r.y + 50;
  const bottom = r.y + r.h - 10;
  const w = r.w - 32;
  for (const { item, turn } of items) {
    if (y > bottom - 40) break;
    const t = newsText(item);
    const mark = addText(scene, r.x + 16, y, `${whenText(turn).toUpperCase()} · ${t.mark}`, {
      size: 11, bold: true, color: item.historical ? C.sourceMark : C.simMark, letterSpacing: 0.5, width: w, maxH: 28, fixed: true,
    });
    y += mark.height + 2;
    const room = bottom - y;
    const head = addText(scene, r.x + 16, y, t.head, { size: 'sm', serif: true, bold: !!item.historical, color: C.paperInk, width: w });
    if (head.height > room) {
      head.destroy();
      mark.destroy();
      break;
    }
    y += head.height + 2;
    if (t.quote && bottom - y > 30) {
      const q = addText(scene, r.x + 24, y, t.quote, { size: 'xs', serif: true, italic: true, color: C.paperDim, width: w - 8 });
      if (q.y + q.height > bottom) q.destroy();
      else y += q.height + 2;
    }
    scene.add.rectangle(r.x + 16, y + 4, w, 1, 0xc9bfa9).setOrigin(0, 0);
    y += 10;
  }
}
