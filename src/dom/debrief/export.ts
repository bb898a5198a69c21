// The debrief taken out of the game: the Markdown handout that `npm run sim -- --debrief FILE.md` writes (the same
// function, src/teach/markdown.ts), and the browser's print (to paper or PDF) through the print stylesheet.
import { c } from '../../ui/i18n.ts';
import { debriefMarkdown } from '../../teach/markdown.ts';
import type { Debrief } from '../../teach/debrief.ts';
import type { GameState } from '../../sim/types.ts';
import { foundTurningPoints } from '../turning-points.ts';
import { btn, h, section } from '../h.ts';
import { download } from '../download.ts';

export const markdownName = (d: Debrief): string => `five-days-debrief-seed-${d.seed}-${d.lang}.md`;

/** The handout as the screen shows it: with the turning points once the workers have found them. */
const handout = (d: Debrief, game: GameState): string => debriefMarkdown({ ...d, turningPoints: foundTurningPoints(game, d.lang) ?? d.turningPoints });

export function renderExport(d: Debrief, game: GameState): HTMLElement {
  return section('export', c('debrief.export.heading'), 2,
    h('p', { class: 'dim', text: c('debrief.export.how') }),
    h('div', { class: 'row' },
      btn(c('debrief.export.markdown'), { id: 'debrief-markdown', kind: 'secondary', onClick: () => download(markdownName(d), handout(d, game), 'text/markdown;charset=utf-8') }),
      btn(c('debrief.export.print'), { id: 'debrief-print', kind: 'secondary', onClick: () => window.print() }),
    ),
  );
}
