// The look: a serious newsroom and boardroom. Restrained, high-contrast, two typefaces.
// Every foreground/background pair used for text meets WCAG AA (4.5:1 for body text): TEXT_PAIRS lists them
// and tests/browser/theme.test.ts measures them.

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
  ink: '#eef1f4',          // 14.8:1 on panel
  inkDim: '#b3bdc9',       // 8.8:1 on panel, 7.6:1 on panelHi
  inkFaint: '#8d99a8',     // 5.8:1 on panel, 5.0:1 on panelHi
  brass: 0xd9b45a,
  brassCss: '#d9b45a',     // 8.5:1 on panel
  brassInk: '#16130b',     // 9.4:1 on brass
  paper: 0xf3eee3,
  paperCss: '#f3eee3',
  paperInk: '#1d1b17',     // 14.9:1 on paper
  paperDim: '#51493d',     // 7.7:1 on paper
  sourceMark: '#6b4d0f',   // 6.7:1 on paper
  simMark: '#8a2d1c',      // 7.3:1 on paper
  up: '#86d1b0',           // 9.4:1 on panel
  upHex: 0x86d1b0,
  down: '#f0937c',         // 7.3:1 on panel
  downHex: 0xf0937c,
  blocked: '#8d99a8',
  focus: '#ffd84d',
  danger: 0xc8553d,
  dangerCss: '#e4826b',   // 6.2:1 on panel
  seat: 0x2b3644,
  chair: 0x6b5426,
} as const;

/** The text colour / background pairs the scenes draw (the canvas is invisible to axe, so they are tested here). */
export const TEXT_PAIRS: readonly [string, string, string][] = [
  ['ink on panel', C.ink, C.panelCss],
  ['ink on raised panel', C.ink, C.panelHiCss],
  ['dim ink on panel', C.inkDim, C.panelCss],
  ['dim ink on raised panel', C.inkDim, C.panelHiCss],
  ['dim ink on background', C.inkDim, C.bgCss],
  ['faint ink on panel', C.inkFaint, C.panelCss],
  ['faint ink on raised panel', C.inkFaint, C.panelHiCss],
  ['brass on panel', C.brassCss, C.panelCss],
  ['brass on background', C.brassCss, C.bgCss],
  ['brass on a selected card', C.brassCss, '#2a2618'],
  ['ink on a selected card', C.ink, '#2a2618'],
  ['ink on a hovered button', C.ink, '#2b3542'],
  ['button text on brass', C.brassInk, C.brassCss],
  ['button text on hovered brass', C.brassInk, '#e8c978'],
  ['paper ink on paper', C.paperInk, C.paperCss],
  ['paper dim on paper', C.paperDim, C.paperCss],
  ['source mark on paper', C.sourceMark, C.paperCss],
  ['simulated mark on paper', C.simMark, C.paperCss],
  ['danger on panel', C.dangerCss, C.panelCss],
  ['danger on the notice', C.dangerCss, '#2a1c17'],
  ['ink on the notice', C.ink, '#2a1c17'],
  ['up on panel', C.up, C.panelCss],
  ['down on panel', C.down, C.panelCss],
];

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

/** The three text sizes: the page's root font size is 16 px times these (every size in the style sheet is in rem). */
export const TEXT_SCALES = [1, 1.1875, 1.375] as const;

export function hexCss(n: number): string {
  return '#' + n.toString(16).padStart(6, '0');
}
