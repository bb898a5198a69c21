// One glossary entry as the page shows it, in the glossary and under a move's concept chip alike: the concept's
// paragraph under the rulebook in force, the switches that changed it, and the moment of the crisis that shows it
// with its source.
import type { GlossaryEntry } from '../teach/glossary.ts';
import { switchTitle, u } from '../ui/i18n.ts';
import { h } from './h.ts';

/** The entry, its ids prefixed (`gloss` in the glossary, `chip-gloss` under a chip), its heading at this level. */
export function glossaryEntryEl(e: GlossaryEntry, prefix: string, level: 'h3' | 'h4'): HTMLElement {
  const id = `${prefix}-${e.id}`;
  return h('article', { id, class: 'gloss-entry', attrs: { 'aria-labelledby': `${id}-h` } },
    h(level, { id: `${id}-h`, text: e.title, attrs: { tabindex: -1 } }),
    h('p', { class: 'gloss-text', text: e.text }),
    e.rules.length ? h('p', { class: 'gloss-rules', text: u('ui.teach.glossary.changedBy', { rules: e.rules.map(switchTitle).join(', ') }) }) : null,
    h('div', { class: 'gloss-fact' },
      h('p', null, h('strong', { text: `${u('ui.teach.glossary.inCrisis')} · ` }), e.fact.text),
      h('p', { class: 'src', text: u('ui.teach.glossary.source', { source: e.fact.source }) })),
  );
}
