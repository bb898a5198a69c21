// Title: new game, continue, watch history, settings, language; and a seed from the address that cannot be used.
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_W } from '../src/ui/theme.ts';
import { addText, Button, fadeIn } from '../src/ui/widgets.ts';
import { u, partyName, whenText } from '../src/ui/i18n.ts';
import { ft } from '../src/ui/flow-text.ts';
import { settings, updateSettings } from '../src/ui/settings.ts';

export class TitleScene extends UiScene {
  constructor() {
    super('title');
  }

  protected heading(): string {
    return u('ui.game.title');
  }
  protected override headingRect() {
    return { x: 96, y: 118, w: 620, h: 140 };
  }

  protected build(main: HTMLElement): void {
    document.documentElement.lang = settings().lang;
    document.title = u('ui.game.title');
    // Masthead
    this.add.rectangle(0, 0, GAME_W, 6, C.brass).setOrigin(0, 0);
    const kick = addText(this, 96, 92, u('ui.title.kicker'), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 2, fixed: true });
    const title = addText(this, 96, 118, u('ui.game.title'), { size: 'display', serif: true, bold: true, width: 640, maxH: 150 });
    const sub = addText(this, 96, title.y + title.height + 14, u('ui.game.subtitle'), { size: 'lg', serif: true, italic: true, color: C.inkDim, width: 600, maxH: 64 });
    this.add.rectangle(96, sub.y + sub.height + 22, 80, 2, C.brass).setOrigin(0, 0);

    const x = 96;
    let y = Math.max(340, sub.y + sub.height + 48);
    const w = 360;
    const h = 52;
    const gap = 12;
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', u('ui.game.title'));
    main.appendChild(nav);
    new Button(this, { x, y, w, h, label: u('ui.title.new'), kind: 'primary', size: 'lg', id: 'title-new', parentEl: nav, onClick: () => this.send({ type: 'NEW_GAME' }) });
    y += h + gap;
    const s = this.snap.context.saved;
    if (s) {
      const who = s.mode === 'watch' ? u('ui.title.watch') : s.humans.map((p) => partyName(p)).join(', ');
      const detail = u('ui.title.continueDetail', { party: who, day: whenText(s.state.turn), part: '' }).replace(/[\s,]+$/, '');
      new Button(this, {
        x, y, w, h: h + 14, label: u('ui.title.continue'), sub: detail, kind: 'secondary', size: 'lg', id: 'title-continue', parentEl: nav, description: detail,
        onClick: () => this.send({ type: 'RESUME' }),
      });
      y += h + 14 + gap;
    }
    new Button(this, {
      x, y, w, h, label: u('ui.title.watch'), kind: 'secondary', size: 'lg', id: 'title-watch', parentEl: nav,
      onClick: () => this.send({ type: 'WATCH' }),
    });
    y += h + gap;
    new Button(this, { x, y, w: (w - gap) / 2, h, label: u('ui.title.settings'), kind: 'secondary', id: 'title-settings', parentEl: nav, onClick: () => this.send({ type: 'OPEN_SETTINGS' }) });
    const other = settings().lang === 'en' ? 'fr' : 'en';
    const langBtn = new Button(this, {
      x: x + (w + gap) / 2, y, w: (w - gap) / 2, h, label: u('ui.title.language'), kind: 'secondary', id: 'title-lang', parentEl: nav,
      description: u('ui.title.languageName'),
      onClick: () => {
        updateSettings({ lang: other });
        this.render('title-lang');
      },
    });
    langBtn.el.lang = other;

    const refused = this.snap.context.seedRefused;
    if (refused) {
      // Said, not silently replaced: the games started from here use a random seed.
      const asked = refused.text.length > 16 ? `${refused.text.slice(0, 12)}…` : refused.text;
      const text = ft('seedRefused', { text: asked, new: u('ui.title.new'), watch: u('ui.title.watch') });
      addText(this, 820, 626, text, { size: 'xs', bold: true, color: C.dangerCss, width: 420, maxH: 96, minScale: 0.8 });
      const p = document.createElement('p');
      p.id = 'seed-refused';
      p.className = 'sr-only';
      p.setAttribute('role', 'alert');
      p.textContent = text;
      main.appendChild(p);
    }

    addText(this, 96, 668, u('ui.title.credits'), { size: 'sm', italic: true, serif: true, color: C.inkFaint, width: 700, maxH: 30 });
    this.drawCalendar();
    fadeIn(this, [kick, title, sub]);
  }

  /** Decorative: the five days as torn calendar leaves, the first one pinned. */
  private drawCalendar(): void {
    const days = ['fri', 'sat', 'sun', 'mon', 'tue', 'wed'] as const;
    const dates = [17, 18, 19, 20, 21, 22];
    const baseX = 820;
    const baseY = 150;
    for (let i = days.length - 1; i >= 0; i--) {
      const dx = baseX + i * 26;
      const dy = baseY + i * 30;
      const leaf = this.add.rectangle(dx, dy, 250, 300, C.paper).setOrigin(0, 0);
      leaf.setRounded(6);
      leaf.setStrokeStyle(1, 0xcfc6b2);
      leaf.setAngle((i - 2) * 1.6);
      const band = this.add.rectangle(dx, dy, 250, 56, i === 0 ? C.danger : C.brass).setOrigin(0, 0).setAngle((i - 2) * 1.6);
      band.setRounded(6);
      const dayName = addText(this, dx + 18, dy + 14, u(`ui.day.${days[i]}`).toUpperCase(), { size: 18, bold: true, color: i === 0 ? '#ffffff' : C.brassInk, fixed: true, letterSpacing: 2 });
      dayName.setAngle((i - 2) * 1.6);
      const num = addText(this, dx + 125, dy + 150, String(dates[i]), { size: 120, serif: true, bold: true, color: C.paperInk, fixed: true });
      num.setOrigin(0.5, 0.5).setAngle((i - 2) * 1.6);
    }
  }
}
