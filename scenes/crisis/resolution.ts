// What happened: the turn's steps in resolution order, each opened to say which numbers moved and why, then
// Continue (or, while the steps still come, Show all).
import { C } from '../../src/ui/theme.ts';
import { addText } from '../../src/ui/widgets.ts';
import { c, causeText, dayPart, metricName, moveTitle, partyName, playedLabel, u } from '../../src/ui/i18n.ts';
import { reducedMotion } from '../../src/ui/settings.ts';
import { dom } from '../../src/dom/layer.ts';
import type { Change } from '../../src/sim/types.ts';
import type { Step } from '../../src/flow/facts.ts';
import type { FlowEvent, Resolution } from '../../src/flow/types.ts';
import type { UiKey } from '../../src/ui-text/index.ts';
import { BOTTOM, LIST_W, type Area } from './area.ts';
import { fmtNum, mergeChanges } from './view.ts';

export interface ResolutionInput {
  res: Resolution;
  steps: Step[];
  humans: readonly string[];
  gameOver: boolean;
  send: (e: FlowEvent) => void;
  focus: (id: string) => void;
}

/** A step's title ("Microsoft (you): Offer all staff jobs"), short or with the move's parameters. */
export function stepLabel(step: Step, humans: readonly string[], full: boolean): string {
  if (!step.party || !step.move) return u('ui.crisis.worldReacts');
  const who = partyName(step.party) + (humans.includes(step.party) ? ` (${u('ui.crisis.you')})` : '');
  return u('ui.crisis.by', { party: who, move: full ? playedLabel({ party: step.party, move: step.move, params: step.params }) : moveTitle(step.move) });
}

function changeText(ch: Change): string {
  let name = metricName(ch.metric);
  if (ch.metric === 'departures' && ch.detail) name = `${u('ui.crisis.departures')} (${u(`ui.crisis.dest.${ch.detail}` as UiKey)})`;
  if (ch.metric === 'resolve' && ch.detail) name = `${c(`director.${ch.detail}`, undefined, ch.detail)} (${u('ui.metric.resolve').toLowerCase()})`;
  if (ch.metric === 'valuation') name = u('ui.crisis.valuationLabel');
  let from = fmtNum(ch.metric, ch.from);
  let to = fmtNum(ch.metric, ch.to);
  if (ch.metric === 'ceo' || ch.metric === 'altmanAt' || ch.metric === 'tender') {
    from = u(`ui.crisis.${ch.metric}.${ch.from}` as UiKey);
    to = u(`ui.crisis.${ch.metric}.${ch.to}` as UiKey);
  }
  if (ch.metric === 'seat') {
    name = `${c(`director.${ch.detail}`, undefined, ch.detail ?? '')} (${metricName('seat').toLowerCase()})`;
    [from, to] = [ch.from, ch.to].map((v) => u(v === 'seated' ? 'ui.crisis.seated' : 'ui.crisis.gone'));
  }
  const arrow = typeof ch.from === 'number' && typeof ch.to === 'number' ? (ch.to > ch.from ? ' ▲' : ' ▼') : '';
  return `${u('ui.change', { metric: name, from, to })}${arrow}`;
}

/** A step's changes in words, grouped by their cause (a move, or a rule of the world). */
export function stepText(step: Step, sep = ' '): string {
  const groups = new Map<string, Change[]>();
  for (const ch of mergeChanges(step.changes)) {
    const list = groups.get(ch.cause) ?? [];
    list.push(ch);
    groups.set(ch.cause, list);
  }
  if (groups.size === 0) return u('ui.crisis.noChange');
  const out: string[] = [];
  for (const [cause, list] of groups) {
    // Directors' resolve moves in a block: one entry, "Resolve: Sutskever 29 → 26, Toner 76 → 74".
    const resolve = list.filter((ch) => ch.metric === 'resolve');
    const others = list.filter((ch) => ch.metric !== 'resolve').map(changeText);
    if (resolve.length) {
      others.push(`${metricName('resolve')}: ${resolve.map((ch) => `${c(`director.${ch.detail}`, undefined, ch.detail ?? '')} ${fmtNum('resolve', ch.from)} → ${fmtNum('resolve', ch.to)}`).join(', ')}`);
    }
    const body = others.join('  ·  ');
    const why = causeText(cause);
    out.push(step.party ? body : `${why.charAt(0).toUpperCase()}${why.slice(1)}: ${body}`);
  }
  return out.join(sep);
}

export function drawResolution(area: Area, o: ResolutionInput): void {
  const r = BOTTOM;
  const scene = area.scene;
  const { res, steps } = o;
  const when = dayPart(res.record.turn);
  const sec = dom().section(area.el, u('ui.crisis.resolution', when), { headingLevel: 2 });
  const kick = `${u('ui.crisis.resolution', when)} · ${u('ui.crisis.resolutionStep', { n: res.shown, total: res.total })}`;
  area.track(addText(scene, r.x + 16, r.y + 12, kick.toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: LIST_W - 32, maxH: 22 }));
  // The steps in resolution order; each one can be opened to see why its numbers moved.
  const ol = document.createElement('ol');
  sec.appendChild(ol);
  const rowH = Math.min(38, Math.floor((r.h - 40 - 12) / steps.length));
  const open = Math.min(res.open ?? res.shown - 1, res.shown - 1);
  steps.forEach((step, i) => {
    const y = r.y + 34 + i * rowH;
    const li = document.createElement('li');
    ol.appendChild(li);
    if (i >= res.shown) {
      area.track(scene.add.rectangle(r.x + 24, y + rowH / 2 - 2, 6, 6, C.line).setOrigin(0, 0.5));
      return;
    }
    const label = stepLabel(step, o.humans, false);
    const full = stepLabel(step, o.humans, true);
    const b = area.btn({
      x: r.x + 16, y, w: LIST_W - 40, h: rowH - 4, label, kind: 'card', size: 'xs', selected: i === open, id: `step-${i}`, parentEl: li,
      description: `${full !== label ? full + '. ' : ''}${stepText(step)}`,
      onClick: () => {
        o.send({ type: 'OPEN_STEP', step: i });
        o.focus(`step-${i}`);
      },
    });
    if (step.party && o.humans.includes(step.party)) area.track(scene.add.rectangle(r.x + 16, y, 4, rowH - 4, C.brass).setOrigin(0, 0));
    if (i === res.shown - 1 && !reducedMotion()) {
      for (const obj of b.objects) (obj as unknown as { alpha: number }).alpha = 0;
      scene.tweens.add({ targets: b.objects, alpha: 1, duration: 220 });
    }
  });
  area.track(scene.add.rectangle(r.x + LIST_W, r.y + 16, 1, r.h - 32, C.line).setOrigin(0, 0));
  // Why the numbers moved, for the open step.
  const x = r.x + LIST_W + 24;
  const w = r.x + r.w - x - 20;
  if (open >= 0) {
    const step = steps[open];
    const title = area.track(addText(scene, x, r.y + 12, stepLabel(step, o.humans, true), { size: 'lg', serif: true, bold: true, width: w, maxH: 62, minScale: 0.65 }));
    const top = title.y + title.height + 8;
    area.track(addText(scene, x, top, stepText(step, '\n'), { size: 'sm', color: C.inkDim, width: w, maxH: r.y + r.h - 66 - top, minScale: 0.6, lineSpacing: 5 }));
  }
  if (res.shown < res.total) {
    area.btn({ x: r.x + r.w - 200, y: r.y + r.h - 54, w: 180, h: 42, label: u('ui.crisis.skip'), kind: 'secondary', id: 'res-skip', onClick: () => o.send({ type: 'SKIP' }) });
  } else {
    const label = o.gameOver ? u('ui.crisis.toEnding') : u('ui.crisis.continue');
    area.btn({ x: r.x + r.w - 260, y: r.y + r.h - 54, w: 240, h: 42, label, kind: 'primary', id: 'res-continue', onClick: () => o.send({ type: 'CONTINUE' }) });
  }
}
