// Party choice: the five playable parties with their briefings. Several may be chosen: hot seat.
// The rulebook: any of the what-if switches may be turned on before the start (none: as in 2023).
// The choices are the flow's (its setup draft); this scene draws them and sends the toggles.
import Phaser from 'phaser';
import { UiScene } from '../src/ui/ui-scene.ts';
import { C, GAME_W } from '../src/ui/theme.ts';
import { addText, Button, panel, setFitted } from '../src/ui/widgets.ts';
import { c, partyName, rulebookText, switchExplain, switchTitle, u } from '../src/ui/i18n.ts';
import { PLAYABLE_PARTIES, RULE_SWITCHES, type PlayablePartyId, type RuleSwitch } from '../src/sim/ids.ts';
import { dom } from '../src/dom/layer.ts';

const BRIEF = { x: 470, y: 116, w: 770, h: 488 };

export class PartyChoiceScene extends UiScene {
  /** What the briefing and the rulebook's explanation are drawn with (redrawn on hover and focus). */
  private briefObjs: Phaser.GameObjects.GameObject[] = [];
  private explainText: Phaser.GameObjects.Text | null = null;

  constructor() {
    super('party');
  }

  private get chosen(): PlayablePartyId[] {
    return this.snap.context.setup.humans;
  }
  private get rules(): RuleSwitch[] {
    return this.snap.context.setup.rules;
  }
  private get rulesOpen(): boolean {
    return this.snap.context.setup.rulebookOpen;
  }

  protected heading(): string {
    return u('ui.party.heading');
  }
  protected override headingRect() {
    return { x: 40, y: 28, w: 700, h: 44 };
  }

  protected build(main: HTMLElement): void {
    this.briefObjs = [];
    this.explainText = null;
    this.add.rectangle(0, 0, GAME_W, 6, C.brass).setOrigin(0, 0);
    addText(this, 40, 28, u('ui.party.heading'), { size: 'xxl', serif: true, bold: true, width: 700, maxH: 48 });
    const hint = addText(this, 40, 76, u('ui.party.hint'), { size: 'sm', color: C.inkDim, width: 1200, maxH: 36 });
    this.main.appendChild(Object.assign(document.createElement('p'), { className: 'sr-only', textContent: hint.text }));

    // One section per party: its name, a toggle, and its briefing (read by screen readers, drawn on the right).
    const list = document.createElement('ul');
    list.className = 'sr-list';
    main.appendChild(list);
    const x = 40;
    const w = 410;
    const h = 88;
    let y = 116;
    for (const p of PLAYABLE_PARTIES) {
      const li = document.createElement('li');
      list.appendChild(li);
      const on = this.chosen.includes(p);
      const order = this.chosen.indexOf(p);
      new Button(this, {
        x, y, w, h, label: partyName(p), kind: 'toggle', size: 'lg', serif: true, align: 'left', selected: on, pressed: on, id: `party-${p}`, parentEl: li,
        sub: on ? `✓ ${u('ui.party.playing')}${this.chosen.length > 1 ? ` (${order + 1})` : ''}` : u('ui.party.notPlaying'),
        subColor: on ? C.brassCss : C.inkDim,
        description: this.briefing(p),
        onHover: () => { if (!this.rulesOpen) this.showBriefing(p); },
        onClick: () => {
          this.send({ type: 'TOGGLE_SEAT', party: p });
          this.focus(`party-${p}`);
        },
      });
      y += h + 10;
    }

    // Footer: back, count, the rulebook, start. The rulebook's switches follow its button in the focus order.
    const fy = 630;
    const count = u('ui.party.count', { n: this.chosen.length });
    addText(this, 220, fy + 16, count, { size: 'md', color: C.inkDim, width: 240, maxH: 26 });
    const rulesNow = rulebookText(this.rules);
    const rb = new Button(this, {
      x: 470, y: fy, w: 410, h: 52, label: u('ui.rules.heading'), kind: 'toggle', selected: this.rulesOpen, id: 'rules-open', parentEl: main,
      sub: this.rules.length > 1 ? u('ui.rules.count', { n: this.rules.length }) : rulesNow, subColor: this.rules.length ? C.brassCss : C.inkDim,
      description: rulesNow,
      onClick: () => {
        this.send({ type: 'TOGGLE_RULEBOOK' });
        this.focus('rules-open');
      },
    });
    rb.el.removeAttribute('aria-current');
    rb.el.setAttribute('aria-expanded', String(this.rulesOpen));
    if (this.rulesOpen) {
      rb.el.setAttribute('aria-controls', 'rules-panel');
      this.drawRules(main);
    } else {
      this.showBriefing(this.snap.context.setup.briefing);
    }
    new Button(this, { x: 40, y: fy, w: 160, h: 52, label: u('ui.party.back'), kind: 'secondary', id: 'party-back', parentEl: main, onClick: () => this.send({ type: 'BACK' }) });
    const status = document.createElement('p');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    status.textContent = count;
    main.appendChild(status);
    const none = this.chosen.length === 0;
    new Button(this, {
      x: 900, y: fy, w: 340, h: 52, label: u('ui.party.start'), kind: 'primary', size: 'lg', disabled: none, id: 'party-start', parentEl: main,
      description: `${none ? u('ui.party.startNone') : this.chosen.map((p) => partyName(p)).join(', ')}. ${u('ui.rules.label', { rules: rulesNow })}`,
      onClick: () => {
        if (this.chosen.length === 0) {
          this.main.querySelector('[role=status]')!.textContent = u('ui.party.startNone');
          return;
        }
        this.send({ type: 'START' });
      },
    });
  }

  /** The rulebook panel, drawn where the briefing is: "As in 2023", the eight switches, and what the focused one changes. */
  private drawRules(main: HTMLElement): void {
    for (const o of this.briefObjs) o.destroy();
    this.briefObjs = [];
    const r = BRIEF;
    const x = r.x + 24;
    const w = r.w - 48;
    panel(this, r);
    const sec = dom().section(main, u('ui.rules.heading'), { headingLevel: 2 });
    sec.id = 'rules-panel';
    addText(this, x, r.y + 16, u('ui.rules.title'), { size: 'lg', serif: true, bold: true, width: w, maxH: 28 });
    const hint = addText(this, x, r.y + 48, u('ui.rules.hint'), { size: 'xs', color: C.inkDim, width: w, maxH: 38 });
    dom().text(sec, `${u('ui.rules.title')} ${hint.text}`);
    const ul = document.createElement('ul');
    ul.className = 'sr-list';
    sec.appendChild(ul);
    const gap = 8;
    const bw = (w - gap) / 2;
    const bh = 52;
    const y0 = r.y + 94;
    const items: (RuleSwitch | 'none')[] = ['none', ...RULE_SWITCHES];
    items.forEach((id, i) => {
      const li = document.createElement('li');
      ul.appendChild(li);
      const on = id === 'none' ? this.rules.length === 0 : this.rules.includes(id);
      const bx = x + (i % 2) * (bw + gap);
      const by = y0 + Math.floor(i / 2) * (bh + gap);
      new Button(this, {
        x: bx, y: by, w: bw, h: bh, label: id === 'none' ? c('switch.none', undefined, 'As in 2023') : switchTitle(id), kind: 'toggle', size: 'sm', align: 'left',
        selected: on, pressed: on, id: `rule-${id}`, parentEl: li,
        sub: id === 'none' ? (on ? u('ui.rules.on') : '') || undefined : on ? u('ui.rules.on') : u('ui.rules.off'),
        subColor: on ? C.brassCss : C.inkDim,
        description: id === 'none' ? u('ui.rules.hint') : switchExplain(id),
        onHover: () => this.explain(id),
        onClick: () => {
          this.send({ type: 'TOGGLE_RULE', rule: id });
          this.focus(`rule-${id}`);
          this.explain(id);
        },
      });
    });
    // What the focused or pointed switch changes, in one line.
    const ey = y0 + Math.ceil(items.length / 2) * (bh + gap) + 4;
    this.add.rectangle(x, ey - 2, w, 1, C.line).setOrigin(0, 0);
    addText(this, x, ey + 8, u('ui.rules.what').toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: w, maxH: 20 });
    this.explainText = addText(this, x, ey + 30, '', { size: 'sm', color: C.ink, width: w, maxH: r.y + r.h - ey - 40, minScale: 0.75 });
    this.explain(null);
  }

  private explain(id: RuleSwitch | 'none' | null): void {
    if (!this.explainText || !this.explainText.active) return;
    const text = id === null || id === 'none' ? u('ui.rules.pick') : switchExplain(id);
    setFitted(this.explainText, text);
  }

  private briefing(p: PlayablePartyId): string {
    return [
      `${u('ui.party.who')}: ${c(`party.${p}.who`, undefined, '')}`,
      `${u('ui.party.wants')}: ${c(`party.${p}.wants`, undefined, '')}`,
      `${u('ui.party.knows')}: ${c(`party.${p}.briefing`, undefined, '')}`,
    ].join(' ');
  }

  private showBriefing(p: PlayablePartyId): void {
    for (const o of this.briefObjs) o.destroy();
    this.briefObjs = [];
    const r = BRIEF;
    const x = r.x + 32;
    const w = r.w - 64;
    this.briefObjs.push(panel(this, r, { fill: C.paper, stroke: 0xcfc6b2 }));
    this.briefObjs.push(this.add.tileSprite(r.x + 1, r.y + 1, r.w - 2, r.h - 2, 'paper').setOrigin(0, 0).setAlpha(0.7));
    const label = (y: number, text: string) => {
      const t = addText(this, x, y, text.toUpperCase(), { size: 'xs', bold: true, color: C.sourceMark, letterSpacing: 1.5, width: w, maxH: 22 });
      this.briefObjs.push(t);
      return t.y + t.height + 4;
    };
    let y = label(r.y + 22, u('ui.party.briefing'));
    const name = addText(this, x, y, partyName(p), { size: 'xl', serif: true, bold: true, color: C.paperInk, width: w, maxH: 40 });
    y = name.y + name.height + 8;
    const rule = this.add.rectangle(x, y, w, 1, 0x9a8f7a).setOrigin(0, 0);
    this.briefObjs.push(name, rule);
    y += 14;
    y = label(y, u('ui.party.who'));
    const who = addText(this, x, y, c(`party.${p}.who`, undefined, ''), { size: 'md', serif: true, color: C.paperInk, width: w, maxH: 70 });
    y = who.y + who.height + 12;
    y = label(y, u('ui.party.wants'));
    const wants = addText(this, x, y, c(`party.${p}.wants`, undefined, ''), { size: 'md', serif: true, italic: true, color: C.paperInk, width: w, maxH: 70 });
    y = wants.y + wants.height + 12;
    y = label(y, u('ui.party.knows'));
    const body = addText(this, x, y, c(`party.${p}.briefing`, undefined, ''), {
      size: 'sm', serif: true, color: C.paperInk, width: w, maxH: r.y + r.h - y - 20, minScale: 0.75, lineSpacing: 4,
    });
    this.briefObjs.push(who, wants, body);
  }
}
