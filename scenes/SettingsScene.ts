// Settings: sound, reduced motion, text size.
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_W, TEXT_SCALES } from '../src/ui/theme.ts';
import { addText, Button, panel } from '../src/ui/widgets.ts';
import { u } from '../src/ui/i18n.ts';
import { reducedMotion, settings, updateSettings } from '../src/ui/settings.ts';
import { cue } from '../src/ui/sound.ts';

export class SettingsScene extends UiScene {
  constructor() {
    super('settings');
  }
  protected heading(): string {
    return u('ui.settings.heading');
  }
  protected override headingRect() {
    return { x: 340, y: 110, w: 600, h: 60 };
  }
  protected build(main: HTMLElement): void {
    this.add.rectangle(0, 0, GAME_W, 6, C.brass).setOrigin(0, 0);
    panel(this, { x: 320, y: 90, w: 640, h: 540 });
    addText(this, 340, 110, u('ui.settings.heading'), { size: 'xxl', serif: true, bold: true, width: 600, maxH: 60 });
    const s = settings();
    const onoff = (b: boolean) => u(b ? 'ui.settings.on' : 'ui.settings.off');
    const x = 360;
    const w = 560;
    const h = 56;
    let y = 200;
    new Button(this, {
      x, y, w, h, label: u('ui.settings.sound', { value: onoff(s.sound) }), kind: 'toggle', selected: s.sound, pressed: s.sound, id: 'set-sound', parentEl: main, align: 'left',
      onClick: () => {
        updateSettings({ sound: !settings().sound });
        cue('select');
        this.render();
      },
    });
    y += h + 16;
    const rm = reducedMotion();
    new Button(this, {
      x, y, w, h, label: u('ui.settings.motion', { value: onoff(rm) }), kind: 'toggle', selected: rm, pressed: rm, id: 'set-motion', parentEl: main, align: 'left',
      onClick: () => {
        updateSettings({ reducedMotion: !reducedMotion() });
        this.render();
      },
    });
    y += h + 16;
    new Button(this, {
      x, y, w, h, label: u('ui.settings.textSize', { value: u(`ui.settings.size.${s.textSize + 1}` as 'ui.settings.size.1') }), kind: 'toggle', selected: s.textSize > 0, id: 'set-text', parentEl: main, align: 'left',
      description: `${Math.round(TEXT_SCALES[s.textSize] * 100)}%`,
      onClick: () => {
        updateSettings({ textSize: ((settings().textSize + 1) % 3) as 0 | 1 | 2 });
        this.render();
      },
    });
    y += h + 20;
    const note = addText(this, x, y, u('ui.settings.note'), { size: 'sm', color: C.inkDim, width: w, maxH: 60 });
    this.main.appendChild(Object.assign(document.createElement('p'), { className: 'sr-only', textContent: note.text }));
    new Button(this, { x, y: 550, w: 300, h: 52, label: u('ui.settings.back'), kind: 'primary', id: 'set-back', parentEl: main, onClick: () => this.send({ type: 'BACK' }) });
  }
}
