// The numbers: signatures toward the staff, departures by destination, the 0..100 gauges, Microsoft's share
// price, Salesforce's hires, the valuation, the tender and the staff count.
import type Phaser from 'phaser';
import { C } from '../../src/ui/theme.ts';
import { addText, kicker, panel, setFitted } from '../../src/ui/widgets.ts';
import { metricName, u } from '../../src/ui/i18n.ts';
import { dom, type Rect } from '../../src/dom/layer.ts';
import { STAFF_AT_START } from '../../src/sim/index.ts';
import { DEPARTURE_DESTINATIONS, type Destination } from '../../src/sim/ids.ts';
import type { UiKey } from '../../src/ui-text/index.ts';
import type { Dash, View } from './view.ts';

const NUMS: Rect = { x: 448, y: 96, w: 404, h: 300 };
const DEST_COLOURS: Record<Destination, number> = { microsoft: 0x6fa8dc, salesforce: 0x86d1b0, newco: 0xd9b45a, other: 0xb59cd6 };
const GAUGES = ['microsoftConfidence', 'continuity', 'boardCredibility', 'investorPressure', 'missionSafeguards'] as const;

export function drawNumbers(scene: Phaser.Scene, main: HTMLElement, view: View, dash: Dash): void {
  const r = NUMS;
  // The numbers as drawn now; the setters move them during a resolution.
  const v: View = { ...view, departures: { ...view.departures } };
  const sec = dom().section(main, u('ui.crisis.numbers'), { headingLevel: 2 });
  const lines: string[] = [];
  panel(scene, r);
  kicker(scene, r.x + 16, r.y + 12, u('ui.crisis.numbers'), 200);
  const sx = r.x + 16;
  const barW = r.w - 32;
  const half = (barW - 16) / 2;
  const col2 = sx + half + 16;

  // Signatures toward the staff count.
  addText(scene, sx, r.y + 36, u('ui.crisis.signatures'), { size: 'sm', bold: true, width: half + 40, maxH: 20 });
  const sigT = addText(scene, r.x + r.w - 16, r.y + 32, '', { size: 'lg', serif: true, bold: true, width: half - 40, maxH: 26 });
  scene.add.rectangle(sx, r.y + 60, barW, 10, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
  const sigFill = scene.add.rectangle(sx, r.y + 60, 0, 10, 0xe4e8ec).setOrigin(0, 0);
  const setSig = () => {
    setFitted(sigT, u('ui.crisis.signaturesOf', { n: Math.round(v.signatures), staff: Math.round(v.staff) }));
    sigT.setOrigin(1, 0);
    sigFill.width = barW * Math.min(1, v.signatures / Math.max(1, v.staff));
  };
  dash.numbers.set('signatures', (n) => { v.signatures = n; setSig(); });
  setSig();
  lines.push(`${u('ui.crisis.signatures')}: ${u('ui.crisis.signaturesOf', { n: view.signatures, staff: view.staff })}`);

  // Departures by destination: a stacked bar over the staff at the start, with a legend in words and numbers.
  addText(scene, sx, r.y + 80, u('ui.crisis.departures'), { size: 'sm', bold: true, width: half, maxH: 20 });
  const depTotal = addText(scene, r.x + r.w - 16, r.y + 80, '', { size: 'sm', bold: true });
  depTotal.setOrigin(1, 0);
  const stackY = r.y + 104;
  scene.add.rectangle(sx, stackY, barW, 10, 0x2c3643).setOrigin(0, 0).setStrokeStyle(1, C.line);
  const segs = DEPARTURE_DESTINATIONS.map((d) => scene.add.rectangle(sx, stackY, 0, 10, DEST_COLOURS[d]).setOrigin(0, 0));
  const legend = DEPARTURE_DESTINATIONS.map((d, i) => {
    const lx = i % 2 === 0 ? sx : col2;
    const ly = stackY + 16 + Math.floor(i / 2) * 17;
    scene.add.rectangle(lx, ly + 3, 10, 10, DEST_COLOURS[d]).setOrigin(0, 0);
    return addText(scene, lx + 16, ly, '', { size: 'xs', color: C.inkDim, width: half - 16, maxH: 17 });
  });
  const setDep = () => {
    let x = sx;
    const total = DEPARTURE_DESTINATIONS.reduce((a, d) => a + v.departures[d], 0);
    DEPARTURE_DESTINATIONS.forEach((d, i) => {
      segs[i].setPosition(x, stackY);
      segs[i].width = Math.min((barW * v.departures[d]) / STAFF_AT_START, sx + barW - x);
      x += segs[i].width;
      setFitted(legend[i], `${u(`ui.crisis.dest.${d}` as UiKey)}: ${Math.round(v.departures[d])}`);
    });
    depTotal.setText(String(Math.round(total)));
  };
  for (const d of DEPARTURE_DESTINATIONS) dash.numbers.set(`departures:${d}`, (n) => { v.departures[d] = n; setDep(); });
  setDep();
  lines.push(`${u('ui.crisis.departures')}: ` + DEPARTURE_DESTINATIONS.map((d) => `${u(`ui.crisis.dest.${d}` as UiKey)} ${view.departures[d]}`).join(', '));

  // Gauges: the 0..100 numbers, each a bar with its value.
  const gy0 = r.y + 158;
  GAUGES.forEach((id, i) => {
    const gx = i % 2 === 0 ? sx : col2;
    const gy = gy0 + Math.floor(i / 2) * 32;
    addText(scene, gx, gy, metricName(id), { size: 'xs', color: C.inkDim, width: half - 34, maxH: 17 });
    const num = addText(scene, gx + half, gy - 1, '', { size: 'xs', bold: true });
    num.setOrigin(1, 0);
    scene.add.rectangle(gx, gy + 18, half, 7, 0x2c3643).setOrigin(0, 0);
    const f = scene.add.rectangle(gx, gy + 18, 0, 7, 0x9fb3c8).setOrigin(0, 0);
    const set = (n: number) => {
      f.width = (half * Math.max(0, Math.min(100, n))) / 100;
      num.setText(String(Math.round(n)));
    };
    set(view[id]);
    dash.numbers.set(id, set);
    lines.push(`${metricName(id)}: ${Math.round(view[id])}`);
  });

  // Microsoft's share price (in the sixth gauge slot), Salesforce's hires, the valuation and the tender.
  const priceT = addText(scene, col2, gy0 + 64, '', { size: 'sm', bold: true, width: half, maxH: 22 });
  const setPrice = (n: number) => setFitted(priceT, u('ui.crisis.msftPrice', { price: n.toFixed(2) }));
  setPrice(view.msftPrice);
  dash.numbers.set('msftPrice', setPrice);
  const by = r.y + 254;
  scene.add.rectangle(sx, by - 6, barW, 1, C.line).setOrigin(0, 0);
  const sfT = addText(scene, sx, by, '', { size: 'sm', width: half, maxH: 20 });
  const valT = addText(scene, col2, by, '', { size: 'sm', width: half, maxH: 20 });
  const tenderT = addText(scene, col2, by + 21, '', { size: 'xs', color: C.inkDim, width: half, maxH: 18 });
  const staffT = addText(scene, sx, by + 21, '', { size: 'xs', color: C.inkDim, width: half, maxH: 18 });
  const setTender = (to: string) => setFitted(tenderT, u('ui.crisis.tender', { state: u(`ui.crisis.tender.${to}` as UiKey) }));
  const setSf = (n: number) => { v.departures.salesforce = n; setFitted(sfT, u('ui.crisis.salesforceHires', { n: Math.round(n) })); setDep(); };
  const setVal = (n: number) => setFitted(valT, `${u('ui.crisis.valuationLabel')}: ${u('ui.crisis.valuation', { n: Math.round(n) })}`);
  const setStaff = () => setFitted(staffT, `${u('ui.crisis.staff')}: ${Math.round(v.staff)}`);
  setTender(view.tender);
  setSf(view.departures.salesforce);
  setVal(view.valuation);
  setStaff();
  dash.words.set('tender', setTender);
  dash.numbers.set('departures:salesforce', setSf);
  dash.numbers.set('valuation', setVal);
  dash.numbers.set('staff', (n) => { v.staff = n; setSig(); setStaff(); });
  lines.push(u('ui.crisis.msftPrice', { price: view.msftPrice.toFixed(2) }), u('ui.crisis.salesforceHires', { n: view.departures.salesforce }),
    `${u('ui.crisis.valuationLabel')}: ${u('ui.crisis.valuation', { n: Math.round(view.valuation) })}`, u('ui.crisis.tender', { state: u(`ui.crisis.tender.${view.tender}` as UiKey) }),
    `${u('ui.crisis.staff')}: ${view.staff}`);
  dom().list(sec, lines);
}
