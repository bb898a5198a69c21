// Hot seat: a screen that hides the table while the device passes to the next player.
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_H, GAME_W } from '../src/ui/theme.ts';
import { addText, Button } from '../src/ui/widgets.ts';
import { partyName, u, whenText } from '../src/ui/i18n.ts';
import { chooserOf } from '../src/flow/machine.ts';

export class PrivacyScene extends UiScene {
  constructor() {
    super('privacy');
  }
  protected heading(): string {
    return u('ui.privacy.heading');
  }
  protected override headingRect() {
    return { x: 290, y: 220, w: 700, h: 56 };
  }
  protected build(main: HTMLElement): void {
    const ctx = this.snap.context;
    const who = chooserOf(ctx);
    if (!who || !ctx.game) return;
    // A curtain: nothing of the table shows through.
    this.add.rectangle(0, 0, GAME_W, GAME_H, 0x07090c).setOrigin(0, 0);
    this.add.rectangle(GAME_W / 2, 150, 120, 4, C.brass);
    addText(this, GAME_W / 2, 176, whenText(ctx.game.turn).toUpperCase(), { size: 'sm', bold: true, color: C.brassCss, letterSpacing: 2 }).setOrigin(0.5, 0);
    const h = addText(this, 290, 220, u('ui.privacy.heading'), { size: 'xxl', serif: true, bold: true, width: 700, maxH: 60, align: 'center' });
    h.setX(GAME_W / 2 - h.width / 2);
    const body = addText(this, 290, 300, u('ui.privacy.body', { party: partyName(who) }), { size: 'lg', serif: true, color: C.inkDim, width: 700, maxH: 120, align: 'center' });
    body.setX(GAME_W / 2 - body.width / 2);
    main.appendChild(Object.assign(document.createElement('p'), { className: 'sr-only', textContent: body.text }));
    new Button(this, {
      x: GAME_W / 2 - 230, y: 470, w: 460, h: 60, label: u('ui.privacy.ready', { party: partyName(who) }), kind: 'primary', size: 'lg', id: 'privacy-ready', parentEl: main,
      onClick: () => this.send({ type: 'READY' }),
    });
  }
}
