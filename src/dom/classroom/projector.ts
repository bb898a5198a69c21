// The class summary for the projector: large type, high contrast, on one 1920x1080 screen without scrolling. The same
// parts as the teacher's screen (summary-view.ts), the decisions and where the runs left history as one line each.
import { c, lang } from '../../ui/i18n.ts';
import { capitalized, clockLabel } from '../../text/index.ts';
import { decisionTitle, wayText } from '../../classroom/decisions.ts';
import type { ClassSession } from '../../classroom/session.ts';
import type { ClassInput } from '../../classroom/summary.ts';
import { btn, h } from '../h.ts';
import type { View } from '../app.ts';
import { summaryOf } from './gather.ts';
import { sessionLine } from '../class-note.ts';
import { tallyOf, type SpreadNow } from './spread-run.ts';
import { endingsTable, percent, scoresTable } from './summary-view.ts';

/** A part of the projector's grid, named for the style sheet's areas. */
const area = (el: HTMLElement, name: string): HTMLElement => (el.classList.add(name), el);

export function renderProjector(v: View, session: ClassSession, inputs: readonly ClassInput[], spreadNow: SpreadNow | null): HTMLElement {
  const s = summaryOf(session, inputs);
  const spread = tallyOf(spreadNow);
  const when = (turn: number | null) => (turn === null ? c('class.sum.neverLeft') : capitalized(clockLabel(turn, lang()), lang()));
  return h('div', { class: 'projector' },
    h('header', { class: 'projector-head' },
      h('p', { class: 'session-line', text: `${c('class.sum.runs', { n: s.runs.length })} · ${sessionLine(session)}` }),
      btn(c('class.projector.leave'), { id: 'class-projector-leave', kind: 'secondary', onClick: () => v.send({ type: 'CLASS_VIEW', view: 'gather' }) }),
    ),
    h('div', { class: 'projector-grid' },
      area(endingsTable(s, spread, true), 'proj-endings'),
      area(scoresTable(s, spread), 'proj-scores'),
      h('section', { class: 'class-part proj-decisions', attrs: { 'aria-labelledby': 'proj-decisions-h' } },
        h('h2', { id: 'proj-decisions-h', text: c('class.sum.decisions') }),
        h('ul', { class: 'proj-lines' }, ...s.decisions.map((d) =>
          h('li', null,
            h('strong', { text: c('class.projector.decision', { decision: decisionTitle(d.id, lang()), party: d.party }) }), ' ',
            h('span', { text: d.ways.filter((w) => w.count > 0 || w.history).map((w) => `${wayText(d.id, w.way, lang())}${w.history ? ' ★' : ''} ${percent(w.count, s.runs.length)}`).join(' · ') }),
          )))),
      h('section', { class: 'class-part proj-left', attrs: { 'aria-labelledby': 'proj-left-h' } },
        h('h2', { id: 'proj-left-h', text: c('class.sum.leftHistory') }),
        h('p', { class: 'proj-lines', text: s.leftAt.map((x) => c('class.projector.leftAt', { when: when(x.turn), n: x.count })).join(' · ') || c('class.sum.noRuns') }),
        h('p', { class: 'dim', text: c('class.projector.star') }),
      ),
    ),
  );
}
