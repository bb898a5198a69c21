// The glossary (loaded on first use): every concept of GAME.md, one paragraph each as true under the rulebook in force
// (the game's, or the one being chosen, or 2023's), with the moment of the crisis that shows it and its source; an
// index at the top that takes the focus to an entry. A concept chip of a move opens it at that concept.
import { flow } from '../flow/runtime.ts';
import { sceneFor } from '../flow/names.ts';
import type { RuleSwitch } from '../sim/ids.ts';
import { glossary } from '../teach/glossary.ts';
import { lang, rulebookText, u } from '../ui/i18n.ts';
import { btn, h } from './h.ts';
import { openPanel } from './teach-dialog.ts';
import { glossaryEntryEl } from './glossary-entry.ts';

/** The rulebook the glossary follows: the game's; on the seat choice, the one being chosen; else 2023's. */
function rulesNow(): readonly RuleSwitch[] {
  const s = flow().getSnapshot();
  if (s.context.game) return s.context.game.rules;
  return sceneFor(s) === 'party' ? s.context.setup.rules : [];
}

export function openGlossary(from: string | null, concept?: string): void {
  openPanel({
    kind: 'glossary',
    title: () => u('ui.teach.glossary.heading'),
    body: () => {
      const rules = rulesNow();
      const entries = glossary(rules, lang());
      const go = (id: string) => {
        const el = document.getElementById(`gloss-${id}-h`);
        el?.scrollIntoView({ block: 'start' });
        el?.focus({ preventScroll: true });
      };
      return [
        h('p', { text: u('ui.teach.glossary.intro') }),
        h('p', { id: 'gloss-rules', class: `rules-now ${rules.length ? 'changed' : ''}`, text: u('ui.rules.label', { rules: rulebookText(rules) }) }),
        h('nav', { class: 'gloss-index', attrs: { 'aria-label': u('ui.teach.glossary.index') } },
          h('ul', null, ...entries.map((e) => h('li', null, btn(e.title, { id: `gloss-go-${e.id}`, kind: 'chip', onClick: () => go(e.id) }))))),
        ...entries.map((e) => glossaryEntryEl(e, 'gloss', 'h3')),
      ];
    },
  }, from, concept ? `gloss-${concept}-h` : null);
}
