// Where everything stands on the stage, for a model and a box: the table and the CEO's chair with who sits in it, the
// directors round the table (those who stand by the removal on the far side, those who would concede on the near
// side, so a director who changes sides crosses the table), the parties' people at the room's edges (Altman and
// Brockman beside Microsoft once they are there), the staff as a crowd, the dots of those who left by where they went,
// and speech bubbles pointing at whoever the news quotes. Pure: the scene draws it and moves things between layouts.
import { isPerson, type PersonId } from './people.ts';
import type { StageModel } from './stage-model.ts';

export type Ring = 'firm' | 'wavering' | 'gone' | null;

export interface FigureAt {
  /** One figure per person (the crowd: staff-0, staff-1...). */
  key: string;
  person: PersonId;
  x: number;
  y: number;
  r: number;
  /** A director's stance, drawn as the ring round the portrait; null for everyone else. */
  ring: Ring;
  /** A director's resolve (0 to 100), drawn as the share of the ring; null when not shown. */
  resolve: number | null;
  faded: boolean;
  label: string | null;
  /** The label's centre, relative to the figure. */
  labelDy: number;
  labelSize: number;
}

export interface LabelAt {
  key: string;
  text: string;
  x: number;
  y: number;
  tone: 'ink' | 'dim' | 'brass';
  bold: boolean;
  wrap: number;
  size: number;
  /** Which end of the text is at x: parties' names hug the room's edges. */
  align: 'left' | 'center' | 'right';
}

export interface BubbleAt {
  text: string;
  /** The box's top-left corner and size, and the point the tail reaches (the speaker's head). */
  x: number;
  y: number;
  w: number;
  /** The box's height, as estimated here (the scene measures the text). */
  h: number;
  size: number;
  tipX: number;
  tipY: number;
}

export interface StageLayout {
  font: number;
  table: { cx: number; cy: number; rx: number; ry: number };
  chair: { x: number; y: number; s: number; firm: boolean; name: string; nameX: number };
  figures: FigureAt[];
  labels: LabelAt[];
  /** Where the staff stand, and where those who left gather, by destination. */
  crowd: { x: number; y: number };
  clusters: { dest: string; x: number; y: number; dirX: number; dirY: number; dots: number }[];
  bubbles: BubbleAt[];
}

/** Where each party stands round the room, as fractions of the box. */
const SPOTS: Record<string, [number, number]> = {
  management: [0.1, 0.12], altman: [0.9, 0.12], employees: [0.9, 0.5], microsoft: [0.9, 0.88], salesforce: [0.1, 0.88], investors: [0.1, 0.5],
};
/** The people each party brings (before Altman, Brockman and the chair are placed). */
const PARTY_PEOPLE: Record<string, PersonId[]> = { management: ['murati'], microsoft: ['nadella', 'scott'], salesforce: ['benioff'], investors: ['khosla'] };
/** The most staff drawn in the crowd. */
export const CROWD = 5;
/** The most speech bubbles at once. */
export const BUBBLES = 3;
/** The parties who stand round the room (the board sits at the table). */
export const PARTY_IDS = Object.keys(SPOTS);
/** One dot for this many people who left, at most this many dots a destination. */
export const PER_DOT = 20;
const MAX_DOTS = 40;
/** The longest quote a bubble shows before it cuts (the whole quote is in the news). */
const BUBBLE_CHARS = 90;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function layoutStage(m: StageModel, w: number, h: number): StageLayout {
  const font = Math.max(12, Math.min(m.fontPx * 0.85, Math.min(w, h) / 14));
  const small = Math.max(12, font * 0.85);
  const cx = w / 2;
  const cy = h / 2;
  const rx = Math.max(40, w * 0.27);
  const ry = Math.max(20, h * 0.13);
  const figures: FigureAt[] = [];
  const labels: LabelAt[] = [];

  // The chair at the head of the table, and who sits in it.
  const cs = Math.max(9, Math.min(ry * 0.6, h / 12));
  const chairX = cx - rx * 0.76;
  const ceo = isPerson(m.ceo) ? m.ceo : 'rival-ceo';
  figures.push({ key: ceo, person: ceo, x: chairX, y: cy, r: cs * 0.92, ring: null, resolve: null, faded: false, label: null, labelDy: 0, labelSize: small });
  const chair = { x: chairX, y: cy, s: cs, firm: m.ceo === 'altman', name: m.ceoName.split(' (')[0], nameX: cx + rx * 0.12 };

  // The directors: the far side stands by the removal, the near side would concede; those who left sit faded at the
  // near side's end. Altman and Brockman, while on the board, sit on the near side without a ring.
  const removed = (id: string) => id === 'altman' || id === 'brockman';
  // Whoever is in the chair is drawn there, not at the table too.
  const directors = m.directors.filter((d) => d.id !== ceo);
  const far = directors.filter((d) => d.seated && !removed(d.id) && d.resolve >= 50);
  const near = [...directors.filter((d) => d.seated && (removed(d.id) || d.resolve < 50)), ...directors.filter((d) => !d.seated)];
  const span = rx * 1.45;
  const start = cx - rx * 0.52;
  const widest = Math.max(1, far.length, near.length);
  const r = Math.max(7, Math.min(h / 11, ry * 0.95, span / widest / 2.3));
  for (const [row, side] of [[far, -1], [near, 1]] as const) {
    row.forEach((d, k) => {
      if (!isPerson(d.id)) return;
      const x = start + (span * (k + 0.5)) / Math.max(row.length, 1);
      const y = cy + side * (ry + r * 0.45);
      const name = m.names[d.id] ?? d.id;
      const size = Math.max(12, Math.min(font * 0.9, ((span * 2) / Math.max(row.length, 1)) / Math.max(4, name.length) * 1.6));
      // Names take turns on up to three lines when neighbours' names would touch.
      const widestName = Math.max(...row.map((x) => (m.names[x.id] ?? x.id).length)) * size * 0.58;
      const lines = clamp(Math.ceil(widestName / ((span / Math.max(row.length, 1)) * 0.95)), 1, 3);
      const lift = k % lines;
      const ring: Ring = !d.seated ? 'gone' : removed(d.id) ? null : d.resolve >= 50 ? 'firm' : 'wavering';
      figures.push({
        key: d.id, person: d.id, x, y, r, ring, resolve: d.seated && !removed(d.id) ? d.resolve : null, faded: !d.seated, label: name,
        labelDy: side * (r + 6 + size * (0.6 + lift * 1.15)), labelSize: size,
      });
    });
  }

  // The parties round the room: their people in a row, their name beneath (above, at the bottom of the box).
  const pr = Math.max(8, Math.min(h / 12, w / 22, 36));
  const seatedIds = new Set(m.directors.filter((d) => d.seated).map((d) => d.id));
  const onStage = new Set(figures.map((f) => f.key));
  const people: Record<string, PersonId[]> = {};
  for (const p of Object.keys(SPOTS)) people[p] = (PARTY_PEOPLE[p] ?? []).filter((id) => !onStage.has(id));
  // Altman (unless in the chair or on the board) stands with his party, or beside Microsoft once he works there;
  // Brockman, off the board, stands with him.
  const altmanSpot = m.altmanAt === 'microsoft' ? 'microsoft' : 'altman';
  for (const id of ['altman', 'brockman'] as const) {
    if (!onStage.has(id) && !seatedIds.has(id)) people[altmanSpot].push(id);
  }
  const crowd = clamp(Math.round(m.staffShare * CROWD), m.staffShare > 0 ? 1 : 0, CROWD);
  const spotAt: Record<string, { x: number; y: number }> = {};
  for (const party of m.parties) {
    const spot = SPOTS[party.id];
    if (!spot) continue;
    const [fx, fy] = spot;
    const who = party.id === 'employees' ? Array.from({ length: crowd }, () => 'staff' as PersonId) : people[party.id] ?? [];
    // The staff stand close together, a crowd; the others side by side, two to a row (a third person stands behind).
    const crowdSpot = party.id === 'employees';
    const fr = crowdSpot ? pr * 0.8 : pr;
    const gap = fr * (crowdSpot ? 1.35 : 2.15);
    const perRow = crowdSpot ? (h < 260 ? 5 : 3) : w < 480 ? 4 : 2;
    const top = fy < 0.3;
    const bottom = fy > 0.7;
    const lineH = small * 1.25;
    // The name's lines: a short name one line, a long one two.
    // A short stage keeps every name on one line (wider); a tall one wraps a long name on two.
    const wrap = h < 260 ? w * 0.34 : Math.max(60, w * 0.2);
    const nameLines = party.name.length * small * 0.55 > wrap ? 2 : 1;
    const labelH = nameLines * lineH;
    // The crowd's second row stands in front of the first (its name below both).
    const front = crowdSpot && who.length > perRow ? fr * 1.1 : 0;
    const rowY = top ? 4 + fr : bottom ? h - 4 - labelH - fr * 1.1 : h * fy - labelH / 2 - fr * 0.2 - front / 2;
    let labelY = (top ? rowY + fr + 2 + labelH / 2 : bottom ? h - 2 - labelH / 2 : rowY + fr + 2 + labelH / 2) + (bottom ? 0 : front);
    const widest = Math.min(perRow, who.length);
    const rowW = gap * Math.max(0, widest - 1);
    // The parties at the room's edges stand against them.
    const left = fx < 0.5;
    const x0 = left ? 4 + fr : w - 4 - fr - rowW;
    who.forEach((id, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, who.length - row * perRow);
      const x = x0 + gap * ((i % perRow) + (widest - inRow) / 2);
      // Further rows: the crowd's in front; others behind (below the first at the top of the room, above it elsewhere).
      const y = crowdSpot ? rowY + row * front : rowY + row * fr * 1.9 * (top ? 1 : -1);
      figures.push({ key: crowdSpot ? `staff-${i}` : id, person: id, x, y, r: fr, ring: null, resolve: null, faded: false, label: null, labelDy: 0, labelSize: small });
    });
    spotAt[party.id] = { x: w * fx, y: rowY };
    // A party with nobody standing at its place (Altman in the chair, Brockman at the table) goes unnamed there,
    // unless it is played here (its star says so, at the room's edge).
    if (who.length === 0 && !party.you) continue;
    if (who.length === 0) labelY = top ? 4 + labelH / 2 : bottom ? h - 4 - labelH / 2 : h * fy;
    labels.push({
      key: party.id, text: party.you ? `${party.name} ★` : party.name, x: left ? 4 : w - 4, y: labelY, align: left ? 'left' : 'right',
      tone: party.you ? 'brass' : 'dim', bold: party.you, wrap, size: small,
    });
  }
  const crowdAt = spotAt.employees ?? { x: w * 0.9, y: h * 0.5 };

  // Those who left, by where they went: Microsoft's corner, Salesforce's, Altman's new company (wherever Altman stands),
  // and elsewhere (out by the investors' side).
  const destSpot: Record<string, string> = { microsoft: 'microsoft', salesforce: 'salesforce', newco: altmanSpot, other: 'investors' };
  const clusters = Object.entries(m.departures).map(([dest, count]) => {
    const s = spotAt[destSpot[dest] ?? 'investors'] ?? { x: w / 2, y: h / 2 };
    const left = s.x < w / 2;
    const up = s.y < h / 2;
    // Beside the party's people, toward the middle of the room.
    const x = s.x + (left ? 1 : -1) * Math.min(w * 0.12, pr * 2.5 + 8);
    const y = s.y + (up ? 1 : -1) * (pr + 6) + (dest === 'newco' && altmanSpot === 'microsoft' ? -12 : 0);
    return { dest, x, y, dirX: left ? 1 : -1, dirY: up ? 1 : -1, dots: Math.min(MAX_DOTS, Math.ceil(count / PER_DOT)) };
  });

  // Speech bubbles: a quote in the news, pointing at who said it.
  const bubbles: BubbleAt[] = [];
  const bw = Math.min(w * 0.46, small * 16);
  // A small stage has room for one bubble, and a shorter one.
  const room = w < 480 ? 1 : BUBBLES;
  const chars = w < 480 ? BUBBLE_CHARS * 0.7 : BUBBLE_CHARS;
  m.quotes.slice(0, room).forEach((q) => {
    const f = q.speaker === 'staff' ? { x: crowdAt.x, y: crowdAt.y, r: pr } : q.speaker === 'openai' ? { x: cx, y: cy, r: ry } : figures.find((g) => g.person === q.speaker);
    if (!f) return;
    const text = q.text.length > chars ? `“${q.text.slice(0, chars).replace(/\s+\S*$/, '')}…”` : `“${q.text}”`;
    const lines = Math.min(4, Math.ceil((text.length * small * 0.5) / bw));
    const bh = lines * small * 1.25 + 10;
    const toRight = f.x < w / 2;
    const x = clamp(toRight ? f.x + f.r + 10 : f.x - f.r - 10 - bw, 2, w - bw - 2);
    let y = clamp(f.y - bh - f.r * 0.5, 2, h - bh - 2);
    // Below any bubble already there that it would cover.
    for (const b of bubbles) if (x < b.x + b.w && b.x < x + bw && y < b.y + b.h + 4 && b.y < y + bh) y = clamp(b.y + b.h + 6, 2, h - bh - 2);
    bubbles.push({ text, x, y, w: bw, h: bh, size: small, tipX: f.x + (toRight ? f.r * 0.6 : -f.r * 0.6), tipY: f.y - f.r * 0.4 });
  });

  return { font, table: { cx, cy, rx, ry }, chair, figures, labels, crowd: crowdAt, clusters, bubbles };
}
