// The crisis, the main scene: the clock and deadlines, the parties around the table, the numbers, the news,
// your moves as cards, and the resolution of each turn move by move. It holds no rules: it draws the
// simulation's snapshot and sends the player's choice through src/ui/session.ts to src/sim.
import Phaser from 'phaser';
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_W } from '../src/ui/theme.ts';
import { addText, Button, kicker, panel, px, setFitted, tweenNumber } from '../src/ui/widgets.ts';
import {
  c, causeText, clockText, conceptTitle, metricName, moveExplain, moveTitle, msg, optionLabel, partyName, playedLabel, rulebookText, u,
  whenText,
} from '../src/ui/i18n.ts';
import { activeHumans, advance, check, chooser, lockIn, session, type Session } from '../src/ui/session.ts';
import { reducedMotion, textScale } from '../src/ui/settings.ts';
import { cue } from '../src/ui/sound.ts';
import { dom, type Rect } from '../src/dom/layer.ts';
import { LAST_TURN, moveMenu, turnClock } from '../src/sim/index.ts';
import { DEPARTURE_DESTINATIONS, type Destination, type PartyId } from '../src/sim/ids.ts';
import type { Change, Deadline, Director, GameState, Message, MoveCard, NewsItem, PlayedMove, TurnRecord, World } from '../src/sim/types.ts';
import type { UiKey } from '../src/ui-text/index.ts';

// Layout, in game pixels.
const HEAD: Rect = { x: 0, y: 0, w: GAME_W, h: 88 };
const TABLE: Rect = { x: 16, y: 96, w: 420, h: 300 };
const NUMS: Rect = { x: 448, y: 96, w: 404, h: 300 };
const NEWS: Rect = { x: 864, y: 96, w: 400, h: 300 };
const MOVES: Rect = { x: 16, y: 408, w: 1248, h: 300 };
const LIST_W = 540;
const PER_PAGE = 10;

const DEST_COLOURS: Record<Destination, number> = { microsoft: 0x6fa8dc, salesforce: 0x86d1b0, newco: 0xd9b45a, other: 0xb59cd6 };

/** The numbers on the dashboard, as currently displayed (they move during a resolution). */
interface View {
  staff: number;
  signatures: number;
  departures: Record<Destination, number>;
  continuity: number;
  boardCredibility: number;
  investorPressure: number;
  microsoftConfidence: number;
  missionSafeguards: number;
  valuation: number;
  msftPrice: number;
  directors: Director[];
  ceo: string;
  altmanAt: string;
  tender: string;
}

function viewOf(w: World): View {
  return {
    staff: w.staff, signatures: w.signatures, departures: { ...w.departures }, continuity: w.continuity,
    boardCredibility: w.boardCredibility, investorPressure: w.investorPressure, microsoftConfidence: w.microsoftConfidence,
    missionSafeguards: w.missionSafeguards, valuation: w.valuation, msftPrice: w.msftPrice,
    directors: w.directors.map((d) => ({ ...d })), ceo: w.ceo, altmanAt: w.altmanAt, tender: w.tender,
  };
}

/** One step of a resolution: a party's move and the changes it caused. */
interface Step {
  party: PartyId | null;
  label: string;
  /** The label with the move's parameters. */
  full: string;
  changes: Change[];
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'resolve'; record: TurnRecord; steps: Step[]; shown: number; before: View }
  | { kind: 'watch-idle' };

const fmtNum = (metric: string, v: number | string): string => {
  if (typeof v === 'string') return v;
  if (metric === 'msftPrice') return `$${v.toFixed(2)}`;
  if (metric === 'valuation') return `$${Math.round(v)}B`;
  return String(Math.round(v));
};

export class CrisisScene extends UiScene {
  private s!: Session;
  private phase: Phase = { kind: 'choose' };
  private view!: View;
  private sel: string | null = null;
  private opt = -1;
  private page = 0;
  private error: string | null = null;
  private autoplay = true;
  private newsLog!: HTMLElement;
  private clockStatus!: HTMLElement;
  private newsCount = 0;
  private dash: {
    numbers: Map<string, (v: number) => void>;
    words: Map<string, (v: string) => void>;
  } = { numbers: new Map(), words: new Map() };
  private dashObjs: Phaser.GameObjects.GameObject[] = [];
  private bottomObjs: Phaser.GameObjects.GameObject[] = [];
  private bottomEl!: HTMLElement;
  private autoTimer: Phaser.Time.TimerEvent | null = null;
  /** The concept whose glossary is open in the move's detail. */
  private concept: string | null = null;
  /** The resolution step whose changes are open (null: the latest). */
  private resFocus: number | null = null;

  constructor() {
    super('crisis');
  }

  override create(): void {
    const s = session();
    if (!s) {
      this.scene.start('title');
      return;
    }
    this.s = s;
    this.sel = null;
    this.opt = -1;
    this.page = 0;
    this.error = null;
    this.autoplay = true;
    this.view = viewOf(s.state.world);
    this.phase = s.mode === 'watch' ? { kind: 'watch-idle' } : { kind: 'choose' };
    // The live regions outlive re-renders so assistive technology hears additions, not a rebuilt page.
    this.newsLog = document.createElement('section');
    this.newsLog.setAttribute('role', 'log');
    this.newsLog.setAttribute('aria-label', u('ui.crisis.news'));
    this.newsLog.className = 'sr-only';
    this.newsLog.id = 'news-log';
    this.newsCount = 0;
    this.clockStatus = document.createElement('p');
    this.clockStatus.setAttribute('role', 'status');
    this.clockStatus.className = 'sr-only';
    this.clockStatus.id = 'clock';
    this.syncNewsLog();
    super.create();
    if (s.mode === 'watch') this.scheduleWatch(reducedMotion() ? 900 : 1400);
    if (s.state.outcome) this.go('ending');
  }

  protected heading(): string {
    const who = this.s && chooser(this.s);
    return who ? u('ui.crisis.yourMoves', { party: partyName(who) }) : u('ui.crisis.watching');
  }

  protected build(main: HTMLElement): void {
    const st = this.s.state;
    this.dashObjs = [];
    this.bottomObjs = [];
    this.dash.numbers.clear();
    this.dash.words.clear();
    // The clock is a status: only a changed time is announced.
    const clock = `${this.clockLabel(this.phase.kind === 'resolve' ? this.phase.record.turn : st.turn)}. ${this.deadlineText(st)}`;
    if (this.clockStatus.textContent !== clock) this.clockStatus.textContent = clock;
    main.appendChild(this.clockStatus);
    this.drawHeader(main, st);
    this.drawTable(main);
    this.drawNumbers(main);
    this.drawNews();
    main.appendChild(this.newsLog);
    this.bottomEl = document.createElement('section');
    this.bottomEl.id = 'bottom';
    main.appendChild(this.bottomEl);
    this.drawBottom();
  }

  // ---------------------------------------------------------------- header: clock, calendar, deadlines

  private clockLabel(turn: number): string {
    if (turn < 0) return `${u('ui.crisis.prologue')}: ${clockText(turn)}`;
    return `${clockText(turn)} · ${u('ui.crisis.turn', { n: turn + 1, last: LAST_TURN + 1 })}`;
  }

  private deadlines(st: GameState): Deadline[] {
    // The simulation lists every deadline, Monday's market open included.
    return [...st.world.deadlines].sort((a, b) => a.turn - b.turn);
  }

  private deadlineWhen(d: Deadline): string {
    if (d.kind === 'market-open') {
      const k = turnClock(11);
      return `${u(`ui.dayShort.${k.day}` as UiKey)} ${k.date}, 06:30`;
    }
    const k = turnClock(d.turn);
    return `${u(`ui.dayShort.${k.day}` as UiKey)} ${k.date}, ${String(k.endHour % 24).padStart(2, '0')}:00`;
  }

  private deadlineText(st: GameState): string {
    const ds = this.deadlines(st).filter((d) => d.turn >= st.turn - 1);
    if (ds.length === 0) return u('ui.crisis.noDeadline');
    return `${u('ui.crisis.deadlines')}: ` + ds.map((d) => u('ui.crisis.deadlineAt', { what: u(`ui.crisis.deadline.${d.kind}` as UiKey), day: this.deadlineWhen(d), hour: '' }).trim()).join(' · ');
  }

  private drawHeader(main: HTMLElement, st: GameState): void {
    this.add.rectangle(0, 0, GAME_W, HEAD.h, 0x0b0e12).setOrigin(0, 0);
    this.add.rectangle(0, HEAD.h - 1, GAME_W, 1, C.line).setOrigin(0, 0);
    this.add.rectangle(0, 0, GAME_W, 4, C.brass).setOrigin(0, 0);
    // While a turn resolves, the clock still shows that turn; it moves on when the player continues.
    const turnNow = this.phase.kind === 'resolve' ? this.phase.record.turn : st.turn;
    const k = turnClock(turnNow);
    addText(this, 24, 14, turnNow < 0 ? u('ui.crisis.prologue').toUpperCase() : u('ui.crisis.turn', { n: turnNow + 1, last: LAST_TURN + 1 }).toUpperCase(), {
      size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: 300, maxH: 20,
    });
    addText(this, 24, 34, `${u(`ui.day.${k.day}` as UiKey)} ${k.date}`, { size: 'xl', serif: true, bold: true, width: 230, maxH: 34 });
    addText(this, 24, 64, `${String(k.startHour).padStart(2, '0')}:00–${String(k.endHour).padStart(2, '0')}:00 PT · ${u(`ui.part.${k.part}` as UiKey)}`, {
      size: 'xs', color: C.inkDim, width: 240, maxH: 20,
    });

    // The calendar strip: seven days, four parts each; past, now, and deadlines marked.
    const days = ['fri', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const;
    const x0 = 290;
    const cellW = 22;
    const gap = 2;
    const dayW = cellW * 4 + gap * 3 + 14;
    const y0 = 34;
    const dls = this.deadlines(st);
    for (let d = 0; d < days.length; d++) {
      const dx = x0 + d * dayW;
      const kk = turnClock(d * 4 - 2);
      addText(this, dx, 12, `${u(`ui.dayShort.${days[d]}` as UiKey)} ${kk.date}`, { size: 12, bold: true, color: C.inkDim, fixed: true, width: dayW - 8, maxH: 18 });
      for (let p = 0; p < 4; p++) {
        const turn = d * 4 + p - 2;
        const cx = dx + p * (cellW + gap);
        const now = turn === turnNow;
        const past = turn < turnNow;
        const cell = this.add.rectangle(cx, y0, cellW, 20, now ? C.brass : past ? 0x3a4452 : C.panelHi).setOrigin(0, 0);
        cell.setStrokeStyle(1, now ? 0xfff0c0 : C.line);
        if (now) {
          // "Now" is also marked by a caret, not by colour alone.
          this.add.triangle(cx + cellW / 2, y0 + 27, 0, 7, 6, 0, 12, 7, C.brass).setOrigin(0.5, 0.5);
        }
        for (const dl of dls) {
          if (dl.turn === turn) {
            // A deadline is a post standing taller than the cells; the line below names it.
            const mark = this.add.rectangle(cx + cellW - 3, y0 - 4, 6, 28, dl.kind === 'market-open' ? 0x6fa8dc : C.danger).setOrigin(0, 0);
            mark.setStrokeStyle(1, 0x0b0e12);
          }
        }
      }
    }
    const dlText = this.deadlineText(st);
    const dlT = addText(this, x0, 66, dlText, { size: 'xs', color: C.inkDim, width: 7 * dayW - 20, maxH: 20 });

    // The rulebook this run is played under, on the deadlines' line at the right: its switches by name, or
    // their number when the names do not fit (the DOM layer always has the names).
    const rules = rulebookText(st.rules);
    const full = u('ui.rules.label', { rules });
    dom().text(main, full).id = 'rulebook';
    const room = GAME_W - 32 - (x0 + dlT.width + 32);
    const options = st.rules.length > 1 ? [full, u('ui.rules.label', { rules: u('ui.rules.count', { n: st.rules.length }) })] : [full];
    for (const label of options) {
      const t = addText(this, GAME_W - 32, 66, label, { size: 'xs', color: st.rules.length ? C.brassCss : C.inkDim });
      if (t.width <= room) {
        t.setOrigin(1, 0);
        break;
      }
      t.destroy();
    }

    const menu = new Button(this, {
      x: GAME_W - 110, y: 22, w: 94, h: 40, label: u('ui.crisis.menu'), kind: 'quiet', size: 'sm', id: 'crisis-menu', parentEl: main,
      onClick: () => this.go('title'),
    });
    void menu;
  }

  // ---------------------------------------------------------------- the table

  private drawTable(main: HTMLElement): void {
    const r = TABLE;
    const sec = dom().section(main, u('ui.crisis.table'), { headingLevel: 2 });
    panel(this, r);
    kicker(this, r.x + 16, r.y + 12, u('ui.crisis.table'), 200);
    const v = this.view;
    // Directors: who still sits, how firmly they stand by the removal.
    const shown = v.directors.filter((d) => d.seated || !['altman', 'brockman'].includes(d.id) || d.joinedLater);
    const cols = 2;
    const cw = (r.w - 32 - 12) / cols;
    const rows = Math.ceil(shown.length / cols);
    const ch = Math.min(46, Math.floor((r.h - 44 - 92) / Math.max(1, rows)));
    const list = document.createElement('ul');
    list.className = 'sr-only';
    sec.appendChild(list);
    shown.forEach((d, i) => {
      const x = r.x + 16 + (i % cols) * (cw + 12);
      const y = r.y + 38 + Math.floor(i / cols) * ch;
      this.drawDirector(d, x, y, cw, ch - 6, list);
    });
    // Where each party stands now (its state), when there is room under the directors.
    const statesTop = r.y + 38 + rows * ch + 2;
    const statesBottom = r.y + r.h - 96;
    const others = (['board', 'employees', 'microsoft', 'salesforce', 'altman', 'investors', 'management'] as const);
    const stateLines = others.map((p) => `${partyName(p)}: ${c(`state.${p}.${this.s.state.parties[p]}`, undefined, this.s.state.parties[p])}`);
    dom().list(sec, stateLines);
    const perRow = 2;
    const lineH = px('xs') + 5;
    const fitRows = Math.floor((statesBottom - statesTop) / lineH);
    if (fitRows >= 2) {
      const showN = Math.min(others.length, fitRows * perRow);
      // One line each, all at one size; an entry that cannot fit even at the smallest size is left to the
      // DOM list rather than cut.
      const texts: Phaser.GameObjects.Text[] = [];
      for (let i = 0; i < showN; i++) {
        const x = r.x + 16 + (i % perRow) * (cw + 12);
        const y = statesTop + Math.floor(i / perRow) * lineH;
        texts.push(addText(this, x, y, stateLines[i], { size: 'xs', color: C.inkDim }));
      }
      const base = px('xs');
      const need = Math.min(base, ...texts.map((t) => (t.width > cw ? Math.floor((base * cw) / t.width) : base)));
      const size = Math.max(11, need);
      for (const t of texts) {
        if (size !== base) t.setFontSize(size);
        if (t.width > cw) t.destroy();
      }
    }
    // The CEO's chair and where Altman is.
    const cy = r.y + r.h - 86;
    this.add.rectangle(r.x + 16, cy - 8, r.w - 32, 1, C.line).setOrigin(0, 0);
    this.add.image(r.x + 16, cy + 4, 'chair').setOrigin(0, 0).setScale(0.9);
    addText(this, r.x + 84, cy + 2, u('ui.crisis.ceoChair').toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1, width: 300, maxH: 18 });
    const ceoT = addText(this, r.x + 84, cy + 20, u(`ui.crisis.ceo.${v.ceo}` as UiKey), { size: 'lg', serif: true, bold: true, width: r.w - 100, maxH: 28 });
    const alt = `${u('ui.crisis.altmanAt')} ${u(`ui.crisis.altmanAt.${v.altmanAt}` as UiKey)}`;
    const altT = addText(this, r.x + 84, cy + 50, alt, { size: 'sm', color: C.inkDim, width: r.w - 100, maxH: 22 });
    this.dashObjs.push(ceoT, altT);
    this.dash.words.set('ceo', (to) => { this.view.ceo = to; ceoT.setText(u(`ui.crisis.ceo.${to}` as UiKey)); });
    this.dash.words.set('altmanAt', (to) => { this.view.altmanAt = to; altT.setText(`${u('ui.crisis.altmanAt')} ${u(`ui.crisis.altmanAt.${to}` as UiKey)}`); });
    dom().text(sec, `${u('ui.crisis.ceoChair')}: ${ceoT.text}. ${alt}.`);
  }

  private drawDirector(d: Director, x: number, y: number, w: number, h: number, list: HTMLElement): void {
    const name = c(`director.${d.id}`, undefined, d.id);
    // A seat at the table: a ring with the director's initials; the ring's colour follows resolve, and the
    // number and words say it too.
    const ring = this.add.circle(x + 14, y + 16, 14, d.seated ? C.panelHi : C.panel);
    const neutral = !d.seated || d.id === 'altman' || d.id === 'brockman';
    ring.setStrokeStyle(2, neutral ? C.line : d.resolve >= 50 ? C.brass : C.upHex);
    const initials = name.split(/[\s'’-]+/).filter(Boolean).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
    addText(this, x + 14, y + 16, initials, { size: 11, bold: true, fixed: true, color: d.seated ? C.ink : C.inkFaint }).setOrigin(0.5, 0.5);
    const nameT = addText(this, x + 34, y, name, { size: 'sm', bold: true, color: d.seated ? C.ink : C.inkFaint, width: w - 34, maxH: 20 });
    if (d.seated && (d.id === 'altman' || d.id === 'brockman')) {
      // The two removed with the vote: a seat, not a side to weigh.
      addText(this, x + 34, y + 20, u('ui.crisis.seated'), { size: 'xs', italic: true, color: C.inkDim, width: w - 34, maxH: 18 });
      const li = document.createElement('li');
      li.textContent = `${name}: ${u('ui.crisis.seated')}`;
      list.appendChild(li);
      return;
    }
    if (!d.seated) {
      // Struck through, and said in words.
      this.add.rectangle(nameT.x, nameT.y + nameT.height / 2, nameT.width, 1.5, 0xb3bdc9).setOrigin(0, 0.5);
      addText(this, x + 34, y + 20, u('ui.crisis.gone'), { size: 'xs', italic: true, color: C.inkFaint, width: w - 34, maxH: 18 });
      const li = document.createElement('li');
      li.textContent = `${name}: ${u('ui.crisis.gone')}`;
      list.appendChild(li);
      return;
    }
    // The value sits at the right edge; the bar takes what is left.
    const val = addText(this, x + w, y + 18, u('ui.crisis.resolve', { n: 100 }), { size: 'xs', color: C.inkDim });
    const valW = Math.min(val.width, (w - 34) * 0.55);
    const barW = w - 34 - valW - 8;
    const bx = x + 34;
    const by = y + 24;
    this.add.rectangle(bx, by, barW, 8, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
    // The 50 mark: below it a director votes to concede.
    this.add.rectangle(bx + barW / 2, by - 2, 1.5, 12, 0x8d99a8).setOrigin(0.5, 0);
    const fill = this.add.rectangle(bx, by, 0, 8, d.resolve >= 50 ? C.brass : C.upHex).setOrigin(0, 0);
    val.setData('fit', { w: valW, h: 20, size: px('xs'), min: 10 });
    const set = (n: number) => {
      fill.width = (barW * Math.max(0, Math.min(100, n))) / 100;
      fill.fillColor = n >= 50 ? C.brass : C.upHex;
      setFitted(val, u('ui.crisis.resolve', { n: Math.round(n) }));
      val.setOrigin(1, 0);
    };
    set(d.resolve);
    this.dash.numbers.set(`resolve:${d.id}`, set);
    if (d.joinedLater) addText(this, x + 34 + nameT.width + 6, y + 2, `· ${u('ui.crisis.new')}`, { size: 'xs', color: C.brassCss });
    const li = document.createElement('li');
    li.textContent = `${name}: ${u('ui.crisis.seated')}, ${u('ui.crisis.resolve', { n: Math.round(d.resolve) })}${d.joinedLater ? `, ${u('ui.crisis.new')}` : ''}`;
    list.appendChild(li);
  }

  // ---------------------------------------------------------------- the numbers

  private drawNumbers(main: HTMLElement): void {
    const r = NUMS;
    const v = this.view;
    const sec = dom().section(main, u('ui.crisis.numbers'), { headingLevel: 2 });
    const lines: string[] = [];
    panel(this, r);
    kicker(this, r.x + 16, r.y + 12, u('ui.crisis.numbers'), 200);
    const sx = r.x + 16;
    const barW = r.w - 32;
    const half = (barW - 16) / 2;
    const col2 = sx + half + 16;

    // Signatures toward the staff count.
    addText(this, sx, r.y + 36, u('ui.crisis.signatures'), { size: 'sm', bold: true, width: half + 40, maxH: 20 });
    const sigT = addText(this, r.x + r.w - 16, r.y + 32, '', { size: 'lg', serif: true, bold: true, width: half - 40, maxH: 26 });
    this.add.rectangle(sx, r.y + 60, barW, 10, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
    const sigFill = this.add.rectangle(sx, r.y + 60, 0, 10, 0xe4e8ec).setOrigin(0, 0);
    const setSig = () => {
      const staff = Math.max(1, this.view.staff);
      setFitted(sigT, u('ui.crisis.signaturesOf', { n: Math.round(this.view.signatures), staff: Math.round(this.view.staff) }));
      sigT.setOrigin(1, 0);
      sigFill.width = barW * Math.min(1, this.view.signatures / staff);
    };
    this.dash.numbers.set('signatures', (n) => { this.view.signatures = n; setSig(); });
    this.dash.numbers.set('staff', (n) => { this.view.staff = n; setSig(); });
    setSig();
    lines.push(`${u('ui.crisis.signatures')}: ${u('ui.crisis.signaturesOf', { n: v.signatures, staff: v.staff })}`);

    // Departures by destination: a stacked bar, with a legend in words and numbers.
    addText(this, sx, r.y + 80, u('ui.crisis.departures'), { size: 'sm', bold: true, width: half, maxH: 20 });
    const depTotal = addText(this, r.x + r.w - 16, r.y + 80, '', { size: 'sm', bold: true });
    depTotal.setOrigin(1, 0);
    const stackY = r.y + 104;
    this.add.rectangle(sx, stackY, barW, 10, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
    const segs = DEPARTURE_DESTINATIONS.map((d) => this.add.rectangle(sx, stackY, 0, 10, DEST_COLOURS[d]).setOrigin(0, 0));
    const legend = DEPARTURE_DESTINATIONS.map((d, i) => {
      const lx = i % 2 === 0 ? sx : col2;
      const ly = stackY + 16 + Math.floor(i / 2) * 17;
      this.add.rectangle(lx, ly + 3, 10, 10, DEST_COLOURS[d]).setOrigin(0, 0);
      return addText(this, lx + 16, ly, '', { size: 'xs', color: C.inkDim, width: half - 16, maxH: 17 });
    });
    const setDep = () => {
      let x = sx;
      const total = DEPARTURE_DESTINATIONS.reduce((a, d) => a + this.view.departures[d], 0);
      DEPARTURE_DESTINATIONS.forEach((d, i) => {
        const wpx = (barW * this.view.departures[d]) / 770;
        segs[i].setPosition(x, stackY);
        segs[i].width = Math.min(wpx, sx + barW - x);
        x += segs[i].width;
        setFitted(legend[i], `${u(`ui.crisis.dest.${d}` as UiKey)}: ${Math.round(this.view.departures[d])}`);
      });
      depTotal.setText(String(Math.round(total)));
    };
    for (const d of DEPARTURE_DESTINATIONS) this.dash.numbers.set(`departures:${d}`, (n) => { this.view.departures[d] = n; setDep(); });
    setDep();
    lines.push(`${u('ui.crisis.departures')}: ` + DEPARTURE_DESTINATIONS.map((d) => `${u(`ui.crisis.dest.${d}` as UiKey)} ${v.departures[d]}`).join(', '));

    // Gauges: the 0..100 numbers, each a bar with its value.
    const gy0 = r.y + 158;
    const gauges: (keyof View)[] = ['microsoftConfidence', 'continuity', 'boardCredibility', 'investorPressure', 'missionSafeguards'];
    gauges.forEach((id, i) => {
      const gx = i % 2 === 0 ? sx : col2;
      const gy = gy0 + Math.floor(i / 2) * 32;
      addText(this, gx, gy, metricName(id), { size: 'xs', color: C.inkDim, width: half - 34, maxH: 17 });
      const num = addText(this, gx + half, gy - 1, '', { size: 'xs', bold: true });
      num.setOrigin(1, 0);
      this.add.rectangle(gx, gy + 18, half, 7, 0x2c3643).setOrigin(0, 0);
      const f = this.add.rectangle(gx, gy + 18, 0, 7, 0x9fb3c8).setOrigin(0, 0);
      const set = (n: number) => {
        (this.view[id] as number) = n;
        f.width = (half * Math.max(0, Math.min(100, n))) / 100;
        num.setText(String(Math.round(n)));
      };
      set(v[id] as number);
      this.dash.numbers.set(id, set);
      lines.push(`${metricName(id)}: ${Math.round(v[id] as number)}`);
    });
    // Microsoft's share price (in the sixth gauge slot), Salesforce's hires, the valuation and the tender.
    const priceT = addText(this, col2, gy0 + 64, '', { size: 'sm', bold: true, width: half, maxH: 22 });
    const setPrice = (n: number) => { this.view.msftPrice = n; setFitted(priceT, u('ui.crisis.msftPrice', { price: n.toFixed(2) })); };
    setPrice(v.msftPrice);
    this.dash.numbers.set('msftPrice', setPrice);
    const by = r.y + 254;
    this.add.rectangle(sx, by - 6, barW, 1, C.line).setOrigin(0, 0);
    const sfT = addText(this, sx, by, '', { size: 'sm', width: half, maxH: 20 });
    const valT = addText(this, col2, by, '', { size: 'sm', width: half, maxH: 20 });
    const tenderT = addText(this, col2, by + 21, '', { size: 'xs', color: C.inkDim, width: half, maxH: 18 });
    const staffT = addText(this, sx, by + 21, '', { size: 'xs', color: C.inkDim, width: half, maxH: 18 });
    const setTender = (to: string) => { this.view.tender = to; setFitted(tenderT, u('ui.crisis.tender', { state: u(`ui.crisis.tender.${to}` as UiKey) })); };
    setTender(v.tender);
    this.dash.words.set('tender', setTender);
    const setSf = (n: number) => { this.view.departures.salesforce = n; setFitted(sfT, u('ui.crisis.salesforceHires', { n: Math.round(n) })); setDep(); };
    const setVal = (n: number) => { this.view.valuation = n; setFitted(valT, `${u('ui.crisis.valuationLabel')}: ${u('ui.crisis.valuation', { n: Math.round(n) })}`); };
    const setStaff = () => setFitted(staffT, `${u('ui.crisis.staff')}: ${Math.round(this.view.staff)}`);
    setSf(v.departures.salesforce);
    setVal(v.valuation);
    setStaff();
    this.dash.numbers.set('departures:salesforce', setSf);
    this.dash.numbers.set('valuation', setVal);
    this.dash.numbers.set('staff', (n) => { this.view.staff = n; setSig(); setStaff(); });
    lines.push(u('ui.crisis.msftPrice', { price: v.msftPrice.toFixed(2) }), u('ui.crisis.salesforceHires', { n: v.departures.salesforce }),
      `${u('ui.crisis.valuationLabel')}: ${u('ui.crisis.valuation', { n: Math.round(v.valuation) })}`, u('ui.crisis.tender', { state: u(`ui.crisis.tender.${v.tender}` as UiKey) }),
      `${u('ui.crisis.staff')}: ${v.staff}`);
    dom().list(sec, lines);
  }

  // ---------------------------------------------------------------- the news

  private allNews(): { item: NewsItem; turn: number }[] {
    const out: { item: NewsItem; turn: number }[] = [];
    for (const rec of this.s.state.log) for (const item of rec.news) out.push({ item, turn: rec.turn });
    return out;
  }

  private newsText(n: NewsItem): { head: string; mark: string; quote: string | null } {
    const head = msg(n.msg);
    const mark = n.historical ? `${u('ui.crisis.historicalMark')} · ${shortSource(n.source)}` : u('ui.crisis.simulated');
    const quote = n.quote ? u('ui.crisis.quote', { text: n.quote.text, by: n.quote.by, date: n.quote.date }) : null;
    return { head, mark, quote };
  }

  /** Append the news not yet in the live log (the log only ever grows). */
  private syncNewsLog(): void {
    const all = this.allNews();
    for (let i = this.newsCount; i < all.length; i++) {
      const { item, turn } = all[i];
      const t = this.newsText(item);
      const art = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = `${whenText(turn)}. ${t.head}${t.quote ? ' ' + t.quote : ''} (${item.historical ? u('ui.crisis.historical', { source: item.source ?? '' }) : u('ui.crisis.simulatedLong')})`;
      art.appendChild(p);
      this.newsLog.appendChild(art);
    }
    this.newsCount = Math.max(this.newsCount, all.length);
  }

  private drawNews(): void {
    const r = NEWS;
    panel(this, r, { fill: C.paper, stroke: 0xcfc6b2 });
    this.add.tileSprite(r.x + 1, r.y + 1, r.w - 2, r.h - 2, 'paper').setOrigin(0, 0).setAlpha(0.6);
    addText(this, r.x + 16, r.y + 10, u('ui.crisis.news'), { size: 'lg', serif: true, bold: true, color: C.paperInk, width: 200, maxH: 28 });
    this.add.rectangle(r.x + 16, r.y + 40, r.w - 32, 2, 0x1d1b17).setOrigin(0, 0);
    const items = this.allNews().reverse();
    if (items.length === 0) {
      addText(this, r.x + 16, r.y + 52, u('ui.crisis.noNews'), { size: 'sm', italic: true, serif: true, color: C.paperDim, width: r.w - 32 });
      return;
    }
    let y = r.y + 50;
    const bottom = r.y + r.h - 10;
    const w = r.w - 32;
    for (const { item, turn } of items) {
      if (y > bottom - 40) break;
      const t = this.newsText(item);
      const mark = addText(this, r.x + 16, y, `${whenText(turn).toUpperCase()} · ${t.mark}`, {
        size: 11, bold: true, color: item.historical ? C.sourceMark : C.simMark, letterSpacing: 0.5, width: w, maxH: 28, fixed: true,
      });
      y += mark.height + 2;
      const room = bottom - y;
      const head = addText(this, r.x + 16, y, t.head, { size: 'sm', serif: true, bold: !!item.historical, color: C.paperInk, width: w });
      if (head.height > room) {
        head.destroy();
        mark.destroy();
        break;
      }
      y += head.height + 2;
      if (t.quote && bottom - y > 30) {
        const q = addText(this, r.x + 24, y, t.quote, { size: 'xs', serif: true, italic: true, color: C.paperDim, width: w - 8 });
        if (q.y + q.height > bottom) q.destroy();
        else y += q.height + 2;
      }
      this.add.rectangle(r.x + 16, y + 4, w, 1, 0xc9bfa9).setOrigin(0, 0);
      y += 10;
    }
  }

  // ---------------------------------------------------------------- bottom: moves, resolution, watch

  private clearBottom(): void {
    for (const o of this.bottomObjs) o.destroy();
    this.bottomObjs = [];
    this.bottomEl.textContent = '';
  }

  /** Track objects drawn in the bottom area so the area can be redrawn alone. */
  private track<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.bottomObjs.push(o);
    return o;
  }
  private btn(o: Omit<ConstructorParameters<typeof Button>[1], 'parentEl'> & { parentEl?: HTMLElement }): Button {
    const b = new Button(this, { parentEl: this.bottomEl, ...o });
    this.bottomObjs.push(...b.objects);
    return b;
  }

  private drawBottom(focusId?: string): void {
    this.clearBottom();
    const r = MOVES;
    this.track(panel(this, r));
    if (this.phase.kind === 'resolve') this.drawResolution(this.phase);
    else if (this.s.mode === 'watch') this.drawWatch();
    else this.drawChoose();
    if (focusId) document.getElementById(focusId)?.focus({ preventScroll: true });
  }

  private menu(): MoveCard[] {
    const who = chooser(this.s);
    if (!who) return [];
    return moveMenu(this.s.state, who);
  }

  private drawChoose(): void {
    const r = MOVES;
    const who = chooser(this.s)!;
    const cards = this.menu();
    const sec = dom().section(this.bottomEl, u('ui.crisis.yourMoves', { party: partyName(who) }), { headingLevel: 2 });
    this.track(kicker(this, r.x + 16, r.y + 12, u('ui.crisis.yourMoves', { party: partyName(who) }), LIST_W - 32));
    const pages = Math.max(1, Math.ceil(cards.length / PER_PAGE));
    this.page = Math.min(this.page, pages - 1);
    const pageCards = cards.slice(this.page * PER_PAGE, (this.page + 1) * PER_PAGE);
    const ul = document.createElement('ul');
    sec.appendChild(ul);
    const cw = (LIST_W - 32 - 8) / 2;
    const ch = 42;
    pageCards.forEach((card, i) => {
      const li = document.createElement('li');
      ul.appendChild(li);
      const x = r.x + 16 + (i % 2) * (cw + 8);
      const y = r.y + 36 + Math.floor(i / 2) * (ch + 6);
      const blocked = !!card.blocked;
      this.btn({
        x, y, w: cw, h: ch, label: moveTitle(card.move), kind: 'card', size: 'sm', selected: this.sel === card.move, disabled: blocked,
        tag: blocked ? `⊘ ${u('ui.crisis.blockedShort')}` : undefined, tagColor: C.dangerCss,
        id: `move-${card.move}`, parentEl: li,
        description: this.cardDescription(card),
        onClick: () => this.selectMove(card),
      });
    });
    if (pages > 1) {
      this.btn({
        x: r.x + 16, y: r.y + r.h - 44, w: LIST_W - 32, h: 34, label: u('ui.crisis.morePage', { page: this.page + 1, pages }), kind: 'quiet', size: 'xs',
        id: 'moves-more', onClick: () => { this.page = (this.page + 1) % pages; this.drawBottom('moves-more'); },
      });
    }
    this.track(this.add.rectangle(r.x + LIST_W, r.y + 16, 1, r.h - 32, C.line).setOrigin(0, 0));
    this.drawDetail(cards, sec);
  }

  private cardDescription(card: MoveCard): string {
    const parts: string[] = [];
    if (card.blocked) parts.push(`${u('ui.crisis.blocked', { rule: msg(card.blocked) })}.`);
    if (card.likely.length) parts.push(`${u('ui.crisis.likely')} ${card.likely.map((l) => `${metricName(l.metric)} ${u(l.direction === 'up' ? 'ui.crisis.up' : 'ui.crisis.down')}`).join(', ')}.`);
    if (card.concepts.length) parts.push(`${u('ui.crisis.concepts')} ${card.concepts.map(conceptTitle).join(', ')}.`);
    return parts.join(' ');
  }

  private selectMove(card: MoveCard): void {
    this.sel = card.move;
    this.concept = null;
    this.opt = card.options.length === 1 ? 0 : -1;
    this.error = null;
    const focus = card.blocked ? `move-${card.move}` : card.options.length > 1 ? 'opt-0' : 'end-turn';
    this.drawBottom(focus);
  }

  private drawDetail(cards: MoveCard[], sec: HTMLElement): void {
    const r = MOVES;
    const x = r.x + LIST_W + 24;
    const w = r.x + r.w - x - 20;
    const card = cards.find((cd) => cd.move === this.sel) ?? null;
    const endY = r.y + r.h - 62;
    if (!card) {
      this.track(addText(this, x, r.y + 40, u('ui.crisis.pickMove'), { size: 'lg', serif: true, italic: true, color: C.inkDim, width: w, maxH: 60 }));
      this.btn({ x: x + w - 380, y: endY, w: 380, h: 50, label: u('ui.crisis.endTurnNone'), kind: 'primary', disabled: true, id: 'end-turn', onClick: () => {
        this.error = u('ui.crisis.pickMove');
        dom().announce(this.error);
      } });
      return;
    }
    const detail = document.createElement('div');
    sec.appendChild(detail);
    const h3 = document.createElement('h3');
    h3.className = 'sr-only';
    h3.textContent = moveTitle(card.move);
    detail.appendChild(h3);
    let y = r.y + 14;
    const title = this.track(addText(this, x, y, moveTitle(card.move), { size: 'xl', serif: true, bold: true, width: w, maxH: 36 }));
    y += title.height + 4;
    const explain = moveExplain(card.move);
    const hasOptions = card.options.length > 1;
    // Long option labels (terms of a deal) get two wide columns and two lines; short ones three columns.
    const longest = hasOptions ? Math.max(...card.options.map((o) => optionLabel(o).length)) * textScale() : 0;
    const optCols = longest > 34 ? 2 : 3;
    const optRows = hasOptions ? Math.ceil(card.options.length / optCols) : 0;
    const optH = longest > 34 ? 46 : optRows > 3 ? 30 : 36;
    const optBlock = hasOptions ? 22 + optRows * (optH + 6) : 0;
    // Concepts are small buttons: one opens its glossary paragraph in place of the move's explanation.
    const conceptLab = u('ui.crisis.concepts');
    const labW = this.measure(conceptLab, 'xs', true) + 8;
    const chips = card.concepts.map((id) => ({ id, title: conceptTitle(id), w: Math.min(w - labW, this.measure(conceptTitle(id), 'xs', true) + 34) }));
    const chipRows: { id: string; title: string; w: number; x: number }[][] = [[]];
    let cx = labW;
    for (const ch of chips) {
      if (cx + ch.w > w && chipRows[chipRows.length - 1].length) {
        chipRows.push([]);
        cx = labW;
      }
      chipRows[chipRows.length - 1].push({ ...ch, x: cx });
      cx += ch.w + 6;
    }
    const chipH = px('xs') + 12;
    const conceptBlock = chips.length ? chipRows.length * (chipH + 4) + 4 : 0;
    const open = this.concept && card.concepts.includes(this.concept as never) ? this.concept : null;
    // While a glossary paragraph is open it takes the options' room; closing it brings the options back.
    const explainMax = endY - y - 8 - (open ? 0 : optBlock) - 22 - conceptBlock - (card.blocked ? 26 : 0);
    const body = open ? `${conceptTitle(open)}: ${c(`concept.${open}.glossary`, undefined, '')}` : explain;
    if (body) {
      const ex = this.track(addText(this, x, y, body, {
        size: 'sm', serif: !!open, italic: !!open, color: open ? C.ink : C.inkDim, width: w, maxH: Math.max(40, explainMax), minScale: 0.68,
      }));
      dom().text(detail, open ? body : explain);
      y += ex.height + 8;
    }
    const said = this.cardDescription({ ...card, blocked: null });
    if (said) dom().text(detail, said);
    // Likely changes (arrows and words, not colour alone) and concepts.
    const likely = card.likely.map((l) => `${l.direction === 'up' ? '▲' : '▼'} ${metricName(l.metric)}`).join('   ');
    if (likely) {
      const lab = this.track(addText(this, x, y, u('ui.crisis.likely'), { size: 'xs', bold: true, color: C.brassCss }));
      this.track(addText(this, x + lab.width + 8, y, likely, { size: 'xs', color: C.ink, width: w - lab.width - 8, maxH: 20 }));
      y += 20;
    }
    if (chips.length) {
      this.track(addText(this, x, y + 5, conceptLab, { size: 'xs', bold: true, color: C.brassCss }));
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', conceptLab);
      this.bottomEl.appendChild(group);
      chipRows.forEach((row, ri) => {
        for (const ch of row) {
          const on = open === ch.id;
          this.btn({
            x: x + ch.x, y: y + ri * (chipH + 4), w: ch.w, h: chipH, label: ch.title, kind: 'toggle', size: 'xs', selected: on, pressed: on,
            id: `concept-${ch.id}`, parentEl: group, description: c(`concept.${ch.id}.glossary`, undefined, ''),
            onClick: () => { this.concept = on ? null : ch.id; this.drawBottom(`concept-${ch.id}`); },
          });
        }
      });
      y += conceptBlock;
    }
    if (card.blocked) {
      const b = this.track(addText(this, x, y, `⊘ ${u('ui.crisis.blocked', { rule: msg(card.blocked) })}`, { size: 'sm', bold: true, color: C.dangerCss, width: w, maxH: 40 }));
      dom().text(detail, b.text);
      y += b.height + 6;
    }
    if (hasOptions && !card.blocked && !open) {
      this.track(addText(this, x, y, u('ui.crisis.choose'), { size: 'xs', bold: true, color: C.brassCss }));
      y += 20;
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `${u('ui.crisis.choose')} ${moveTitle(card.move)}`);
      this.bottomEl.appendChild(group);
      const ow = (w - 8 * (optCols - 1)) / optCols;
      card.options.forEach((o, i) => {
        const on = this.opt === i;
        this.btn({
          x: x + (i % optCols) * (ow + 8), y: y + Math.floor(i / optCols) * (optH + 6), w: ow, h: optH, label: optionLabel(o) || moveTitle(card.move), kind: 'toggle', size: 'xs',
          selected: on, pressed: on, id: `opt-${i}`, parentEl: group,
          onClick: () => { this.opt = i; this.error = null; this.drawBottom('end-turn'); },
        });
      });
    }
    if (this.error) {
      this.track(addText(this, x, endY - 26, this.error, { size: 'xs', bold: true, color: C.dangerCss, width: w - 400, maxH: 40 }));
    }
    const ready = !card.blocked && this.opt >= 0;
    const label = ready ? u('ui.crisis.endTurn', { move: moveTitle(card.move) }) : card.blocked ? u('ui.crisis.endTurnNone') : u('ui.crisis.endTurnChoose');
    this.btn({
      x: x + w - 420, y: endY, w: 420, h: 50, label, kind: 'primary', disabled: !ready, id: 'end-turn',
      description: ready && hasOptions ? optionLabel(card.options[this.opt]) : card.blocked ? u('ui.crisis.blocked', { rule: msg(card.blocked) }) : undefined,
      onClick: () => this.endTurn(card),
    });
  }

  /** The width of a one-line text at a size of the type scale. */
  private measure(str: string, size: 'xs' | 'sm', bold: boolean): number {
    const t = addText(this, -1000, -1000, str, { size, bold });
    const wdt = t.width;
    t.destroy();
    return wdt;
  }

  private endTurn(card: MoveCard): void {
    if (card.blocked) {
      dom().announce(u('ui.crisis.blocked', { rule: msg(card.blocked) }));
      return;
    }
    if (this.opt < 0) {
      this.error = u('ui.crisis.choose');
      dom().announce(`${u('ui.crisis.choose')} ${moveTitle(card.move)}`);
      this.drawBottom('opt-0');
      return;
    }
    const who = chooser(this.s)!;
    const params = card.options[this.opt];
    const played: PlayedMove = Object.keys(params).length ? { party: who, move: card.move, params } : { party: who, move: card.move };
    const problem = check(this.s, played);
    if (problem) {
      this.error = u('ui.error.move', { reason: msg(problem) });
      dom().announce(this.error);
      this.drawBottom('end-turn');
      return;
    }
    cue('confirm');
    const before = viewOf(this.s.state.world);
    let res: ReturnType<typeof lockIn>;
    try {
      res = lockIn(this.s, played);
    } catch (e) {
      // The simulation refused the turn: say why, keep the player's seat, and let them choose again.
      delete this.s.pending[who];
      const reason = (e as { reason?: Message }).reason;
      this.error = u('ui.error.move', { reason: reason ? msg(reason) : String((e as Error).message ?? e) });
      dom().announce(this.error);
      this.drawBottom('end-turn');
      return;
    }
    this.sel = null;
    this.opt = -1;
    this.page = 0;
    if (res === 'next-seat') {
      this.go('privacy');
      return;
    }
    this.startResolution(res, before);
  }

  // ---------------------------------------------------------------- resolution, move by move

  private stepsOf(rec: TurnRecord): Step[] {
    const steps: Step[] = [];
    const used = new Set<Change>();
    for (const m of rec.moves) {
      const mine = rec.changes.filter((ch) => ch.cause === m.move || ch.cause.startsWith(`${m.move}:`) || ch.cause.startsWith(`${m.move}.`));
      mine.forEach((ch) => used.add(ch));
      const you = this.s.humans.includes(m.party as never) ? ` (${u('ui.crisis.you')})` : '';
      steps.push({
        party: m.party,
        label: u('ui.crisis.by', { party: partyName(m.party) + you, move: moveTitle(m.move) }),
        full: u('ui.crisis.by', { party: partyName(m.party) + you, move: playedLabel(m) }),
        changes: mine,
      });
    }
    const rest = rec.changes.filter((ch) => !used.has(ch));
    steps.push({ party: null, label: u('ui.crisis.worldReacts'), full: u('ui.crisis.worldReacts'), changes: rest });
    return steps;
  }

  private startResolution(rec: TurnRecord, before: View): void {
    this.view = before;
    this.resFocus = null;
    this.phase = { kind: 'resolve', record: rec, steps: this.stepsOf(rec), shown: 0, before };
    this.render('res-continue');
    this.stepResolution();
  }

  /** Show the next step; numbers on the dashboard move to their new values. */
  private stepResolution(): void {
    const ph = this.phase;
    if (ph.kind !== 'resolve') return;
    if (ph.shown >= ph.steps.length) return;
    const step = ph.steps[ph.shown];
    ph.shown += 1;
    this.applyChanges(step.changes);
    cue('step');
    const done = ph.shown >= ph.steps.length;
    const active = document.activeElement as HTMLElement | null;
    // Keep the player's focus, unless it sat on nothing, the heading, or the Skip button that is now gone.
    const keep = active && active !== document.body && !['crisis-heading', 'res-skip'].includes(active.id) && !active.id.startsWith('step-') ? active.id : null;
    this.drawBottom(keep ?? (done ? 'res-continue' : 'res-skip'));
    if (!done) {
      const delay = reducedMotion() ? 0 : 650;
      if (delay === 0) this.stepResolution();
      else this.time.delayedCall(delay, () => this.stepResolution());
    } else {
      this.finishResolution();
    }
  }

  private applyChanges(changes: Change[]): void {
    for (const ch of changes) {
      if (typeof ch.to === 'string') {
        this.dash.words.get(ch.metric)?.(ch.to);
        continue;
      }
      if (typeof ch.from !== 'number') continue;
      const key = ch.metric === 'departures' || ch.metric === 'resolve' ? `${ch.metric}:${ch.detail ?? ''}` : ch.metric;
      const set = this.dash.numbers.get(key);
      if (set) tweenNumber(this, ch.from, ch.to, set, 700);
    }
  }

  private finishResolution(): void {
    const ph = this.phase;
    if (ph.kind !== 'resolve') return;
    // The news of the turn lands in the live log; the summary is announced.
    this.syncNewsLog();
    const moves = ph.record.moves.map((m) => `${partyName(m.party)}: ${playedLabel(m)}`).join('. ');
    dom().announce(`${u('ui.crisis.resolution', dayPartOf(ph.record.turn))} ${moves}.`);
    if (this.s.mode === 'watch' && this.autoplay && !this.s.state.outcome) this.scheduleWatch(reducedMotion() ? 900 : 2200);
  }

  private continueAfterResolution(): void {
    const st = this.s.state;
    this.phase = this.s.mode === 'watch' ? { kind: 'watch-idle' } : { kind: 'choose' };
    this.view = viewOf(st.world);
    if (st.outcome) {
      this.go('ending');
      return;
    }
    if (this.s.mode === 'play' && activeHumans(this.s).length > 1) {
      this.go('privacy');
      return;
    }
    this.render(this.s.mode === 'watch' ? 'watch-next' : null);
    if (this.s.mode === 'play') {
      const first = this.main.querySelector<HTMLElement>('[id^="move-"]:not([aria-disabled="true"])');
      (first ?? this.main.querySelector<HTMLElement>('[id^="move-"]'))?.focus({ preventScroll: true });
    }
  }

  private drawResolution(ph: Extract<Phase, { kind: 'resolve' }>): void {
    const r = MOVES;
    const when = dayPartOf(ph.record.turn);
    const sec = dom().section(this.bottomEl, u('ui.crisis.resolution', when), { headingLevel: 2 });
    this.track(kicker(this, r.x + 16, r.y + 12, `${u('ui.crisis.resolution', when)} · ${u('ui.crisis.resolutionStep', { n: ph.shown, total: ph.steps.length })}`, LIST_W - 32));
    // The steps in resolution order; each one can be opened to see why its numbers moved.
    const ol = document.createElement('ol');
    sec.appendChild(ol);
    const n = ph.steps.length;
    const rowH = Math.min(38, Math.floor((r.h - 40 - 12) / n));
    const focus = Math.min(this.resFocus ?? ph.shown - 1, ph.shown - 1);
    ph.steps.forEach((step, i) => {
      const y = r.y + 34 + i * rowH;
      const li = document.createElement('li');
      ol.appendChild(li);
      if (i >= ph.shown) {
        this.track(this.add.rectangle(r.x + 24, y + rowH / 2 - 2, 6, 6, C.line).setOrigin(0, 0.5));
        return;
      }
      const isYou = step.party !== null && this.s.humans.includes(step.party as never);
      const b = this.btn({
        x: r.x + 16, y, w: LIST_W - 40, h: rowH - 4, label: step.label, kind: 'card', size: 'xs', selected: i === focus, id: `step-${i}`, parentEl: li,
        description: `${step.full !== step.label ? step.full + '. ' : ''}${this.stepText(step)}`,
        onClick: () => { this.resFocus = i; this.drawBottom(`step-${i}`); },
      });
      if (isYou) this.track(this.add.rectangle(r.x + 16, y, 4, rowH - 4, C.brass).setOrigin(0, 0));
      if (i === ph.shown - 1 && !reducedMotion()) {
        for (const o of b.objects) (o as unknown as { alpha: number }).alpha = 0;
        this.tweens.add({ targets: b.objects, alpha: 1, duration: 220 });
      }
    });
    this.track(this.add.rectangle(r.x + LIST_W, r.y + 16, 1, r.h - 32, C.line).setOrigin(0, 0));
    // Why the numbers moved, for the open step.
    const x = r.x + LIST_W + 24;
    const w = r.x + r.w - x - 20;
    if (focus >= 0) {
      const step = ph.steps[focus];
      const title = this.track(addText(this, x, r.y + 12, step.full, { size: 'lg', serif: true, bold: true, width: w, maxH: 62, minScale: 0.65 }));
      const body = this.stepText(step, '\n');
      this.track(addText(this, x, title.y + title.height + 8, body, {
        size: 'sm', color: C.inkDim, width: w, maxH: r.y + r.h - 66 - (title.y + title.height + 8), minScale: 0.6, lineSpacing: 5,
      }));
    }
    const done = ph.shown >= ph.steps.length;
    const ending = !!this.s.state.outcome;
    if (!done) {
      this.btn({ x: r.x + r.w - 200, y: r.y + r.h - 54, w: 180, h: 42, label: u('ui.crisis.skip'), kind: 'secondary', id: 'res-skip', onClick: () => this.skipResolution() });
    } else {
      const label = ending ? u('ui.crisis.toEnding') : u('ui.crisis.continue');
      this.btn({ x: r.x + r.w - 260, y: r.y + r.h - 54, w: 240, h: 42, label, kind: 'primary', id: 'res-continue', onClick: () => this.continueAfterResolution() });
    }
    if (this.s.mode === 'watch') this.drawWatchControls(r.x + r.w - 480, r.y + r.h - 54);
  }

  /** A step's changes in words, grouped by their cause (a move, or a rule of the world). */
  private stepText(step: Step, sep = ' '): string {
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
      const others = list.filter((ch) => ch.metric !== 'resolve').map((ch) => this.changeText(ch));
      if (resolve.length) {
        others.push(`${metricName('resolve')}: ${resolve.map((ch) => `${c(`director.${ch.detail}`, undefined, ch.detail ?? '')} ${fmtNum('resolve', ch.from)} → ${fmtNum('resolve', ch.to)}`).join(', ')}`);
      }
      const body = others.join('  ·  ');
      const why = causeText(cause);
      out.push(step.party ? body : `${why.charAt(0).toUpperCase()}${why.slice(1)}: ${body}`);
    }
    return out.join(sep);
  }

  private skipResolution(): void {
    const ph = this.phase;
    if (ph.kind !== 'resolve') return;
    this.time.removeAllEvents();
    while (ph.shown < ph.steps.length) {
      this.applyChanges(ph.steps[ph.shown].changes);
      ph.shown += 1;
    }
    this.drawBottom('res-continue');
    this.finishResolution();
  }

  private changeText(ch: Change): string {
    let name = metricName(ch.metric);
    if (ch.metric === 'departures' && ch.detail) name = `${u('ui.crisis.departures')} (${u(`ui.crisis.dest.${ch.detail}` as UiKey)})`;
    if (ch.metric === 'resolve' && ch.detail) name = `${c(`director.${ch.detail}`, undefined, ch.detail)} (${u('ui.metric.resolve').toLowerCase()})`;
    if (ch.metric === 'valuation') name = u('ui.crisis.valuationLabel');
    let from = fmtNum(ch.metric, ch.from);
    let to = fmtNum(ch.metric, ch.to);
    if (ch.metric === 'ceo') { from = u(`ui.crisis.ceo.${ch.from}` as UiKey); to = u(`ui.crisis.ceo.${ch.to}` as UiKey); }
    if (ch.metric === 'altmanAt') { from = u(`ui.crisis.altmanAt.${ch.from}` as UiKey); to = u(`ui.crisis.altmanAt.${ch.to}` as UiKey); }
    if (ch.metric === 'tender') { from = u(`ui.crisis.tender.${ch.from}` as UiKey); to = u(`ui.crisis.tender.${ch.to}` as UiKey); }
    if (ch.metric === 'seat') {
      name = `${c(`director.${ch.detail}`, undefined, ch.detail ?? '')} (${metricName('seat').toLowerCase()})`;
      [from, to] = [ch.from, ch.to].map((v) => u(v === 'seated' ? 'ui.crisis.seated' : 'ui.crisis.gone'));
    }
    const arrow = typeof ch.from === 'number' && typeof ch.to === 'number' ? (ch.to > ch.from ? ' ▲' : ' ▼') : '';
    return `${u('ui.change', { metric: name, from, to })}${arrow}`;
  }

  // ---------------------------------------------------------------- watch history

  private scheduleWatch(delay: number): void {
    this.autoTimer?.remove();
    this.autoTimer = this.time.delayedCall(delay, () => {
      if (!this.autoplay || this.s.state.outcome) return;
      if (this.phase.kind === 'resolve') this.continueAfterResolution();
      this.watchNext();
    });
  }

  private watchNext(): void {
    if (this.s.state.outcome) {
      this.go('ending');
      return;
    }
    if (this.phase.kind === 'resolve') this.phase = { kind: 'watch-idle' };
    const before = viewOf(this.s.state.world);
    const rec = advance(this.s);
    this.startResolution(rec, before);
  }

  private drawWatch(): void {
    const r = MOVES;
    const sec = dom().section(this.bottomEl, u('ui.crisis.watching'), { headingLevel: 2 });
    this.track(kicker(this, r.x + 16, r.y + 12, u('ui.crisis.watching'), 900));
    const last = this.s.state.log[this.s.state.log.length - 1];
    if (last) {
      const when = u('ui.crisis.resolution', dayPartOf(last.turn));
      this.track(addText(this, r.x + 22, r.y + 36, when, { size: 'md', serif: true, bold: true, width: 800, maxH: 26 }));
      dom().text(sec, when);
      let y = r.y + 66;
      for (const m of last.moves) {
        const line = u('ui.crisis.by', { party: partyName(m.party), move: playedLabel(m) });
        this.track(addText(this, r.x + 22, y, line, { size: 'sm', color: C.inkDim, width: 740, maxH: 26 }));
        dom().text(sec, line);
        y += 26;
      }
    }
    this.drawWatchControls(r.x + r.w - 480, r.y + r.h - 54);
  }

  private drawWatchControls(x: number, y: number): void {
    this.btn({
      x, y, w: 200, h: 42, label: this.autoplay ? u('ui.crisis.pause') : u('ui.crisis.resume'), kind: 'secondary', id: 'watch-auto', pressed: !this.autoplay,
      onClick: () => {
        this.autoplay = !this.autoplay;
        if (this.autoplay) this.scheduleWatch(300);
        else this.autoTimer?.remove();
        this.drawBottom('watch-auto');
      },
    });
    if (this.phase.kind !== 'resolve') {
      this.btn({ x: x + 220, y, w: 240, h: 42, label: u('ui.crisis.nextTurn'), kind: 'primary', id: 'watch-next', onClick: () => this.watchNext() });
    }
  }
}

function dayPartOf(turn: number): { day: string; part: string } {
  const k = turnClock(turn);
  return { day: `${u(`ui.day.${k.day}` as UiKey)} ${k.date}`, part: u(`ui.part.${k.part}` as UiKey) };
}

/** One line per number and step: repeated changes of the same number are merged, and no-op changes dropped. */
function mergeChanges(changes: Change[]): Change[] {
  const out: Change[] = [];
  const byKey = new Map<string, Change>();
  for (const ch of changes) {
    const key = `${ch.cause}|${ch.metric}|${ch.detail ?? ''}`;
    const prev = byKey.get(key);
    if (prev) prev.to = ch.to;
    else {
      const copy = { ...ch };
      byKey.set(key, copy);
      out.push(copy);
    }
  }
  return out.filter((ch) => fmtNum(ch.metric, ch.from) !== fmtNum(ch.metric, ch.to));
}

/** The first source's site, for the mark on the canvas; the DOM log carries the full source. */
function shortSource(src: string | undefined): string {
  if (!src) return '';
  const first = src.split(/[;,\s]+/).find(Boolean) ?? src;
  return first.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0];
}
