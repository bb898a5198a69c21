// Gathering the class's runs: codes or page addresses pasted, run files chosen or dropped; each read and replayed by
// src/classroom/summary.ts, those left out listed with the reason, duplicates counted once; then the summary beside the
// spread of the session's settings and history, exported as CSV or shown on the projector.
import { c } from '../../ui/i18n.ts';
import { lang } from '../../ui/i18n.ts';
import { LIMITS } from '../../share/index.ts';
import { classSummary, inputsOf, type ClassInput, type ClassSummary } from '../../classroom/summary.ts';
import { summaryCsv } from '../../classroom/csv.ts';
import { encodeSession, type ClassSession } from '../../classroom/session.ts';
import { SPREAD_RUNS } from '../../classroom/spread.ts';
import { btn, h, section } from '../h.ts';
import { download } from '../download.ts';
import type { View } from '../app.ts';
import { sessionLine } from '../class-note.ts';
import { countText } from '../odds-words.ts';
import { tallyOf, type SpreadNow } from './spread-run.ts';
import { decisionsList, endingsTable, leftHistoryList, runsTable, scoresTable } from './summary-view.ts';

/** What is being pasted and not yet added (the screen redraws; the text stays). */
let pasted = '';
/** Whether Clear was pressed once and waits for its confirmation. */
let clearing = false;

/** The summary of what was handed in, made once per list of hand-ins and session. */
const made = new WeakMap<readonly ClassInput[], { key: string; summary: ClassSummary }>();
export function summaryOf(session: ClassSession, inputs: readonly ClassInput[]): ClassSummary {
  const key = encodeSession(session);
  const m = made.get(inputs);
  if (m && m.key === key) return m.summary;
  const summary = classSummary(session, inputs);
  made.set(inputs, { key, summary });
  return summary;
}

/** Reads files (at most what a run file may hold, plus one character to tell it was more) as hand-ins. */
async function readFiles(files: FileList | File[]): Promise<ClassInput[]> {
  const out: ClassInput[] = [];
  for (const f of Array.from(files)) {
    let text: string;
    try {
      text = await f.slice(0, LIMITS.fileChars + 1).text();
    } catch {
      text = '';
    }
    // An empty file is handed in as such, and said to be empty.
    const got = inputsOf(text, f.name);
    out.push(...(got.length ? got : [{ text, file: f.name, n: 1 }]));
  }
  return out;
}

function inputLabel(x: ClassInput): string {
  const start = x.text.trim().slice(0, 14);
  const what = x.file === null ? c('class.gather.pastedN', { n: x.n }) : c('class.gather.fileN', { file: x.file, n: x.n });
  return start ? c('class.gather.inputStart', { what, start: `${start}${x.text.trim().length > 14 ? '…' : ''}` }) : what;
}

function handInArea(v: View, inputs: readonly ClassInput[]): HTMLElement {
  const nextPasted = inputs.filter((x) => x.file === null).length + 1;
  const area = h('textarea', { id: 'class-paste', class: 'code-field', attrs: { rows: 4, spellcheck: 'false', 'aria-describedby': 'class-paste-d' } });
  area.value = pasted;
  area.addEventListener('input', () => (pasted = area.value));
  const files = h('input', { id: 'class-files', class: 'file-field', attrs: { type: 'file', multiple: true, accept: '.json,.txt,application/json,text/plain' } });
  const addFiles = async (list: FileList | File[]) => {
    if (list.length === 0) return;
    v.send({ type: 'CLASS_ADD', inputs: await readFiles(list) });
  };
  files.addEventListener('change', () => void addFiles(files.files ?? []));
  const zone = section('class-handins', c('class.gather.heading'), 2,
    h('label', { class: 'field-l', attrs: { for: 'class-paste' }, text: c('class.gather.paste') }),
    area,
    h('p', { id: 'class-paste-d', class: 'dim', text: c('class.gather.pasteHow') }),
    h('div', { class: 'row' },
      btn(c('class.gather.add'), {
        id: 'class-add', kind: 'primary', onClick: () => {
          const got = inputsOf(pasted, null, nextPasted);
          pasted = '';
          v.focusAfter('class-paste');
          if (got.length) v.send({ type: 'CLASS_ADD', inputs: got });
          else v.redraw();
        },
      }),
      // The real file input, kept for the keyboard and assistive technology, and drawn as the button after it.
      files,
      h('label', { class: 'btn secondary file-btn', attrs: { for: 'class-files' } }, h('span', { class: 'lbl', text: c('class.gather.files') })),
    ),
    h('p', { class: 'dim', text: c('class.gather.drop') }),
  );
  zone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    zone.classList.add('dropping');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dropping'));
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('dropping');
    const dt = (ev as DragEvent).dataTransfer;
    if (dt?.files.length) void addFiles(dt.files);
    else if (dt) {
      const text = dt.getData('text/plain');
      const got = inputsOf(text, null, nextPasted);
      if (got.length) v.send({ type: 'CLASS_ADD', inputs: got });
    }
  });
  return zone;
}

function leftOut(s: ClassSummary): HTMLElement | null {
  if (s.refused.length === 0 && s.duplicates.length === 0) return null;
  return section('class-refused', c('class.gather.leftOut'), 2,
    h('ul', { class: 'refused' },
      ...s.refused.map((r) => h('li', null, h('strong', { text: inputLabel(r.input) }), h('span', { text: ` ${c(`class.refused.${r.kind}`)}` }))),
      ...s.duplicates.map((x) => h('li', null, h('strong', { text: inputLabel(x) }), h('span', { text: ` ${c('class.refused.duplicate')}` }))),
    ));
}

/** Where the spread is: its progress bar while it is played, its size once done; a line if the page plays it. */
function spreadLine(spread: SpreadNow | null): HTMLElement {
  const s = spread?.state;
  const onPage = spread?.onPage ? h('p', { id: 'class-spread-on-page', class: 'warn', text: c('class.gather.spreadOnPage') }) : null;
  if (s?.status === 'done') return h('div', null, h('p', { class: 'dim', text: c('class.gather.spreadDone', { runs: countText(s.value.tally.runs) }) }), onPage);
  if (s?.status === 'failed') return h('p', { class: 'warn', attrs: { role: 'status' }, text: c('class.gather.spreadFailed', { error: s.error }) });
  const progress = s?.status === 'running' ? s.progress : { done: 0, total: 0 };
  const total = progress.total || SPREAD_RUNS;
  return h('div', { class: 'spread-wait' },
    h('label', { attrs: { for: 'class-spread-progress' }, text: c('class.gather.spreading', { runs: countText(total) }) }),
    h('progress', { id: 'class-spread-progress', attrs: { max: total, value: progress.done } }),
    onPage,
  );
}

export function renderGather(v: View, session: ClassSession, inputs: readonly ClassInput[], spreadNow: SpreadNow | null): HTMLElement {
  const s = summaryOf(session, inputs);
  const spread = tallyOf(spreadNow);
  const status = c('class.gather.status', { runs: s.runs.length, refused: s.refused.length, duplicates: s.duplicates.length });
  return h('div', { class: 'class-gather' },
    h('p', { class: 'session-line' }, h('span', { text: sessionLine(session) }), ' ',
      btn(c('class.gather.change'), { id: 'class-change', kind: 'quiet', onClick: () => v.send({ type: 'CLASS_VIEW', view: 'setup' }) })),
    handInArea(v, inputs),
    h('p', { id: 'class-status', class: 'class-status', attrs: { role: 'status' }, text: status }),
    leftOut(s),
    section('class-summary', c('class.sum.heading'), 2,
      spreadLine(spreadNow),
      s.runs.length === 0 ? h('p', { class: 'dim', text: c('class.sum.noRuns') }) : null,
      h('div', { class: 'summary-cols' }, endingsTable(s, spread), scoresTable(s, spread)),
      h('div', { class: 'summary-cols' }, leftHistoryList(s), decisionsList(s)),
      s.runs.length ? runsTable(s) : null,
    ),
    h('div', { class: 'row class-actions' },
      btn(c('class.gather.csv'), { id: 'class-csv', kind: 'primary', onClick: () => download(`five-days-class-seed-${session.seed}.csv`, summaryCsv(s, spread, lang()), 'text/csv;charset=utf-8') }),
      btn(c('class.gather.projector'), { id: 'class-projector', kind: 'secondary', onClick: () => v.send({ type: 'CLASS_VIEW', view: 'projector' }) }),
      btn(c('class.gather.clear'), {
        id: 'class-clear', kind: 'danger', disabled: inputs.length === 0, onClick: () => {
          if (!inputs.length) return;
          clearing = true;
          v.focusAfter('class-clear-no');
          v.redraw();
        },
      }),
    ),
    clearing && inputs.length ? confirmClear(v, inputs.length) : null,
  );
}

function confirmClear(v: View, n: number): HTMLElement {
  const done = (clear: boolean) => {
    clearing = false;
    v.focusAfter(clear ? 'class-paste' : 'class-clear');
    if (clear) v.send({ type: 'CLASS_CLEAR' });
    else v.redraw();
  };
  return h('div', { class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'class-clear-q' } },
    h('p', { id: 'class-clear-q', text: c('class.gather.clearAsk', { n }) }),
    h('div', { class: 'row' },
      btn(c('class.gather.clearYes'), { id: 'class-clear-yes', kind: 'danger', onClick: () => done(true) }),
      btn(c('class.gather.clearNo'), { id: 'class-clear-no', kind: 'secondary', onClick: () => done(false) }),
    ));
}
