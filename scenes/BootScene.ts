// Boot: wait for the bundled fonts (Phaser draws text with them), draw the few textures from shapes, go to the title.
import Phaser from 'phaser';
import { C, FONT_SERIF, FONT_UI, GAME_H, GAME_W } from '../src/ui/theme.ts';
import { dom } from '../src/dom/layer.ts';
import { ui } from '../src/ui-text/index.ts';
import { settings } from '../src/ui/settings.ts';
import { followFlow } from '../src/ui/router.ts';
import { startFlow } from '../src/flow/runtime.ts';

const FONTS = [
  `400 16px ${FONT_UI}`,
  `700 16px ${FONT_UI}`,
  `400 16px ${FONT_SERIF}`,
  `600 16px ${FONT_SERIF}`,
  `700 16px ${FONT_SERIF}`,
  `italic 400 16px ${FONT_SERIF}`,
];

export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  create(): void {
    const lang = settings().lang;
    document.documentElement.lang = lang;
    const main = dom().begin('boot', ui('ui.game.title', lang));
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.className = 'sr-only';
    status.textContent = ui('ui.boot.loading', lang);
    main.appendChild(status);
    this.add.rectangle(0, 0, GAME_W, GAME_H, C.bg).setOrigin(0, 0);
    // System fonts until the bundled ones arrive: this text is only on screen for a moment.
    this.add.text(GAME_W / 2, GAME_H / 2 - 28, ui('ui.boot.loading', lang), { fontFamily: 'Georgia, serif', fontSize: '20px', color: '#b3bdc9' }).setOrigin(0.5, 1);
    const bar = this.add.rectangle(GAME_W / 2 - 120, GAME_H / 2, 0, 3, C.brass).setOrigin(0, 0.5);
    this.tweens.add({ targets: bar, width: 240, duration: 500 });
    this.makeTextures();
    const timeout = new Promise((r) => setTimeout(r, 4000));
    const fonts = Promise.all(FONTS.map((f) => document.fonts.load(f).catch(() => undefined)));
    // Then the flow decides what shows (the title, to begin with).
    void Promise.race([fonts, timeout])
      .then(() => startFlow())
      .then(() => followFlow(this.game, 'boot'));
  }

  private makeTextures(): void {
    // The CEO's chair seen from above, and paper grain for the newspaper: drawn once, reused.
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(C.chair, 1).fillRoundedRect(0, 0, 64, 64, 14);
    g.fillStyle(0x8a6d33, 1).fillRoundedRect(8, 8, 48, 34, 8);
    g.generateTexture('chair', 64, 64);
    g.clear();
    g.fillStyle(C.paper, 1).fillRect(0, 0, 64, 64);
    for (let i = 0; i < 90; i++) {
      const x = (i * 37) % 64;
      const y = (i * 53) % 64;
      g.fillStyle(0xe6dfcf, 0.6).fillRect(x, y, 1, 1);
    }
    g.generateTexture('paper', 64, 64);
    g.destroy();
  }
}
