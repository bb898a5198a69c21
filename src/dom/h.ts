// Small helpers to build the page's DOM: elements with their attributes and children, and buttons that are real
// <button>s with an accessible name, a pressed/current state and a description that is visible text on the page.
export type Kid = Node | string | null | undefined | false;

export interface Props {
  id?: string;
  class?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (ev: Event) => void>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...kids: Kid[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.id) el.id = props.id;
    if (props.class) el.className = props.class;
    if (props.text !== undefined) el.textContent = props.text;
    for (const [k, v] of Object.entries(props.attrs ?? {})) {
      if (v === null || v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const [ev, fn] of Object.entries(props.on ?? {})) if (fn) el.addEventListener(ev, fn as EventListener);
  }
  for (const k of kids) if (k !== null && k !== undefined && k !== false) el.append(k);
  return el;
}

export interface BtnOpts {
  id?: string;
  /** Visual kind: primary, secondary, card, toggle, quiet, chip. */
  kind?: string;
  pressed?: boolean;
  current?: boolean;
  disabled?: boolean;
  /** The id of a visible element that describes the button. */
  describedBy?: string;
  /** Extra visible content after the label (a state, a detail). */
  sub?: Kid;
  lang?: string;
  onClick: (ev: MouseEvent) => void;
}

export function btn(label: string, o: BtnOpts): HTMLButtonElement {
  const b = h('button', { id: o.id, class: `btn ${o.kind ?? 'secondary'}`, attrs: { type: 'button', lang: o.lang } }, h('span', { class: 'lbl', text: label }), o.sub ?? null);
  if (o.pressed !== undefined) b.setAttribute('aria-pressed', String(o.pressed));
  if (o.current) b.setAttribute('aria-current', 'true');
  if (o.disabled) b.setAttribute('aria-disabled', 'true');
  // A description shown inside the button is already part of its name (all its visible text, as voice control
  // expects): it is not given again as a description, which would read it twice.
  const inside = o.sub instanceof Element && (o.sub.id === o.describedBy || o.sub.querySelector(`[id="${o.describedBy}"]`) !== null);
  if (o.describedBy && !inside) b.setAttribute('aria-describedby', o.describedBy);
  b.addEventListener('click', (ev) => {
    ev.preventDefault();
    o.onClick(ev);
  });
  return b;
}

/** A section with a visible heading that names it. */
export function section(id: string, title: string, level: 2 | 3, ...kids: Kid[]): HTMLElement {
  const hid = `${id}-h`;
  return h('section', { id, class: `panel ${id}`, attrs: { 'aria-labelledby': hid } }, h(`h${level}`, { id: hid, class: 'panel-h', text: title }), ...kids);
}

/**
 * A labelled bar (a meter drawn in CSS) from 0 to max, with optional threshold marks. With `from`, it is drawn there
 * and then moves to `value` (as the style sheet's transition says: in step with a resolution, or at once).
 */
export function bar(value: number, max: number, marks: { at: number; label: string }[] = [], tone = '', from?: number): HTMLElement {
  const pct = (v: number) => `${Math.max(0, Math.min(100, (100 * v) / Math.max(1, max)))}%`;
  const fill = h('div', { class: 'fill' });
  fill.style.width = pct(from ?? value);
  // Two frames: the first lays the bar out where it was, the second starts the move.
  if (from !== undefined && from !== value) requestAnimationFrame(() => requestAnimationFrame(() => (fill.style.width = pct(value))));
  else fill.style.width = pct(value);
  const el = h('div', { class: `bar ${tone}`, attrs: { 'aria-hidden': 'true' } }, fill);
  for (const m of marks) {
    const mk = h('div', { class: 'mark', attrs: { title: m.label } });
    mk.style.left = pct(m.at);
    el.append(mk);
  }
  return el;
}
