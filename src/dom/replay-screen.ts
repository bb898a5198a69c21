// Looking back over a run (loaded when first opened): one frame for the timeline, planning a branch, the branches and
// their comparison, and sharing; the run's seed, rulebook and branch shown, the way back to the game, its watching or
// its ending, and a tab for each view.
import '../ui/replay.css';
import { rulebookText, u } from '../ui/i18n.ts';
import type { UiKey } from '../text/index.ts';
import { btn, h } from './h.ts';
import { branchName } from './replay-words.ts';
import { renderBranching, renderTimeline } from './replay-timeline.ts';
import { renderCompare, renderTree } from './replay-tree.ts';
import { renderShare } from './replay-share.ts';
import type { View } from './app.ts';

type Tab = 'timeline' | 'tree' | 'share';
const TABS: [Tab, UiKey, 'OPEN_TIMELINE' | 'OPEN_TREE' | 'OPEN_SHARE'][] = [
  ['timeline', 'ui.replay.heading.timeline', 'OPEN_TIMELINE'],
  ['tree', 'ui.replay.heading.branches', 'OPEN_TREE'],
  ['share', 'ui.replay.heading.share', 'OPEN_SHARE'],
];

export function renderReview(main: HTMLElement, v: View): string {
  const s = v.s;
  const ctx = s.context;
  const game = ctx.game;
  const tree = ctx.replay.tree;
  if (!game || !tree) return u('ui.replay.heading.timeline');
  const view = s.matches({ review: 'branching' }) ? 'branching' : s.matches({ review: 'tree' }) ? 'tree' : s.matches({ review: 'compare' }) ? 'compare' : s.matches({ review: 'share' }) ? 'share' : 'timeline';
  const heading = u(({ timeline: 'ui.replay.heading.timeline', branching: 'ui.replay.heading.branching', tree: 'ui.replay.heading.branches', compare: 'ui.replay.heading.compare', share: 'ui.replay.heading.share' } as const)[view]);
  const tab: Tab = view === 'branching' ? 'timeline' : view === 'compare' ? 'tree' : view;
  const back = game.outcome ? 'ui.replay.backEnding' : ctx.mode === 'watch' ? 'ui.replay.backWatch' : 'ui.replay.backGame';

  const body = h('div', { id: 'review-body', class: 'review-body' });
  if (view === 'timeline') renderTimeline(body, v);
  else if (view === 'branching') renderBranching(body, v);
  else if (view === 'tree') renderTree(body, v);
  else if (view === 'compare') renderCompare(body, v);
  else renderShare(body, v);

  main.append(
    h('div', { class: 'review-page' },
      h('header', { class: 'masthead review-head' },
        h('p', { class: 'kicker', text: u('ui.replay.runLine', { seed: game.seed, rules: rulebookText(tree.run.rules), branch: branchName(tree.branch) }) }),
        h('h1', { text: heading }),
        ctx.replay.opened ? h('p', { class: 'note', text: u('ui.replay.opened') }) : null,
        h('div', { class: 'row review-actions' },
          btn(u(back), { id: 'review-back', kind: 'primary', onClick: () => v.send({ type: 'BACK' }) }),
          btn(u('ui.crisis.menu'), { id: 'review-menu', kind: 'quiet', onClick: () => v.send({ type: 'MENU' }) }),
        ),
      ),
      h('nav', { class: 'review-tabs', attrs: { 'aria-label': u('ui.replay.nav') } },
        ...TABS.map(([t, key, type]) => btn(u(key), {
          id: `review-tab-${t}`, kind: 'tab', current: t === tab, onClick: () => {
            v.focusAfter(`review-tab-${t}`);
            v.send({ type });
          },
        })),
      ),
      body,
    ),
  );
  return heading;
}
