// The spread of a class session's settings as the teacher's screen shows it: asked once per seed and rulebook of the
// page's simulation workers (src/classroom/spread-ask.ts; on the page itself only if no worker can start), its steps
// moving the progress bar #class-spread-progress when one is on screen, its end redrawing the screen. Leaving the
// classroom screen cancels it (its workers stopped); coming back asks again.
import { spreadSettings, type SpreadTally } from '../../classroom/spread.ts';
import type { AskedSpread } from '../../classroom/spread-ask.ts';
import type { ClassSession } from '../../classroom/session.ts';
import { WatchedJob, type JobState } from '../worker-job.ts';

export interface SpreadNow {
  state: JobState<AskedSpread>;
  /** The workers could not start: the page plays the smaller spread itself. */
  onPage: boolean;
}

class Asked implements SpreadNow {
  onPage = false;
  /** Redraws the screen that shows it now. */
  redraw: () => void = () => undefined;
  readonly job: WatchedJob<AskedSpread>;

  constructor(session: ClassSession) {
    const settings = spreadSettings(session);
    this.job = new WatchedJob(async (signal, onProgress) => {
      const [{ sharedPool }, { askSpread }] = await Promise.all([import('../../workers/shared.ts'), import('../../classroom/spread-ask.ts')]);
      return askSpread(sharedPool(), settings, { signal, onProgress, onPage: () => ((this.onPage = true), this.redraw()) });
    });
  }

  get state(): JobState<AskedSpread> {
    return this.job.state;
  }
}

/** Each seed and rulebook's spread, asked once (again after a cancel). */
const asked = new Map<string, Asked>();

function moveBar(done: number, total: number): void {
  const bar = document.getElementById('class-spread-progress') as HTMLProgressElement | null;
  if (!bar) return;
  bar.max = total || 1;
  bar.value = done;
}

/**
 * The spread of the session now, kept going while `screen` (the classroom's body) is on the page. `start`: ask for it
 * if it is not asked yet or was cancelled (the summary and the projector); without it, only a spread already asked is
 * kept going (the setup tab). Null when not asked.
 */
export function watchSpread(session: ClassSession, screen: HTMLElement, redraw: () => void, start: boolean): SpreadNow | null {
  const key = JSON.stringify(spreadSettings(session));
  let a = asked.get(key);
  if (!a || a.job.state.status === 'cancelled') {
    if (!start) return null;
    a = new Asked(session);
    asked.set(key, a);
  }
  const shown = a;
  shown.redraw = () => screen.isConnected && redraw();
  shown.job.show(screen, () => {
    const s = shown.job.state;
    if (s.status === 'running') moveBar(s.progress.done, s.progress.total);
    else shown.redraw();
  });
  return shown;
}

/** The spread's tally once it is done. */
export const tallyOf = (spread: SpreadNow | null): SpreadTally | null => (spread?.state.status === 'done' ? spread.state.value.tally : null);
