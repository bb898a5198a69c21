// Saved games, from the title and from a game: save the run under a name (the game on screen, or at the title the
// autosaved run), and each named save with Load, Rename and Delete. Loading over an unfinished autosaved run, saving
// over a save of the same name and deleting all ask first. The list and every change come from the flow
// (slot-actions.ts); this screen keeps only what is being typed or asked.
import { c, lang, partyName, u, whenText } from '../ui/i18n.ts';
import { LOCALES } from '../text/index.ts';
import { MAX_SAVE_NAME } from '../storage/save-schema.ts';
import { slotName, type SlotInfo } from '../storage/slots.ts';
import type { FlowContext } from '../flow/types.ts';
import { btn, h, section } from './h.ts';
import type { View } from './app.ts';
import '../ui/saves.css';

/** What the player is doing on this screen, kept across redraws while it is shown. */
let ui: { name: string; nameError: string | null; ask: { kind: 'replace' | 'load' | 'delete'; slot: SlotInfo } | null; renaming: string | null; newName: string } = fresh();

function fresh() {
  return { name: '', nameError: null, ask: null, renaming: null, newName: '' };
}

const who = (humans: readonly string[], mode: string) => (mode === 'watch' ? u('ui.saves.watchRun') : humans.map((p) => partyName(p)).join(', '));

function savedWhen(iso: string): string {
  try {
    return new Intl.DateTimeFormat(LOCALES[lang()], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** The run being played or, at the title, the autosaved run: what a name would be given to. */
function runOf(ctx: FlowContext): { humans: readonly string[]; mode: string; turn: number; ended: boolean } | null {
  if (ctx.game) return { humans: ctx.humans, mode: ctx.mode, turn: ctx.game.turn, ended: !!ctx.game.outcome };
  if (ctx.saved) return { humans: ctx.saved.humans, mode: ctx.saved.mode, turn: ctx.saved.state.turn, ended: false };
  return null;
}

export function renderSaves(main: HTMLElement, v: View): string {
  const ctx = v.s.context;
  if (!v.prev) ui = fresh();
  const redraw = (focus: string) => {
    v.focusAfter(focus);
    v.redraw();
  };
  // What the flow was told about the storage (a notice shown, or dismissed): off, or written by another tab.
  const told = [...ctx.notices.map((n) => n.kind), ...ctx.dismissed];
  const off = told.includes('unavailable');
  const readOnly = told.includes('other-tab');
  const run = off || readOnly ? null : runOf(ctx);
  const note = ctx.slotNote ? u(`ui.saves.done.${ctx.slotNote.did}`, { name: ctx.slotNote.name }) : '';
  main.append(
    h('div', { class: 'narrow saves' },
      h('h1', { text: u('ui.saves.heading') }),
      h('p', { id: 'saves-status', class: 'saves-status', attrs: { role: 'status' }, text: note }),
      off || readOnly ? h('p', { class: 'warn', text: u(off ? 'ui.saves.off' : 'ui.saves.readOnly') }) : null,
      run ? currentRun(v, run, redraw) : null,
      namedSaves(v, redraw, readOnly),
      h('nav', { class: 'row', attrs: { 'aria-label': u('ui.saves.heading') } },
        btn(inGame(ctx) ? u('ui.saves.backToGame') : u('ui.saves.back'), { id: 'saves-back', kind: 'primary', onClick: () => v.send({ type: 'BACK' }) })),
    ),
  );
  return u('ui.saves.heading');
}

function currentRun(v: View, run: NonNullable<ReturnType<typeof runOf>>, redraw: (id: string) => void): HTMLElement {
  const ctx = v.s.context;
  const detail = u('ui.saves.currentDetail', { party: who(run.humans, run.mode), when: whenText(run.turn) });
  const input = h('input', {
    id: 'save-name',
    attrs: {
      type: 'text', maxlength: MAX_SAVE_NAME, autocomplete: 'off', enterkeyhint: 'done', value: ui.name,
      'aria-describedby': ui.nameError ? 'save-name-error save-name-hint' : 'save-name-hint', 'aria-invalid': ui.nameError ? 'true' : null,
    },
  });
  input.value = ui.name;
  input.addEventListener('input', () => (ui.name = input.value));
  const submit = (ev: Event) => {
    ev.preventDefault();
    const name = checkedName(ui.name);
    if (name === null) return redraw('save-name');
    const same = ctx.slots.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (same) {
      ui.ask = { kind: 'replace', slot: same };
      return redraw('ask-no');
    }
    ui.name = '';
    v.focusAfter('saves-status');
    v.send({ type: 'SAVE_AS', name });
  };
  const form = h('form', { class: 'save-form', attrs: { novalidate: true } },
    h('label', { attrs: { for: 'save-name' }, text: u('ui.saves.nameLabel') }),
    h('div', { class: 'row' }, input, btn(u('ui.saves.saveAs'), { id: 'save-as', kind: 'primary', onClick: submit })),
    ui.nameError ? h('p', { id: 'save-name-error', class: 'warn', text: ui.nameError }) : null,
    h('p', { id: 'save-name-hint', class: 'dim', text: u('ui.saves.nameHint', { max: MAX_SAVE_NAME }) }),
  );
  form.addEventListener('submit', submit);
  const ask = ui.ask?.kind === 'replace' ? ui.ask : null;
  return section('saves-current', u('ui.saves.current'), 2,
    h('p', { text: inGame(ctx) ? detail : `${u('ui.saves.autosave')}: ${detail}` }),
    form,
    ask && confirm(u('ui.saves.replaceAsk', { name: ask.slot.name }), u('ui.saves.replaceYes'), () => {
      const name = slotName(ui.name) ?? ask.slot.name;
      ui.ask = null;
      ui.name = '';
      v.focusAfter('saves-status');
      v.send({ type: 'SAVE_AS', name, replace: ask.slot.id });
    }, () => {
      ui.ask = null;
      redraw('save-name');
    }),
  );
}

const inGame = (ctx: FlowContext) => ctx.game !== null;

function namedSaves(v: View, redraw: (id: string) => void, readOnly: boolean): HTMLElement {
  const ctx = v.s.context;
  const list = h('ul', { class: 'slot-list' }, ...ctx.slots.map((s) => slotRow(v, s, redraw, readOnly)));
  return section('saves-named', u('ui.saves.named'), 2,
    ctx.slots.length ? list : h('p', { class: 'dim', text: u('ui.saves.none') }));
}

function slotRow(v: View, s: SlotInfo, redraw: (id: string) => void, readOnly: boolean): HTMLElement {
  const ctx = v.s.context;
  const when = u('ui.saves.detail', { party: who(s.humans, s.mode), when: whenText(s.turn), saved: savedWhen(s.savedAt) });
  const ended = s.outcome ? u('ui.saves.ended', { outcome: c(`outcome.${s.outcome}.title`, undefined, s.outcome) }) : '';
  const nameId = `slot-${s.id}-name`;
  const row = h('li', { class: 'slot', id: `slot-${s.id}` },
    h('h3', { id: nameId, text: s.name }),
    h('p', { class: 'dim', text: ended ? `${when} · ${ended}` : when }),
  );
  const ask = ui.ask && ui.ask.slot.id === s.id && ui.ask.kind !== 'replace' ? ui.ask : null;
  if (ui.renaming === s.id) {
    row.append(renameForm(v, s, redraw));
  } else if (ask) {
    const q = ask.kind === 'delete'
      ? u('ui.saves.deleteAsk', { name: s.name })
      : u('ui.saves.loadAsk', { name: s.name, party: who(runOf(ctx)!.humans, runOf(ctx)!.mode), when: whenText(runOf(ctx)!.turn) });
    row.append(confirm(q, ask.kind === 'delete' ? u('ui.saves.deleteYes') : u('ui.saves.loadYes'), () => {
      ui.ask = null;
      if (ask.kind === 'delete') {
        v.focusAfter('saves-status');
        v.send({ type: 'DELETE_SLOT', id: s.id });
      } else v.send({ type: 'LOAD_SLOT', id: s.id });
    }, () => {
      ui.ask = null;
      redraw(`${ask.kind}-${s.id}`);
    }));
  } else {
    // An unfinished run in progress would be replaced by the loaded one: ask first.
    const run = runOf(ctx);
    const replaces = run !== null && !run.ended;
    row.append(h('div', { class: 'row' },
      labelled(btn(u('ui.saves.load'), {
        id: `load-${s.id}`, kind: 'secondary', onClick: () => {
          if (!replaces) return v.send({ type: 'LOAD_SLOT', id: s.id });
          ui.ask = { kind: 'load', slot: s };
          redraw('ask-no');
        },
      }), u('ui.saves.loadNamed', { name: s.name })),
      !readOnly && labelled(btn(u('ui.saves.rename'), {
        id: `rename-${s.id}`, kind: 'secondary', onClick: () => {
          ui.renaming = s.id;
          ui.newName = s.name;
          redraw('rename-name');
        },
      }), u('ui.saves.renameNamed', { name: s.name })),
      !readOnly && labelled(btn(u('ui.saves.delete'), {
        id: `delete-${s.id}`, kind: 'secondary', onClick: () => {
          ui.ask = { kind: 'delete', slot: s };
          redraw('ask-no');
        },
      }), u('ui.saves.deleteNamed', { name: s.name })),
    ));
  }
  return row;
}

/** The name typed, made a save's name; null when it cannot be one, with ui.nameError saying why. */
function checkedName(typed: string): string | null {
  const name = slotName(typed);
  ui.nameError = name !== null ? null : typed.trim() ? u('ui.saves.nameTooLong', { max: MAX_SAVE_NAME }) : u('ui.saves.nameEmpty');
  return name;
}

function renameForm(v: View, s: SlotInfo, redraw: (id: string) => void): HTMLElement {
  const input = h('input', { id: 'rename-name', attrs: { type: 'text', maxlength: MAX_SAVE_NAME, autocomplete: 'off', 'aria-describedby': ui.nameError ? 'rename-error' : null, 'aria-invalid': ui.nameError ? 'true' : null } });
  input.value = ui.newName;
  input.addEventListener('input', () => (ui.newName = input.value));
  const submit = (ev: Event) => {
    ev.preventDefault();
    const name = checkedName(ui.newName);
    if (name === null) return redraw('rename-name');
    ui.renaming = null;
    v.focusAfter(`rename-${s.id}`);
    v.send({ type: 'RENAME_SLOT', id: s.id, name });
  };
  const form = h('form', { class: 'save-form', attrs: { novalidate: true } },
    h('label', { attrs: { for: 'rename-name' }, text: u('ui.saves.renameTo', { name: s.name }) }),
    h('div', { class: 'row' }, input,
      btn(u('ui.saves.renameDo'), { id: 'rename-do', kind: 'primary', onClick: submit }),
      btn(u('ui.saves.cancel'), { id: 'rename-cancel', kind: 'secondary', onClick: () => { ui.renaming = null; ui.nameError = null; redraw(`rename-${s.id}`); } })),
    ui.nameError ? h('p', { id: 'rename-error', class: 'warn', text: ui.nameError }) : null,
  );
  form.addEventListener('submit', submit);
  return form;
}

/** A question asked in place, with its two answers (the safe one focused first). */
function confirm(question: string, yes: string, onYes: () => void, onNo: () => void): HTMLElement {
  return h('div', { class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'ask-q' } },
    h('p', { id: 'ask-q', text: question }),
    h('div', { class: 'row' },
      btn(yes, { id: 'ask-yes', kind: 'danger', onClick: onYes }),
      btn(u('ui.saves.cancel'), { id: 'ask-no', kind: 'secondary', onClick: onNo })),
  );
}

/** A button whose name says which save it acts on (its visible word is the start of that name). */
function labelled(b: HTMLButtonElement, name: string): HTMLButtonElement {
  b.setAttribute('aria-label', name);
  return b;
}
