// The debrief taken out of the game: the Markdown handout that `npm run sim -- --debrief FILE.md` writes (the same
// function, src/teach/markdown.ts), and the browser's print (to paper or PDF) through the print stylesheet.
import { c } from '../../ui/i18n.ts';
import { debriefMarkdown } from '../../teach/markdown.ts';
import type { Debrief } from '../../teach/debrief.ts';
import { btn, h, section } from '../h.ts';
import { download } from '../download.ts';

export const markdownName = (d: Debrief): string => `five-days-debrief-seed-${d.seed}-${d.lang}.md`;

export function renderExport(d: Debrief): HTMLElement {
  return section('export', c('debrief.export.heading'), 2,
    h('p', { class: 'dim', text: c('debrief.export.how') }),
    h('div', { class: 'row' },
      btn(c('debrief.export.markdown'), { id: 'debrief-markdown', kind: 'secondary', onClick: () => download(markdownName(d), debriefMarkdown(d), 'text/markdown;charset=utf-8') }),
      btn(c('debrief.export.print'), { id: 'debrief-print', kind: 'secondary', onClick: () => window.print() }),
    ),
  );
}
