// The crisis screen's header: the turn and its clock, the week as a calendar strip with the deadlines, the
// rulebook, and the menu.
import type Phaser from 'phaser';
import { C, GAME_W } from '../../src/ui/theme.ts';
import { addText, Button } from '../../src/ui/widgets.ts';
import { clockText, momentShort, rulebookText, u } from '../../src/ui/i18n.ts';
import { dom } from '../../src/dom/layer.ts';
import { LAST_TURN, PROLOGUE_TURN, turnClock } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/types.ts';
import { deadlinesOf } from '../../src/flow/facts.ts';
import type { UiKey } from '../../src/ui-text/index.ts';

const HEAD_H = 88;

export function clockLabel(turn: number): string {
  if (turn === PROLOGUE_TURN) return `${u('ui.crisis.prologue')}: ${clockText(turn)}`;
  return `${clockText(turn)} · ${u('ui.crisis.turn', { n: turn + 1, last: LAST_TURN + 1 })}`;
}

/** The deadlines ahead (or just passed), in words, each at the moment the simulation gives it. */
export function deadlinesLine(game: GameState): string {
  const ds = deadlinesOf(game).filter((d) => d.turn >= game.turn - 1);
  if (ds.length === 0) return u('ui.crisis.noDeadline');
  return `${u('ui.crisis.deadlines')}: ` + ds.map((d) => u('ui.crisis.deadlineAt', { what: u(`ui.crisis.deadline.${d.kind}` as UiKey), day: momentShort(new Date(d.at)), hour: '' }).trim()).join(' · ');
}

/** `turnNow` is the turn shown: while a turn resolves, still that turn; it moves on when the player continues. */
export function drawHeader(scene: Phaser.Scene, main: HTMLElement, game: GameState, turnNow: number, onMenu: () => void): void {
  scene.add.rectangle(0, 0, GAME_W, HEAD_H, 0x0b0e12).setOrigin(0, 0);
  scene.add.rectangle(0, HEAD_H - 1, GAME_W, 1, C.line).setOrigin(0, 0);
  scene.add.rectangle(0, 0, GAME_W, 4, C.brass).setOrigin(0, 0);
  const k = turnClock(turnNow);
  const label = turnNow === PROLOGUE_TURN ? u('ui.crisis.prologue') : u('ui.crisis.turn', { n: turnNow + 1, last: LAST_TURN + 1 });
  addText(scene, 24, 14, label.toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: 300, maxH: 20 });
  addText(scene, 24, 34, `${u(`ui.day.${k.day}` as UiKey)} ${k.date}`, { size: 'xl', serif: true, bold: true, width: 230, maxH: 34 });
  addText(scene, 24, 64, `${String(k.startHour).padStart(2, '0')}:00–${String(k.endHour).padStart(2, '0')}:00 PT · ${u(`ui.part.${k.part}` as UiKey)}`, {
    size: 'xs', color: C.inkDim, width: 240, maxH: 20,
  });

  // The calendar strip: seven days, four parts each; past, now, and deadlines marked.
  const days = ['fri', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const;
  const x0 = 290;
  const cellW = 22;
  const gap = 2;
  const dayW = cellW * 4 + gap * 3 + 14;
  const y0 = 34;
  const dls = deadlinesOf(game);
  for (let d = 0; d < days.length; d++) {
    const dx = x0 + d * dayW;
    const kk = turnClock(d * 4 - 2);
    addText(scene, dx, 12, `${u(`ui.dayShort.${days[d]}` as UiKey)} ${kk.date}`, { size: 12, bold: true, color: C.inkDim, fixed: true, width: dayW - 8, maxH: 18 });
    for (let p = 0; p < 4; p++) {
      const turn = d * 4 + p - 2;
      const cx = dx + p * (cellW + gap);
      const now = turn === turnNow;
      const past = turn < turnNow;
      const cell = scene.add.rectangle(cx, y0, cellW, 20, now ? C.brass : past ? 0x3a4452 : C.panelHi).setOrigin(0, 0);
      cell.setStrokeStyle(1, now ? 0xfff0c0 : C.line);
      // "Now" is also marked by a caret, not by colour alone.
      if (now) scene.add.triangle(cx + cellW / 2, y0 + 27, 0, 7, 6, 0, 12, 7, C.brass).setOrigin(0.5, 0.5);
      for (const dl of dls) {
        if (dl.turn !== turn) continue;
        // A deadline is a post standing taller than the cells, where it falls in its turn; the line below names it.
        const postX = dl.kind === 'market-open' ? cx + 3 : cx + cellW - 3;
        const mark = scene.add.rectangle(postX, y0 - 4, 6, 28, dl.kind === 'market-open' ? 0x6fa8dc : C.danger).setOrigin(0, 0);
        mark.setStrokeStyle(1, 0x0b0e12);
      }
    }
  }
  const dlT = addText(scene, x0, 66, deadlinesLine(game), { size: 'xs', color: C.inkDim, width: 7 * dayW - 20, maxH: 20 });

  // The rulebook this run is played under, on the deadlines' line at the right: its switches by name, or
  // their number when the names do not fit (the DOM layer always has the names).
  const full = u('ui.rules.label', { rules: rulebookText(game.rules) });
  dom().text(main, full).id = 'rulebook';
  const room = GAME_W - 32 - (x0 + dlT.width + 32);
  const options = game.rules.length > 1 ? [full, u('ui.rules.label', { rules: u('ui.rules.count', { n: game.rules.length }) })] : [full];
  for (const text of options) {
    const t = addText(scene, GAME_W - 32, 66, text, { size: 'xs', color: game.rules.length ? C.brassCss : C.inkDim });
    if (t.width <= room) {
      t.setOrigin(1, 0);
      break;
    }
    t.destroy();
  }

  new Button(scene, {
    x: GAME_W - 110, y: 22, w: 94, h: 40, label: u('ui.crisis.menu'), kind: 'quiet', size: 'sm', id: 'crisis-menu', parentEl: main, onClick: onMenu,
  });
}
