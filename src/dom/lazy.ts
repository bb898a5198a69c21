// A screen loaded when first shown, in a chunk of its own (Vite splits each `import()`): until it arrives the page
// says it is loading, then the screen is drawn in its place. The title's JavaScript does not carry it.
import { u } from '../ui/i18n.ts';
import { h } from './h.ts';
import type { View } from './app.ts';

type Render = (main: HTMLElement, v: View) => string;

export function lazyScreen(load: () => Promise<Render>): Render {
  let render: Render | null = null;
  let loading: Promise<void> | null = null;
  return (main, v) => {
    if (render) return render(main, v);
    loading ??= load().then((r) => {
      render = r;
      v.redraw();
    });
    main.append(h('p', { class: 'loading-note', attrs: { role: 'status' }, text: u('ui.replay.loading') }));
    return u('ui.replay.loading');
  };
}
