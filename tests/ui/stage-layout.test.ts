// The stage's people and where they stand: every look differs from every other; each person is drawn once, inside
// the box; directors who stand by the removal sit across the table from those who would concede; Altman stands by
// Microsoft once he works there; a quote's bubble points at whoever said it.
import { describe, expect, it } from 'vitest';
import { LOOKS, lookKey } from '../../scenes/people.ts';
import { layoutStage } from '../../scenes/stage-layout.ts';
import type { StageModel } from '../../scenes/stage-model.ts';

const PARTIES = ['management', 'altman', 'employees', 'microsoft', 'salesforce', 'investors'];
function model(over: Partial<StageModel> = {}): StageModel {
  return {
    directors: [
      { id: 'sutskever', seated: true, resolve: 80 }, { id: 'toner', seated: true, resolve: 30 },
      { id: 'mccauley', seated: true, resolve: 70 }, { id: 'dangelo', seated: false, resolve: 10 },
    ],
    names: { sutskever: 'Sutskever', toner: 'Toner', mccauley: 'McCauley', dangelo: 'D’Angelo' },
    ceo: 'murati', ceoName: 'Mira Murati (interim)', altmanAt: 'out',
    parties: PARTIES.map((id) => ({ id, name: id, state: '', you: false })),
    departures: { microsoft: 0, salesforce: 0, newco: 0, other: 0 },
    staffShare: 1, quotes: [], motion: true, stepMs: 600, fontPx: 16,
    ...over,
  };
}
const SIZES: [number, number][] = [[370, 217], [388, 338], [570, 440], [300, 160]];

describe('the people', () => {
  it('each look is told apart from every other by what a small portrait shows', () => {
    const keys = Object.values(LOOKS).map(lookKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('where they stand', () => {
  for (const [w, h] of SIZES) {
    it(`at ${w}x${h}: everyone once, inside the box`, () => {
      const l = layoutStage(model(), w, h);
      const named = l.figures.filter((f) => f.person !== 'staff').map((f) => f.person);
      expect(new Set(named).size).toBe(named.length);
      for (const f of l.figures) {
        expect(f.x - f.r, f.key).toBeGreaterThanOrEqual(0);
        expect(f.x + f.r, f.key).toBeLessThanOrEqual(w);
        expect(f.y - f.r, f.key).toBeGreaterThanOrEqual(0);
        expect(f.y + f.r, f.key).toBeLessThanOrEqual(h);
      }
    });
  }

  it('puts the CEO in the chair, and those who stand by the removal across the table from those who would concede', () => {
    const l = layoutStage(model(), 570, 440);
    const at = (id: string) => l.figures.find((f) => f.person === id)!;
    expect(at('murati')).toMatchObject({ x: l.chair.x, y: l.chair.y });
    expect(at('sutskever').y).toBeLessThan(l.table.cy);
    expect(at('mccauley').y).toBeLessThan(l.table.cy);
    expect(at('toner').y).toBeGreaterThan(l.table.cy);
    expect(at('dangelo')).toMatchObject({ faded: true, ring: 'gone' });
    // A director who changes sides crosses the table.
    const after = layoutStage(model({ directors: model().directors.map((d) => (d.id === 'sutskever' ? { ...d, resolve: 40 } : d)) }), 570, 440);
    expect(after.figures.find((f) => f.person === 'sutskever')!.y).toBeGreaterThan(l.table.cy);
  });

  it('walks Altman and Brockman over to Microsoft’s side when Altman joins Microsoft', () => {
    const out = layoutStage(model(), 570, 440);
    const joined = layoutStage(model({ altmanAt: 'microsoft' }), 570, 440);
    const nadella = joined.figures.find((f) => f.person === 'nadella')!;
    for (const id of ['altman', 'brockman']) {
      const before = out.figures.find((f) => f.person === id)!;
      const now = joined.figures.find((f) => f.person === id)!;
      expect(Math.hypot(now.x - nadella.x, now.y - nadella.y)).toBeLessThan(Math.hypot(before.x - nadella.x, before.y - nadella.y));
    }
  });

  it('points a quote’s bubble at whoever said it', () => {
    const l = layoutStage(model({ quotes: [{ speaker: 'benioff', text: 'Salesforce will match any OpenAI researcher.' }] }), 570, 440);
    const benioff = l.figures.find((f) => f.person === 'benioff')!;
    expect(l.bubbles).toHaveLength(1);
    expect(Math.hypot(l.bubbles[0].tipX - benioff.x, l.bubbles[0].tipY - benioff.y)).toBeLessThanOrEqual(benioff.r);
    // Someone not on the stage says nothing there (the quote is still in the news).
    expect(layoutStage(model({ quotes: [{ speaker: 'shear', text: 'x' }] }), 570, 440).bubbles).toEqual([]);
  });
});
