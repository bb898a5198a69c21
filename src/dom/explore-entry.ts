// The explorer's screen as the app mounts it: the heading at once, then the explorer itself (explorer.ts: its form,
// its tables and the simulation workers), loaded on first use in a chunk of its own.
import { u } from '../ui/i18n.ts';
import { h } from './h.ts';
import type { View } from './app.ts';

let explorer: typeof import('./explorer.ts') | null = null;

export function renderExplore(main: HTMLElement, v: View): string {
  if (explorer) return explorer.renderExplorer(main, v);
  const status = h('p', { id: 'explore-loading', attrs: { role: 'status' }, text: u('ui.explore.loading') });
  main.append(h('div', { class: 'explore-page' }, h('h1', { text: u('ui.explore.heading') }), status));
  import('./explorer.ts').then(
    (m) => {
      explorer = m;
      if (main.isConnected) v.redraw();
    },
    (e: unknown) => (status.textContent = u('ui.explore.failed', { error: String((e as Error)?.message ?? e) })),
  );
  return u('ui.explore.heading');
}
