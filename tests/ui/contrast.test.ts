// The canvas is invisible to axe: the colour pairs its text uses are measured here against WCAG AA (4.5:1).
import { describe, expect, it } from 'vitest';
import { TEXT_PAIRS } from '../../src/ui/theme.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('text colours', () => {
  it('a known pair measures as WCAG says (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  for (const [name, fg, bg] of TEXT_PAIRS) {
    it(`${name} (${fg} on ${bg}) meets AA`, () => {
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
