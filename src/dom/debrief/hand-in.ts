// A class session's run, handed in: its share code (src/share: the seed, the rulebook, who played and every move, so
// the teacher's page replays it exactly) to copy, and the same run as a file to download. Nothing about the student.
import { c } from '../../ui/i18n.ts';
import { encodeRun, runFile, runFileName, runOf } from '../../share/index.ts';
import type { GameState } from '../../sim/types.ts';
import { btn, h, section } from '../h.ts';
import { copyText, download } from '../download.ts';

export function renderHandIn(state: GameState): HTMLElement {
  const run = runOf(state);
  const code = encodeRun(run);
  const field = h('textarea', { id: 'hand-in-code', class: 'code-field', attrs: { readonly: true, rows: 3, spellcheck: 'false', 'aria-describedby': 'hand-in-how' } });
  field.value = code;
  const said = h('p', { id: 'hand-in-said', class: 'said', attrs: { role: 'status' } });
  return section('hand-in', c('debrief.handIn.heading'), 2,
    h('p', { id: 'hand-in-how', text: c('debrief.handIn.how') }),
    h('label', { class: 'field-l', attrs: { for: 'hand-in-code' }, text: c('debrief.handIn.code') }),
    field,
    h('div', { class: 'row' },
      btn(c('debrief.handIn.copy'), {
        id: 'hand-in-copy', kind: 'primary', onClick: async () => {
          said.textContent = (await copyText(code, field)) ? c('debrief.handIn.copied') : c('debrief.handIn.copyFailed');
        },
      }),
      btn(c('debrief.handIn.download'), { id: 'hand-in-file', kind: 'secondary', onClick: () => download(runFileName(run), runFile(run), 'application/json') }),
    ),
    said,
  );
}
