// The teacher's screen (src/dom/classroom): its heading and the way back at once, the rest loaded on first use so the
// title screen's script does not carry it.
import { c, u } from '../ui/i18n.ts';
import { btn, h } from './h.ts';
import type { View } from './app.ts';

type ClassroomModule = typeof import('./classroom/index.ts');
let loaded: ClassroomModule | null = null;
let loading: Promise<ClassroomModule> | null = null;

function load(): Promise<ClassroomModule> {
  loading ??= import('./classroom/index.ts').then((m) => (loaded = m));
  loading.catch(() => (loading = null));
  return loading;
}

export function renderClassroom(main: HTMLElement, v: View): string {
  const view = v.s.context.classroom?.view ?? 'setup';
  const title = view === 'projector' ? c('class.projector.title') : c('class.title');
  const body = h('div', { id: 'classroom', class: 'classroom-body' });
  main.classList.toggle('projecting', view === 'projector');
  main.append(
    h('div', { class: `classroom-page ${view}` },
      h('header', { class: 'masthead' },
        view === 'projector' ? null : h('p', { class: 'kicker', text: c('class.kicker') }),
        h('h1', { text: title }),
        view === 'projector' ? null : h('p', { class: 'lead', text: c('class.lead') }),
      ),
      body,
      view === 'projector' ? null : h('nav', { class: 'row class-nav', attrs: { 'aria-label': c('class.title') } },
        btn(u('ui.party.back'), { id: 'class-back', kind: 'secondary', onClick: () => v.send({ type: 'BACK' }) })),
    ),
  );
  if (loaded) loaded.renderClassroomBody(body, v);
  else {
    body.setAttribute('aria-busy', 'true');
    body.append(h('p', { class: 'dim', text: c('class.loading') }));
    load().then(
      (m) => body.isConnected && (body.removeAttribute('aria-busy'), body.replaceChildren(), m.renderClassroomBody(body, v)),
      () => body.isConnected && (body.removeAttribute('aria-busy'), body.replaceChildren(h('p', { class: 'warn', attrs: { role: 'alert' }, text: c('class.loadFailed') }))),
    );
  }
  return title;
}
