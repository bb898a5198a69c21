// The turning points of a finished run (issue 10): the three to five moves that changed the odds of its ending most,
// found in the simulation workers by replaying each turn with the other moves over many seeds, each with the size of
// its change. The probes are played once per run; the words follow the language each time the screen is drawn.
// The debrief (src/dom/debrief) mounts renderTurningPoints(container, game, lang).
import '../ui/odds.css';
import { uiText, type Lang } from '../text/index.ts';
import type { PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import type { TurningPoint } from '../teach/turning-points.ts';
import type { Progress, TurningPointEvidence } from '../workers/tasks.ts';
import { h } from './h.ts';
import { secondsText } from './odds-words.ts';
import { WatchedJob } from './worker-job.ts';

/** The seat a person played (the first, in a hot-seat game): its moves are marked as yours and get more alternatives. */
const seatOf = (game: GameState): PartyId | null => (Object.entries(game.controllers).find(([, c]) => c === 'human')?.[0] as PartyId | undefined) ?? null;

export interface FoundTurningPoints {
  points: TurningPoint[];
  /** From the question to the answer, worker start-up included. */
  ms: number;
}

/** The probes of the run's turning points, played in the page's simulation workers ahead of other questions to them. */
async function evidenceOf(game: GameState, o: { signal?: AbortSignal; onProgress?: (p: Progress) => void }): Promise<TurningPointEvidence> {
  const [{ sharedPool }, { turningPointEvidence }] = await Promise.all([import('../workers/shared.ts'), import('../workers/tasks.ts')]);
  return turningPointEvidence(sharedPool(), game, { seat: seatOf(game) }, { ...o, priority: 1 });
}

/** The run's turning points in a language, found in the workers; rejects with an AbortError when the signal aborts. */
export async function findTurningPoints(game: GameState, lang: Lang, o: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}): Promise<FoundTurningPoints> {
  const t0 = performance.now();
  const evidence = await evidenceOf(game, o);
  const { turningPointsOf } = await import('../workers/tasks.ts');
  return { points: turningPointsOf(game, evidence, lang), ms: performance.now() - t0 };
}

/** Each run's probes, asked once; the words are made from them in the language of the moment. */
const asked = new WeakMap<GameState, WatchedJob<(lang: Lang) => TurningPoint[]>>();

function ask(game: GameState) {
  let job = asked.get(game);
  if (!job || job.state.status === 'cancelled') {
    job = new WatchedJob(async (signal, onProgress) => {
      const evidence = await evidenceOf(game, { signal, onProgress });
      const { turningPointsOf } = await import('../workers/tasks.ts');
      return (lang: Lang) => turningPointsOf(game, evidence, lang);
    });
    asked.set(game, job);
  }
  return job;
}

/** The run's turning points in a language once the workers have found them (null while they work, or if never asked). */
export function foundTurningPoints(game: GameState, lang: Lang): TurningPoint[] | null {
  const s = asked.get(game)?.state;
  return s?.status === 'done' ? s.value(lang) : null;
}

function pointItem(p: TurningPoint, lang: Lang): HTMLElement {
  const size = h('span', { class: `tp-size ${p.size >= 0 ? 'up' : 'down'}`, text: uiText('ui.tp.size', lang, { sign: p.size > 0 ? '+' : p.size < 0 ? '−' : '', points: Math.abs(p.size) }) });
  const scale = h('div', { class: 'tp-scale', attrs: { 'aria-hidden': 'true' } });
  const fill = h('div', { class: `fill ${p.size >= 0 ? 'up' : 'down'}` });
  fill.style.width = `${Math.min(50, Math.abs(p.size) / 2)}%`;
  scale.append(fill);
  return h('li', { class: `tp${p.yours ? ' mine' : ''}` },
    h('p', { class: 'tp-when', text: p.label }),
    h('p', { class: 'tp-move' }, h('strong', { text: p.text }), p.yours ? h('span', { class: 'badge on', text: uiText('ui.tp.yours', lang) }) : null, size),
    scale,
    h('p', { class: 'tp-summary', text: p.summary }),
  );
}

/** Draws the run's turning points into `container` (a section with its heading), asking the workers if not yet asked. */
export function renderTurningPoints(container: HTMLElement, game: GameState, lang: Lang): void {
  const job = ask(game);
  const body = h('div', { id: 'turning-points-body' });
  const draw = () => {
    const s = job.state;
    if (s.status === 'running') {
      const meter = h('progress', { attrs: { 'aria-labelledby': 'tp-status' } });
      meter.max = s.progress.total || 1;
      meter.value = s.progress.done;
      body.replaceChildren(h('p', { id: 'tp-status', attrs: { role: 'status' }, text: uiText('ui.tp.working', lang) }), meter);
    } else if (s.status === 'done') {
      const points = s.value(lang);
      body.replaceChildren(
        points.length ? h('ol', { id: 'tp-list', class: 'tp-list' }, ...points.map((p) => pointItem(p, lang))) : h('p', { id: 'tp-none', text: uiText('ui.tp.none', lang) }),
        h('p', { id: 'tp-took', class: 'dim', attrs: { 'data-ms': Math.round(s.ms) }, text: uiText('ui.tp.took', lang, { seconds: secondsText(s.ms, lang) }) }),
      );
    } else {
      body.replaceChildren(h('p', { attrs: { role: 'status' }, text: s.status === 'failed' ? uiText('ui.tp.failed', lang, { error: s.error }) : uiText('ui.explore.cancelled', lang) }));
    }
  };
  const box = h('section', { id: 'turning-points', class: 'panel turning-points', attrs: { 'aria-labelledby': 'turning-points-h' } },
    h('h2', { id: 'turning-points-h', class: 'panel-h', text: uiText('ui.tp.heading', lang) }),
    h('p', { class: 'dim', text: uiText('ui.tp.intro', lang) }),
    body);
  draw();
  job.show(box, draw);
  container.replaceChildren(box);
}
