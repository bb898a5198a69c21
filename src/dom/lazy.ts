// Code that loads on first use, in a chunk of its own (Vite splits each `import()`; the title's JavaScript does not
// carry it): a block of a screen (lazyBlock), or a whole screen (lazyScreen).
import { u } from '../ui/i18n.ts';
import { h } from './h.ts';
import type { View } from './app.ts';

/** A block drawn at once once loaded; before that, an empty box filled as soon as the code arrives, if still on the page. */
export function lazyBlock<M>(load: () => Promise<M>): (draw: (m: M) => HTMLElement) => HTMLElement {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return (draw) => {
    const box = h('div', { class: 'lazy-block' });
    if (loaded) {
      box.append(draw(loaded));
      return box;
    }
    loading ??= load().then((m) => (loaded = m));
    loading.then(
      (m) => box.isConnected && box.replaceChildren(draw(m)),
      // A chunk that cannot load (the site was updated under an open page) leaves the box empty; the screen works.
      () => undefined,
    );
    return box;
  };
}

type Render = (main: HTMLElement, v: View) => string;

/** A screen: until its code arrives the page says it is loading, then the screen is drawn in its place. */
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
