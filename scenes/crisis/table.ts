// The table: the directors (who still sits, how firmly each stands by the removal), where each party stands,
// the CEO's chair and where Altman is.
import type Phaser from 'phaser';
import { C } from '../../src/ui/theme.ts';
import { addText, kicker, panel, px, setFitted } from '../../src/ui/widgets.ts';
import { c, partyName, u } from '../../src/ui/i18n.ts';
import { dom, type Rect } from '../../src/dom/layer.ts';
import { PARTIES, type PartyId } from '../../src/sim/ids.ts';
import type { Director } from '../../src/sim/types.ts';
import type { UiKey } from '../../src/ui-text/index.ts';
import type { Dash, View } from './view.ts';

const TABLE: Rect = { x: 16, y: 96, w: 420, h: 300 };

export function drawTable(scene: Phaser.Scene, main: HTMLElement, view: View, parties: Record<PartyId, string>, dash: Dash): void {
  const r = TABLE;
  const sec = dom().section(main, u('ui.crisis.table'), { headingLevel: 2 });
  panel(scene, r);
  kicker(scene, r.x + 16, r.y + 12, u('ui.crisis.table'), 200);
  const shown = view.directors.filter((d) => d.seated || !['altman', 'brockman'].includes(d.id) || d.joinedLater);
  // Two seats a row; a director whose name cannot fit half a row even at the smallest size takes a whole row.
  const cw = (r.w - 32 - 12) / 2;
  const seats = placeSeats(shown.map((d) => nameFits(scene, directorName(d), cw - 34)));
  const rows = seats.reduce((n, s) => Math.max(n, s.row + 1), 0);
  const ch = Math.min(46, Math.floor((r.h - 44 - 92) / Math.max(1, rows)));
  const list = document.createElement('ul');
  list.className = 'sr-only';
  sec.appendChild(list);
  shown.forEach((d, i) => {
    const { row, col, wide } = seats[i];
    const x = r.x + 16 + col * (cw + 12);
    const y = r.y + 38 + row * ch;
    list.appendChild(drawDirector(scene, d, x, y, wide ? r.w - 32 : cw, dash));
  });

  // Where each party stands now (its state), when there is room under the directors.
  const statesTop = r.y + 38 + rows * ch + 2;
  const statesBottom = r.y + r.h - 96;
  const stateLines = PARTIES.map((p) => `${partyName(p)}: ${c(`state.${p}.${parties[p]}`, undefined, parties[p])}`);
  dom().list(sec, stateLines);
  const perRow = 2;
  const lineH = px('xs') + 5;
  const fitRows = Math.floor((statesBottom - statesTop) / lineH);
  if (fitRows >= 2) {
    const showN = Math.min(PARTIES.length, fitRows * perRow);
    // One line each, all at one size; an entry that cannot fit even at the smallest size is left to the
    // DOM list rather than cut.
    const texts: Phaser.GameObjects.Text[] = [];
    for (let i = 0; i < showN; i++) {
      const x = r.x + 16 + (i % perRow) * (cw + 12);
      const y = statesTop + Math.floor(i / perRow) * lineH;
      texts.push(addText(scene, x, y, stateLines[i], { size: 'xs', color: C.inkDim }));
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
  scene.add.rectangle(r.x + 16, cy - 8, r.w - 32, 1, C.line).setOrigin(0, 0);
  scene.add.image(r.x + 16, cy + 4, 'chair').setOrigin(0, 0).setScale(0.9);
  addText(scene, r.x + 84, cy + 2, u('ui.crisis.ceoChair').toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1, width: 300, maxH: 18 });
  const ceoT = addText(scene, r.x + 84, cy + 20, u(`ui.crisis.ceo.${view.ceo}` as UiKey), { size: 'lg', serif: true, bold: true, width: r.w - 100, maxH: 28, minScale: 0.6 });
  const altmanText = (at: string) => `${u('ui.crisis.altmanAt')} ${u(`ui.crisis.altmanAt.${at}` as UiKey)}`;
  const altT = addText(scene, r.x + 84, cy + 50, altmanText(view.altmanAt), { size: 'sm', color: C.inkDim, width: r.w - 100, maxH: 22 });
  dash.words.set('ceo', (to) => setFitted(ceoT, u(`ui.crisis.ceo.${to}` as UiKey)));
  dash.words.set('altmanAt', (to) => setFitted(altT, altmanText(to)));
  dom().text(sec, `${u('ui.crisis.ceoChair')}: ${ceoT.text}. ${altT.text}.`);
}

const directorName = (d: Director): string => c(`director.${d.id}`, undefined, d.id);

/** Whether a name fits a width on one line at the smallest size a name may shrink to. */
function nameFits(scene: Phaser.Scene, name: string, width: number): boolean {
  const t = addText(scene, -1000, -1000, name, { size: Math.max(11, Math.floor(px('sm') * 0.72)), bold: true, fixed: true });
  const fits = t.width <= width;
  t.destroy();
  return fits;
}

/** Seats in reading order, two a row; a name that does not fit half a row gets a row of its own. */
function placeSeats(fitsHalf: boolean[]): { row: number; col: number; wide: boolean }[] {
  let row = 0;
  let col = 0;
  return fitsHalf.map((fits) => {
    if (!fits && col === 1) {
      row += 1;
      col = 0;
    }
    const seat = { row, col, wide: !fits };
    if (!fits || col === 1) {
      row += 1;
      col = 0;
    } else col = 1;
    return seat;
  });
}

/** A seat at the table: a ring with the director's initials, its colour following resolve, said in words too. */
function drawDirector(scene: Phaser.Scene, d: Director, x: number, y: number, w: number, dash: Dash): HTMLLIElement {
  const name = directorName(d);
  const li = document.createElement('li');
  const ring = scene.add.circle(x + 14, y + 16, 14, d.seated ? C.panelHi : C.panel);
  const neutral = !d.seated || d.id === 'altman' || d.id === 'brockman';
  ring.setStrokeStyle(2, neutral ? C.line : d.resolve >= 50 ? C.brass : C.upHex);
  const initials = name.split(/[\s'’-]+/).filter(Boolean).map((part) => part[0]).join('').slice(0, 2).toUpperCase();
  addText(scene, x + 14, y + 16, initials, { size: 11, bold: true, fixed: true, color: d.seated ? C.ink : C.inkFaint }).setOrigin(0.5, 0.5);
  const nameT = addText(scene, x + 34, y, name, { size: 'sm', bold: true, color: d.seated ? C.ink : C.inkFaint, width: w - 34, maxH: 20 });
  if (d.seated && (d.id === 'altman' || d.id === 'brockman')) {
    // The two removed with the vote: a seat, not a side to weigh.
    addText(scene, x + 34, y + 20, u('ui.crisis.seated'), { size: 'xs', italic: true, color: C.inkDim, width: w - 34, maxH: 18 });
    li.textContent = `${name}: ${u('ui.crisis.seated')}`;
    return li;
  }
  if (!d.seated) {
    // Struck through, and said in words.
    scene.add.rectangle(nameT.x, nameT.y + nameT.height / 2, nameT.width, 1.5, 0xb3bdc9).setOrigin(0, 0.5);
    addText(scene, x + 34, y + 20, u('ui.crisis.gone'), { size: 'xs', italic: true, color: C.inkFaint, width: w - 34, maxH: 18 });
    li.textContent = `${name}: ${u('ui.crisis.gone')}`;
    return li;
  }
  // The value sits at the right edge; the bar takes what is left.
  const val = addText(scene, x + w, y + 18, u('ui.crisis.resolve', { n: 100 }), { size: 'xs', color: C.inkDim });
  const valW = Math.min(val.width, (w - 34) * 0.55);
  const barW = w - 34 - valW - 8;
  const bx = x + 34;
  const by = y + 24;
  scene.add.rectangle(bx, by, barW, 8, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
  // The 50 mark: below it a director votes to concede.
  scene.add.rectangle(bx + barW / 2, by - 2, 1.5, 12, 0x8d99a8).setOrigin(0.5, 0);
  const fill = scene.add.rectangle(bx, by, 0, 8, d.resolve >= 50 ? C.brass : C.upHex).setOrigin(0, 0);
  val.setData('fit', { w: valW, h: 20, size: px('xs'), min: 10 });
  const set = (n: number) => {
    fill.width = (barW * Math.max(0, Math.min(100, n))) / 100;
    fill.fillColor = n >= 50 ? C.brass : C.upHex;
    setFitted(val, u('ui.crisis.resolve', { n: Math.round(n) }));
    val.setOrigin(1, 0);
  };
  set(d.resolve);
  dash.numbers.set(`resolve:${d.id}`, set);
  if (d.joinedLater) addText(scene, x + 34 + nameT.width + 6, y + 2, `· ${u('ui.crisis.new')}`, { size: 'xs', color: C.brassCss });
  li.textContent = `${name}: ${u('ui.crisis.seated')}, ${u('ui.crisis.resolve', { n: Math.round(d.resolve) })}${d.joinedLater ? `, ${u('ui.crisis.new')}` : ''}`;
  return li;
}
