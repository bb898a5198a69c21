// Watching history: the last turn's moves, and the playback's controls (pause or play on, speed, next turn).
import { C } from '../../src/ui/theme.ts';
import { addText } from '../../src/ui/widgets.ts';
import { dayPart, partyName, playedLabel, u } from '../../src/ui/i18n.ts';
import { ft } from '../../src/ui/flow-text.ts';
import { dom } from '../../src/dom/layer.ts';
import type { TurnRecord } from '../../src/sim/types.ts';
import type { FlowEvent, Speed } from '../../src/flow/types.ts';
import { BOTTOM, type Area } from './area.ts';

export interface WatchInput {
  paused: boolean;
  speed: Speed;
  /** Between turns (not during a resolution): the next one can be asked for. */
  between: boolean;
  send: (e: FlowEvent) => void;
  focus: (id: string) => void;
}

const SPEEDS: Speed[] = [1, 2, 4];

export function drawWatch(area: Area, last: TurnRecord | undefined, o: WatchInput): void {
  const r = BOTTOM;
  const scene = area.scene;
  const sec = dom().section(area.el, u('ui.crisis.watching'), { headingLevel: 2 });
  area.track(addText(scene, r.x + 16, r.y + 12, u('ui.crisis.watching').toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: 900, maxH: 22 }));
  if (last) {
    const when = u('ui.crisis.resolution', dayPart(last.turn));
    area.track(addText(scene, r.x + 22, r.y + 36, when, { size: 'md', serif: true, bold: true, width: 800, maxH: 26 }));
    dom().text(sec, when);
    let y = r.y + 66;
    for (const m of last.moves) {
      const line = u('ui.crisis.by', { party: partyName(m.party), move: playedLabel(m) });
      area.track(addText(scene, r.x + 22, y, line, { size: 'sm', color: C.inkDim, width: 740, maxH: 26 }));
      dom().text(sec, line);
      y += 26;
    }
  }
  drawWatchControls(area, o);
}

/** Speed, pause or play on, and (between turns) the next turn, along the panel's bottom edge. */
export function drawWatchControls(area: Area, o: WatchInput): void {
  const x = BOTTOM.x + BOTTOM.w - 480;
  const y = BOTTOM.y + BOTTOM.h - 54;
  const next = SPEEDS[(SPEEDS.indexOf(o.speed) + 1) % SPEEDS.length];
  area.btn({
    x: x - 180, y, w: 160, h: 42, label: ft('speed', { n: o.speed }), kind: 'secondary', size: 'sm', id: 'watch-speed',
    onClick: () => {
      o.send({ type: 'SPEED', speed: next });
      o.focus('watch-speed');
    },
  });
  area.btn({
    x, y, w: 200, h: 42, label: o.paused ? u('ui.crisis.resume') : u('ui.crisis.pause'), kind: 'secondary', id: 'watch-auto', pressed: o.paused,
    onClick: () => {
      o.send({ type: o.paused ? 'PLAY' : 'PAUSE' });
      o.focus('watch-auto');
    },
  });
  if (o.between) {
    area.btn({ x: x + 220, y, w: 240, h: 42, label: u('ui.crisis.nextTurn'), kind: 'primary', id: 'watch-next', onClick: () => o.send({ type: 'NEXT_TURN' }) });
  }
}
