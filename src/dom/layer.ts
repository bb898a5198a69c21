// The accessible DOM layer. It sits over the canvas in game coordinates (1280x720, scaled with the canvas):
// controls are real <button>s placed exactly over their canvas drawings. They let the pointer through to the
// canvas (which handles the mouse), take keyboard focus with a visible ring, and carry the visible title as
// their accessible name. Text that is only drawn on the canvas is mirrored here as visually hidden text.
import { GAME_H, GAME_W } from '../ui/theme.ts';

export interface Rect { x: number; y: number; w: number; h: number }

export interface ButtonSpec {
  label: string;
  rect?: Rect;
  /** Extra text read after the name (likely changes, blocked rule...). */
  description?: string;
  disabled?: boolean;
  pressed?: boolean;
  current?: boolean;
  id?: string;
  onActivate: () => void;
  onFocusChange?: (focused: boolean) => void;
}

let uid = 0;
const nextId = (p: string) => `${p}-${++uid}`;

export class DomLayer {
  readonly root: HTMLElement;
  private canvas: HTMLCanvasElement | null = null;
  private main: HTMLElement | null = null;
  private announcer: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.announcer = document.createElement('div');
    this.announcer.className = 'sr-only';
    this.announcer.setAttribute('role', 'status');
    this.announcer.id = 'announcer';
    document.body.appendChild(this.announcer);
    const align = () => this.align();
    window.addEventListener('resize', align);
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(align).observe(document.body);
  }

  attach(canvas: HTMLCanvasElement): void {
    this.canvas = canvas;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.setAttribute('tabindex', '-1');
    this.align();
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.align()).observe(canvas);
  }

  /** Keep the overlay exactly over the canvas, at the canvas's display scale. */
  align(): void {
    if (!this.canvas) return;
    const r = this.canvas.getBoundingClientRect();
    if (r.width === 0) return;
    const s = r.width / GAME_W;
    Object.assign(this.root.style, {
      left: `${r.left + window.scrollX}px`,
      top: `${r.top + window.scrollY}px`,
      width: `${GAME_W}px`,
      height: `${GAME_H}px`,
      transform: `scale(${s})`,
    });
  }

  /** Start a scene: clears the previous scene's DOM and returns its <main>. */
  begin(sceneKey: string, heading: string, opts: { headingRect?: Rect; focusHeading?: boolean } = {}): HTMLElement {
    this.root.textContent = '';
    const main = document.createElement('main');
    main.dataset.scene = sceneKey;
    main.setAttribute('aria-labelledby', `${sceneKey}-heading`);
    const h1 = document.createElement('h1');
    h1.id = `${sceneKey}-heading`;
    h1.tabIndex = -1;
    h1.textContent = heading;
    this.place(h1, opts.headingRect);
    main.appendChild(h1);
    this.root.appendChild(main);
    this.main = main;
    if (opts.focusHeading !== false) h1.focus({ preventScroll: true });
    return main;
  }

  get current(): HTMLElement | null {
    return this.main;
  }

  end(sceneKey: string): void {
    if (this.main?.dataset.scene === sceneKey) {
      this.root.textContent = '';
      this.main = null;
    }
  }

  /** Position an element over the canvas (rect) or hide it visually (no rect). */
  place(el: HTMLElement, rect?: Rect): void {
    if (rect) {
      el.classList.add('over');
      el.classList.remove('sr-only');
      Object.assign(el.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px` });
    } else {
      el.classList.add('sr-only');
      el.classList.remove('over');
    }
  }

  section(parent: HTMLElement, label: string, opts: { tag?: string; headingLevel?: number; role?: string; rect?: Rect } = {}): HTMLElement {
    const sec = document.createElement(opts.tag ?? 'section');
    if (opts.role) sec.setAttribute('role', opts.role);
    if (opts.headingLevel) {
      const h = document.createElement(`h${opts.headingLevel}`);
      h.id = nextId('h');
      h.textContent = label;
      h.className = 'sr-only';
      sec.appendChild(h);
      sec.setAttribute('aria-labelledby', h.id);
    } else {
      sec.setAttribute('aria-label', label);
    }
    if (opts.rect) {
      sec.classList.add('over-region');
      Object.assign(sec.style, { left: `${opts.rect.x}px`, top: `${opts.rect.y}px`, width: `${opts.rect.w}px`, height: `${opts.rect.h}px` });
    }
    parent.appendChild(sec);
    return sec;
  }

  /** A visually hidden list of texts (the canvas draws them). */
  list(parent: HTMLElement, items: string[], ordered = false): HTMLElement {
    const l = document.createElement(ordered ? 'ol' : 'ul');
    l.className = 'sr-only';
    for (const it of items) {
      const li = document.createElement('li');
      li.textContent = it;
      l.appendChild(li);
    }
    parent.appendChild(l);
    return l;
  }

  /** Visually hidden text (the canvas shows it). */
  text(parent: HTMLElement, text: string, tag = 'p'): HTMLElement {
    const el = document.createElement(tag);
    el.className = 'sr-only';
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  button(parent: HTMLElement, spec: ButtonSpec): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'ctl';
    if (spec.id) b.id = spec.id;
    const lbl = document.createElement('span');
    lbl.className = 'lbl';
    lbl.textContent = spec.label;
    b.appendChild(lbl);
    if (spec.description) {
      const d = document.createElement('span');
      d.id = nextId('desc');
      // Hidden from the reading flow; still used as the button's description.
      d.hidden = true;
      d.textContent = spec.description;
      parent.appendChild(d);
      b.setAttribute('aria-describedby', d.id);
    }
    if (spec.disabled) b.setAttribute('aria-disabled', 'true');
    if (spec.pressed !== undefined) b.setAttribute('aria-pressed', String(spec.pressed));
    if (spec.current) b.setAttribute('aria-current', 'true');
    this.place(b, spec.rect);
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      spec.onActivate();
    });
    if (spec.onFocusChange) {
      b.addEventListener('focus', () => spec.onFocusChange!(true));
      b.addEventListener('blur', () => spec.onFocusChange!(false));
    }
    parent.appendChild(b);
    return b;
  }

  announce(text: string): void {
    // Clear then set so a repeated message is read again.
    this.announcer.textContent = '';
    window.setTimeout(() => { this.announcer.textContent = text; }, 30);
  }
}

let layer: DomLayer | null = null;
export function dom(): DomLayer {
  if (!layer) {
    const root = document.getElementById('a11y');
    if (!root) throw new Error('index.html must hold a #a11y element');
    layer = new DomLayer(root);
  }
  return layer;
}
