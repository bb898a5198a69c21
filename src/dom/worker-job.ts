// A question put to the simulation workers by a screen that redraws: it is asked once, whichever element shows it
// now is told of each change, and it is cancelled (its workers terminated) once no element on the page shows it.
import type { Progress } from '../workers/tasks.ts';

export type JobState<T> =
  | { status: 'running'; progress: Progress }
  | { status: 'done'; value: T; ms: number }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' };

/** How often a running job looks whether anything still shows it. */
const CHECK_MS = 300;

export class WatchedJob<T> {
  state: JobState<T> = { status: 'running', progress: { done: 0, total: 0 } };
  private view: { el: HTMLElement; draw: () => void } | null = null;
  private readonly stop = new AbortController();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(work: (signal: AbortSignal, progress: (p: Progress) => void) => Promise<T>) {
    const t0 = performance.now();
    this.timer = setInterval(() => this.check(), CHECK_MS);
    const progress = (p: Progress) => this.set({ status: 'running', progress: p });
    // The work starts after the screen that asked is on the page.
    void Promise.resolve()
      .then(() => work(this.stop.signal, progress))
      .then(
        (value) => this.set({ status: 'done', value, ms: performance.now() - t0 }),
        (e: unknown) => this.set((e as Error)?.name === 'AbortError' ? { status: 'cancelled' } : { status: 'failed', error: String((e as Error)?.message ?? e) }),
      );
  }

  /** Show the job in `el` from now on (instead of wherever it was shown): `draw` is called at every change. */
  show(el: HTMLElement, draw: () => void): void {
    this.view = { el, draw };
  }

  get running(): boolean {
    return this.state.status === 'running';
  }

  cancel(): void {
    this.stop.abort();
  }

  private set(s: JobState<T>): void {
    if (this.state.status !== 'running') return;
    this.state = s;
    if (s.status !== 'running') clearInterval(this.timer);
    this.view?.draw();
  }

  private check(): void {
    if (this.running && this.view && !this.view.el.isConnected) this.cancel();
  }
}
