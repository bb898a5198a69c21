// The look: a serious newsroom and boardroom. Restrained, high-contrast, two typefaces.
// Every foreground/background pair used for text meets WCAG AA (4.5:1 for body text); see tests/browser.

export const GAME_W = 1280;
export const GAME_H = 720;

export const C = {
  bg: 0x0f1318,
  bgCss: '#0f1318',
  panel: 0x181e26,
  panelCss: '#181e26',
  panelHi: 0x222a35,
  panelHiCss: '#222a35',
  line: 0x33404f,
  lineCss: '#33404f',
  ink: '#eef1f4',          // 15.6:1 on panel
  inkDim: '#b3bdc9',       // 9.2:1 on panel
  inkFaint: '#8d99a8',     // 5.9:1 on panel
  brass: 0xd9b45a,
  brassCss: '#d9b45a',     // 9.0:1 on panel
  brassInk: '#16130b',     // on brass
  paper: 0xf3eee3,
  paperCss: '#f3eee3',
  paperInk: '#1d1b17',     // 15:1 on paper
  paperDim: '#51493d',     // 8:1 on paper
  sourceMark: '#6b4d0f',   // 7.4:1 on paper
  simMark: '#8a2d1c',      // 7.2:1 on paper
  up: '#86d1b0',           // on panel 9:1
  upHex: 0x86d1b0,
  down: '#f0937c',         // on panel 6.6:1
  downHex: 0xf0937c,
  blocked: '#8d99a8',
  focus: '#ffd84d',
  danger: 0xc8553d,
  dangerCss: '#e4826b',
  seat: 0x2b3644,
  chair: 0x6b5426,
} as const;

export const FONT_UI = '"Atkinson Hyperlegible", "Segoe UI", Arial, sans-serif';
export const FONT_SERIF = '"Source Serif 4", Georgia, "Times New Roman", serif';

/** The type scale at text size 1, in game pixels. */
export const SIZE = {
  xs: 13,
  sm: 15,
  md: 17,
  lg: 20,
  xl: 26,
  xxl: 36,
  display: 54,
} as const;
export type SizeName = keyof typeof SIZE;

export const TEXT_SCALES = [1, 1.12, 1.25] as const;

export function hexCss(n: number): string {
  return '#' + n.toString(16).padStart(6, '0');
}
