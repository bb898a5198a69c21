// Ending: the outcome, every party's score, and the run's timeline.
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_W } from '../src/ui/theme.ts';
import { addText, Button, fadeIn, kicker, panel, px, tweenNumber } from '../src/ui/widgets.ts';
import { c, moveTitle, partyName, playedLabel, rulebookText, u, whenText } from '../src/ui/i18n.ts';
import { cue } from '../src/ui/sound.ts';
import { dom } from '../src/dom/layer.ts';
import { PROLOGUE_TURN, scoresFor } from '../src/sim/index.ts';
import { PARTIES, type PartyId } from '../src/sim/ids.ts';
import type { GameState } from '../src/sim/types.ts';
import type { UiKey } from '../src/ui-text/index.ts';

export class EndingScene extends UiScene {
  constructor() {
    super('ending');
  }

  override create(): void {
    super.create();
    cue('ending');
  }

  private get run(): GameState {
    return this.snap.context.game!;
  }

  private outcomeTitle(): string {
    const id = this.run.outcome!.id;
    return c(`outcome.${id}.title`, undefined, id);
  }

  protected heading(): string {
    return this.outcomeTitle();
  }
  protected override headingRect() {
    return { x: 48, y: 58, w: 660, h: 100 };
  }

  protected build(main: HTMLElement): void {
    const humans: readonly string[] = this.snap.context.humans;
    const st = this.run;
    const out = st.outcome!;
    this.add.rectangle(0, 0, GAME_W, 6, C.brass).setOrigin(0, 0);
    // The outcome, like a front page.
    kicker(this, 48, 28, `${u('ui.ending.heading')} · ${u('ui.ending.turnOf', { day: whenText(out.turn), part: '' }).replace(/[\s,]+$/, '')}`, 660);
    const title = addText(this, 48, 58, this.outcomeTitle(), { size: 'xxl', serif: true, bold: true, width: 660, maxH: 100 });
    this.add.rectangle(48, title.y + title.height + 12, 660, 2, C.brass).setOrigin(0, 0);
    const summary = c(`outcome.${out.id}.summary`, undefined, '');
    const sumT = addText(this, 48, title.y + title.height + 26, summary, { size: 'md', serif: true, color: C.inkDim, width: 660, maxH: 110, minScale: 0.7 });
    dom().text(main, summary);
    // The rulebook the run was played under, so runs under different rules can be told apart.
    const rules = u('ui.rules.label', { rules: rulebookText(st.rules) });
    const rulesT = addText(this, 48, sumT.y + sumT.height + 8, rules, {
      size: 'xs', bold: true, color: st.rules.length ? C.brassCss : C.inkDim, width: 660, maxH: 56, minScale: 0.72,
    });
    dom().text(main, rules).id = 'ending-rulebook';
    fadeIn(this, [title, sumT, rulesT]);
    this.drawFinalFigures(main, Math.max(rulesT.y + rulesT.height + 14, 200));

    // Scores: every party, the ones played here marked in words.
    const sr = { x: 740, y: 28, w: 500, h: 300 };
    panel(this, sr);
    const scoresSec = dom().section(main, u('ui.ending.scores'), { headingLevel: 2 });
    kicker(this, sr.x + 18, sr.y + 14, u('ui.ending.scores'), 300);
    const scores = scoresFor(st);
    const ul = document.createElement('ul');
    ul.className = 'sr-only';
    scoresSec.appendChild(ul);
    const order = [...PARTIES].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    const rowH = (sr.h - 46) / order.length;
    order.forEach((p, i) => {
      const y = sr.y + 40 + i * rowH;
      const mine = humans.includes(p);
      const name = `${partyName(p)}${mine ? ` (${u('ui.ending.youPlayed')})` : ''}`;
      addText(this, sr.x + 18, y + 2, name, { size: 'sm', bold: mine, color: mine ? C.brassCss : C.ink, width: 230, maxH: rowH - 4 });
      const bx = sr.x + 256;
      const bw = sr.w - 256 - 62;
      this.add.rectangle(bx, y + 8, bw, 10, 0x2c3643).setOrigin(0, 0);
      const fill = this.add.rectangle(bx, y + 8, 0, 10, mine ? C.brass : 0x9fb3c8).setOrigin(0, 0);
      const num = addText(this, sr.x + sr.w - 18, y + 2, '0', { size: 'sm', bold: true });
      num.setOrigin(1, 0);
      const score = Math.round(scores[p as PartyId] ?? 0);
      tweenNumber(this, 0, score, (v) => { fill.width = (bw * v) / 100; num.setText(String(Math.round(v))); }, 900);
      const li = document.createElement('li');
      li.textContent = u('ui.ending.score', { party: name, score });
      ul.appendChild(li);
    });

    // The run's timeline: when, and what the player(s) did (in watch mode, the first headline).
    const tr = { x: 48, y: 344, w: 1192, h: 290 };
    panel(this, tr);
    const tlSec = dom().section(main, u('ui.ending.timeline'), { headingLevel: 2 });
    kicker(this, tr.x + 18, tr.y + 14, u('ui.ending.timeline'), 400);
    const ol = document.createElement('ol');
    ol.className = 'sr-only';
    tlSec.appendChild(ol);
    const rows = st.log;
    const cols = rows.length > 13 ? 2 : 1;
    const perCol = Math.ceil(rows.length / cols);
    const colW = (tr.w - 36 - (cols - 1) * 24) / cols;
    const lineH = Math.min(30, (tr.h - 44) / Math.max(1, perCol));
    rows.forEach((rec, i) => {
      const col = Math.floor(i / perCol);
      const x = tr.x + 18 + col * (colW + 24);
      const y = tr.y + 40 + (i % perCol) * lineH;
      const when = rec.turn === PROLOGUE_TURN ? u('ui.crisis.prologue') : whenText(rec.turn);
      const mine = rec.moves.filter((m) => humans.includes(m.party));
      // Each line: what the player did; where the player did not move (the prologue, watch mode), who did what.
      const shown = mine.length ? mine : rec.moves.slice(0, 1);
      const brief = shown.map((m) => (humans.length === 1 && mine.length ? moveTitle(m.move) : `${partyName(m.party)}: ${moveTitle(m.move)}`)).join(' · ');
      const full = shown.map((m) => (humans.length === 1 && mine.length ? playedLabel(m) : `${partyName(m.party)}: ${moveTitle(m.move)}`)).join(' · ');
      // With the options chosen when they fit the line; the list read by screen readers always has them.
      const what = this.fitsLine(full, colW - 148, lineH - 2) ? full : brief;
      addText(this, x, y, when, { size: 12, bold: true, color: C.brassCss, width: 140, maxH: lineH - 2, fixed: true });
      addText(this, x + 144, y, what, { size: 'xs', color: mine.length ? C.ink : C.inkDim, width: colW - 148, maxH: lineH - 2, minScale: 0.7 });
      const li = document.createElement('li');
      li.textContent = `${when}: ${rec.moves.map((m) => `${partyName(m.party)}: ${playedLabel(m)}`).join('; ')}.`;
      ol.appendChild(li);
    });

    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', u('ui.ending.heading'));
    main.appendChild(nav);
    new Button(this, { x: 48, y: 652, w: 240, h: 50, label: u('ui.ending.again'), kind: 'primary', id: 'ending-again', parentEl: nav, onClick: () => this.send({ type: 'PLAY_AGAIN' }) });
    new Button(this, { x: 304, y: 652, w: 240, h: 50, label: u('ui.ending.title'), kind: 'secondary', id: 'ending-title', parentEl: nav, onClick: () => this.send({ type: 'MENU' }) });
  }

  /** Whether a timeline entry fits its box at the smallest size it may shrink to. */
  private fitsLine(text: string, width: number, height: number): boolean {
    const size = Math.max(11, Math.floor(px('xs') * 0.7));
    const t = addText(this, -1000, -1000, text, { size, fixed: true });
    t.setWordWrapWidth(width, true);
    const fits = t.height <= height + 0.5 && t.width <= width + 1;
    t.destroy();
    return fits;
  }

  /** Where things stand at the end: who runs the company, where Altman is, the staff, the money. */
  private drawFinalFigures(main: HTMLElement, y: number): void {
    const w = this.run.world;
    const departed = w.departures.microsoft + w.departures.salesforce + w.departures.newco + w.departures.other;
    const figures: [string, string][] = [
      [u('ui.crisis.ceoChair'), u(`ui.crisis.ceo.${w.ceo}` as UiKey)],
      [u('ui.crisis.altmanAt'), u(`ui.crisis.altmanAt.${w.altmanAt}` as UiKey)],
      [u('ui.crisis.staff'), `${w.staff}`],
      [u('ui.crisis.departures'), `${departed}`],
      [u('ui.crisis.signatures'), `${w.signatures}`],
      [u('ui.crisis.valuationLabel'), u('ui.crisis.valuation', { n: Math.round(w.valuation) })],
    ];
    const colW = 660 / 3;
    const rowH = 50;
    // The second row's value ends 46 below its top; the timeline panel starts at 344.
    if (y + rowH + 46 > 340) return;
    figures.forEach(([label, value], i) => {
      const x = 48 + (i % 3) * colW;
      const yy = y + Math.floor(i / 3) * rowH;
      addText(this, x, yy, label.toUpperCase(), { size: 11, bold: true, fixed: true, color: C.brassCss, letterSpacing: 1, width: colW - 16, maxH: 16 });
      addText(this, x, yy + 16, value, { size: 'lg', serif: true, bold: true, width: colW - 16, maxH: 34, minScale: 0.5 });
    });
    dom().list(main, figures.map(([l, v]) => `${l}: ${v}`));
  }
}
