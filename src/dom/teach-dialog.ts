// The one dialog the teaching panels open in (the glossary, why a number changed, what a party knew): a modal <dialog>
// outside the screen's root, so the screen's redraws leave it alone. Focus moves into it; Escape, Close or a click on
// the backdrop closes it; focus then returns to the control that opened it (found again by id, since a redraw may
// have replaced it). Its content is drawn from the flow's snapshot and redrawn when a setting (the language) changes.
import { onSettings } from '../ui/settings.ts';
import { u } from '../ui/i18n.ts';
import { btn, h } from './h.ts';

export interface Panel {
  /** A name for the panel's kind, on the dialog as data-panel (the glossary, why, knew). */
  kind: string;
  title: () => string;
  body: () => Node[];
}

let dialog: HTMLDialogElement | null = null;
let heading: HTMLElement;
let content: HTMLElement;
let shown: Panel | null = null;
let opener: string | null = null;

function create(): HTMLDialogElement {
  heading = h('h2', { id: 'teach-dialog-h', attrs: { tabindex: -1 } });
  content = h('div', { id: 'teach-dialog-body', class: 'teach-dialog-body', attrs: { tabindex: 0, 'data-scroll': true } });
  const close = btn(u('ui.teach.close'), { id: 'teach-close', kind: 'secondary', onClick: () => dialog?.close() });
  const d = h('dialog', { id: 'teach-dialog', class: 'teach-dialog', attrs: { 'aria-labelledby': 'teach-dialog-h' } },
    h('div', { class: 'teach-dialog-head' }, heading, close),
    content,
  );
  d.addEventListener('close', () => {
    shown = null;
    const back = opener ? document.getElementById(opener) : null;
    opener = null;
    (back ?? document.querySelector<HTMLElement>('main h1'))?.focus({ preventScroll: !back });
  });
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  d.addEventListener('click', (ev) => {
    if (ev.target === d) d.close();
  });
  onSettings(() => {
    if (shown) draw(null);
  });
  document.body.append(d);
  return d;
}

/** Draw the panel's content, keeping the focused control (by id) or moving focus to `focus`. */
function draw(focus: string | null): void {
  if (!dialog || !shown) return;
  const active = document.activeElement as HTMLElement | null;
  const keep = focus ?? (active && dialog.contains(active) && active.id ? active.id : null);
  const scroll = content.scrollTop;
  heading.textContent = shown.title();
  dialog.dataset.panel = shown.kind;
  const close = dialog.querySelector<HTMLElement>('#teach-close .lbl');
  if (close) close.textContent = u('ui.teach.close');
  content.replaceChildren(...shown.body());
  if (!focus) content.scrollTop = scroll;
  const el = keep ? document.getElementById(keep) : null;
  (el && dialog.contains(el) ? el : heading).focus();
  if (focus && el) el.scrollIntoView({ block: 'start' });
}

/** Open a panel (or replace the one open), with focus on `focus` (an id inside it) or its heading. */
export function openPanel(panel: Panel, from: string | null, focus: string | null = null): void {
  dialog ??= create();
  const wasOpen = dialog.open;
  shown = panel;
  if (!wasOpen) opener = from;
  if (!wasOpen) dialog.showModal();
  draw(focus ?? 'teach-dialog-h');
}

/** Redraw the open panel after one of its own controls changed what it shows. */
export function redrawPanel(focus: string | null = null): void {
  draw(focus);
}
