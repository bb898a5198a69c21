// The people of the crisis as the stage draws them: small vector portraits made here from shapes (a head, hair, glasses
// or a beard, the clothes), no photographs. Each look differs from every other in what reads at a glance (hair, skin,
// glasses, beard, clothes), so no two people are told apart only by a label. Stylised, not likenesses.
import type Phaser from 'phaser';

export type Hair = 'short' | 'parted' | 'long' | 'bob' | 'curly' | 'receding' | 'bald' | 'fringe';

export interface Look {
  skin: number;
  hair: Hair;
  hairColour: number;
  glasses: boolean;
  beard: boolean;
  /** The top they wear, and what shows at the neck: a shirt and tie, an open collar, or nothing (a sweater). */
  clothes: number;
  collar: 'tie' | 'open' | 'none';
  tie?: number;
}

const SKIN = { light: 0xf1c9a5, fair: 0xe8b98f, olive: 0xc99a6b, tan: 0xb07c52, brown: 0x8d5a3b } as const;
const HAIR = { black: 0x1f1a17, dark: 0x3b2a20, brown: 0x6b4a2f, auburn: 0x8a4a2a, blond: 0xd8b56a, grey: 0xa7a7a7, white: 0xe4e4e4 } as const;

/** Everyone the stage may draw; a staff member and a stranger for the crowd and the unnamed seats. */
export const LOOKS = {
  // The board of 17 November.
  sutskever: { skin: SKIN.light, hair: 'receding', hairColour: HAIR.dark, glasses: false, beard: false, clothes: 0x2f3b4a, collar: 'none' },
  toner: { skin: SKIN.light, hair: 'long', hairColour: HAIR.blond, glasses: false, beard: false, clothes: 0x2f7f86, collar: 'none' },
  mccauley: { skin: SKIN.fair, hair: 'long', hairColour: HAIR.dark, glasses: false, beard: false, clothes: 0x7d2f45, collar: 'none' },
  dangelo: { skin: SKIN.light, hair: 'short', hairColour: HAIR.black, glasses: true, beard: false, clothes: 0x56606b, collar: 'open' },
  // The two removed: off the board, then wherever Altman goes.
  altman: { skin: SKIN.light, hair: 'short', hairColour: HAIR.brown, glasses: false, beard: false, clothes: 0x2d4f7c, collar: 'none' },
  brockman: { skin: SKIN.light, hair: 'short', hairColour: HAIR.dark, glasses: false, beard: true, clothes: 0x4d6b3a, collar: 'none' },
  // Management and the chair's interim holders.
  murati: { skin: SKIN.olive, hair: 'long', hairColour: HAIR.black, glasses: false, beard: false, clothes: 0xe9e2d0, collar: 'none' },
  shear: { skin: SKIN.fair, hair: 'curly', hairColour: HAIR.auburn, glasses: true, beard: false, clothes: 0x6441a5, collar: 'none' },
  'rival-ceo': { skin: SKIN.tan, hair: 'parted', hairColour: HAIR.black, glasses: false, beard: false, clothes: 0x24272c, collar: 'tie', tie: 0x9a3b3b },
  // Microsoft, Salesforce, the investors.
  nadella: { skin: SKIN.brown, hair: 'bald', hairColour: HAIR.grey, glasses: true, beard: false, clothes: 0x1e2a3a, collar: 'open' },
  scott: { skin: SKIN.fair, hair: 'short', hairColour: HAIR.grey, glasses: true, beard: true, clothes: 0x0f6cbd, collar: 'none' },
  benioff: { skin: SKIN.light, hair: 'short', hairColour: HAIR.white, glasses: false, beard: false, clothes: 0x1b2f5e, collar: 'tie', tie: 0x00a1e0 },
  khosla: { skin: SKIN.tan, hair: 'fringe', hairColour: HAIR.grey, glasses: true, beard: false, clothes: 0x3d3a36, collar: 'open' },
  // Directors a run may add.
  hoffman: { skin: SKIN.light, hair: 'receding', hairColour: HAIR.grey, glasses: true, beard: false, clothes: 0x3f6fa8, collar: 'open' },
  zilis: { skin: SKIN.light, hair: 'bob', hairColour: HAIR.blond, glasses: false, beard: false, clothes: 0x1f1f24, collar: 'none' },
  hurd: { skin: SKIN.brown, hair: 'short', hairColour: HAIR.black, glasses: false, beard: false, clothes: 0x2a2f3a, collar: 'tie', tie: 0xb89a3a },
  taylor: { skin: SKIN.light, hair: 'parted', hairColour: HAIR.brown, glasses: false, beard: false, clothes: 0x8fb3d9, collar: 'open' },
  summers: { skin: SKIN.fair, hair: 'fringe', hairColour: HAIR.white, glasses: false, beard: false, clothes: 0x2b2b33, collar: 'tie', tie: 0xa8322d },
  'microsoft-seat': { skin: SKIN.olive, hair: 'short', hairColour: HAIR.dark, glasses: false, beard: true, clothes: 0x0078d4, collar: 'open' },
  'safety-researcher': { skin: SKIN.tan, hair: 'curly', hairColour: HAIR.black, glasses: true, beard: false, clothes: 0x3f7f4f, collar: 'none' },
  'governance-scholar': { skin: SKIN.fair, hair: 'bob', hairColour: HAIR.grey, glasses: true, beard: false, clothes: 0x7a5a3a, collar: 'open' },
  // The staff, as a crowd.
  staff: { skin: SKIN.olive, hair: 'short', hairColour: HAIR.dark, glasses: false, beard: false, clothes: 0x4b5563, collar: 'none' },
} as const satisfies Record<string, Look>;

export type PersonId = keyof typeof LOOKS;

export const isPerson = (id: string): id is PersonId => id in LOOKS;

/** What tells a look apart at a glance (the parts a small portrait shows). */
export const lookKey = (l: Look): string => [l.skin, l.hair, l.hairColour, l.glasses, l.beard, l.clothes, l.collar, l.tie ?? ''].join('|');

/**
 * Draw a portrait into `g`, centred on (x, y) in a circle of radius r: shoulders and clothes, the head, the hair, a
 * beard, glasses. `alpha` fades the whole (someone who left).
 */
export function drawPortrait(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, look: Look, alpha = 1): void {
  const hr = r * 0.4;
  const hx = x;
  const hy = y - r * 0.14;
  // Long hair falls behind the head and the shoulders.
  if (look.hair === 'long') g.fillStyle(look.hairColour, alpha).fillEllipse(hx, hy + hr * 0.55, hr * 2.5, hr * 3.1);
  if (look.hair === 'bob') g.fillStyle(look.hairColour, alpha).fillEllipse(hx, hy + hr * 0.2, hr * 2.45, hr * 2.4);
  // Shoulders: the top of a wide ellipse, cut by the portrait's circle.
  g.fillStyle(look.clothes, alpha).slice(x, y + r * 0.98, r * 0.82, Math.PI, 2 * Math.PI, false).fillPath();
  if (look.collar !== 'none') {
    // A shirt's V at the neck, and a tie in it.
    g.fillStyle(0xf4f4f0, alpha).fillTriangle(x - r * 0.2, y + r * 0.22, x + r * 0.2, y + r * 0.22, x, y + r * 0.58);
    if (look.collar === 'tie') g.fillStyle(look.tie ?? 0x8a2d2d, alpha).fillTriangle(x - r * 0.07, y + r * 0.3, x + r * 0.07, y + r * 0.3, x, y + r * 0.7);
  }
  // Neck and head.
  g.fillStyle(look.skin, alpha).fillRect(hx - hr * 0.32, hy + hr * 0.6, hr * 0.64, hr * 0.7);
  g.fillStyle(look.skin, alpha).fillEllipse(hx, hy, hr * 1.9, hr * 2.15);
  // Hair on top.
  g.fillStyle(look.hairColour, alpha);
  switch (look.hair) {
    case 'short':
    case 'long':
      g.slice(hx, hy - hr * 0.1, hr * 1.02, Math.PI * 1.02, Math.PI * 1.98, false).fillPath();
      break;
    case 'parted':
      g.slice(hx, hy - hr * 0.1, hr * 1.02, Math.PI * 1.02, Math.PI * 1.98, false).fillPath();
      g.fillStyle(look.skin, alpha).fillRect(hx - hr * 0.35, hy - hr * 1.1, hr * 0.1, hr * 0.5);
      break;
    case 'bob':
      g.slice(hx, hy, hr * 1.08, Math.PI, Math.PI * 2, false).fillPath();
      break;
    case 'curly':
      for (let i = 0; i < 5; i++) {
        const a = Math.PI * (1.05 + (0.9 * i) / 4);
        g.fillCircle(hx + Math.cos(a) * hr * 0.88, hy - hr * 0.15 + Math.sin(a) * hr * 0.88, hr * 0.42);
      }
      break;
    case 'receding':
      // Hair at the sides and back only.
      g.fillEllipse(hx - hr * 0.9, hy - hr * 0.15, hr * 0.36, hr * 0.9).fillEllipse(hx + hr * 0.9, hy - hr * 0.15, hr * 0.36, hr * 0.9);
      g.slice(hx, hy - hr * 0.15, hr * 1.0, Math.PI * 1.05, Math.PI * 1.25, false).fillPath();
      g.slice(hx, hy - hr * 0.15, hr * 1.0, Math.PI * 1.75, Math.PI * 1.95, false).fillPath();
      break;
    case 'fringe':
      // Short hair round the sides, none on top.
      g.fillEllipse(hx - hr * 0.92, hy + hr * 0.05, hr * 0.32, hr * 0.8).fillEllipse(hx + hr * 0.92, hy + hr * 0.05, hr * 0.32, hr * 0.8);
      break;
    case 'bald':
      g.fillEllipse(hx - hr * 0.93, hy + hr * 0.1, hr * 0.22, hr * 0.5).fillEllipse(hx + hr * 0.93, hy + hr * 0.1, hr * 0.22, hr * 0.5);
      break;
  }
  if (look.beard) {
    // A beard round the jaw, the mouth showing through.
    g.fillStyle(look.hairColour, alpha).slice(hx, hy + hr * 0.2, hr * 0.95, Math.PI * 0.04, Math.PI * 0.96, false).fillPath();
    g.fillStyle(look.skin, alpha).fillEllipse(hx, hy + hr * 0.42, hr * 0.62, hr * 0.26);
  }
  if (look.glasses) {
    const lw = Math.max(1, hr * 0.14);
    const ey = hy - hr * 0.05;
    g.lineStyle(lw, 0x111111, alpha)
      .strokeCircle(hx - hr * 0.38, ey, hr * 0.3)
      .strokeCircle(hx + hr * 0.38, ey, hr * 0.3)
      .lineBetween(hx - hr * 0.08, ey, hx + hr * 0.08, ey);
  }
}

// Every director and every holder of the chair has a look: a name added to either type fails to compile here.
type Everyone = import('../src/sim/types.ts').DirectorId | import('../src/sim/types.ts').CeoId;
const everyoneDrawn: Record<Everyone, Look> = LOOKS;
void everyoneDrawn;
