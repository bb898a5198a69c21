// A block of a screen whose code loads on first use, in a chunk of its own (the title's JavaScript does not grow):
// drawn at once once loaded; before that, an empty box filled as soon as the code arrives, if still on the page.
import { h } from './h.ts';

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
