// The spread of a session's settings (src/classroom/spread.ts), computed in this page a chunk of games at a time so
// the screen stays responsive (about a second in all), kept per session, and shown once done. A progress bar with the
// id class-spread-progress follows it when one is on screen.
import { emptySpread, mergeSpread, sessionStart, spreadChunk, SPREAD_RUNS, type SpreadTally } from '../../classroom/spread.ts';
import { encodeSession, type ClassSession } from '../../classroom/session.ts';

const CHUNK = 12;

interface Job {
  tally: SpreadTally;
  done: boolean;
  listeners: (() => void)[];
}

const jobs = new Map<string, Job>();

/** The spread of the session if it is done, else null; starts it (once) and calls `whenDone` when it is. */
export function spreadOf(session: ClassSession, whenDone: () => void): SpreadTally | null {
  const key = encodeSession(session);
  let job = jobs.get(key);
  if (job?.done) return job.tally;
  if (!job) {
    const fresh: Job = { tally: emptySpread(), done: false, listeners: [] };
    jobs.set(key, (job = fresh));
    const start = sessionStart(session);
    const step = () => {
      const n = Math.min(CHUNK, SPREAD_RUNS - fresh.tally.runs);
      fresh.tally = mergeSpread(fresh.tally, spreadChunk(start, 1 + fresh.tally.runs, n));
      const bar = document.getElementById('class-spread-progress') as HTMLProgressElement | null;
      if (bar) bar.value = fresh.tally.runs;
      if (fresh.tally.runs < SPREAD_RUNS) setTimeout(step, 0);
      else {
        fresh.done = true;
        for (const l of fresh.listeners.splice(0)) l();
      }
    };
    setTimeout(step, 0);
  }
  // Only the latest screen's callback matters: the screen redraws, and the old one is gone.
  job.listeners.splice(0, job.listeners.length, whenDone);
  return null;
}

/** How far the spread of a session is, in games. */
export const spreadProgress = (session: ClassSession): number => jobs.get(encodeSession(session))?.tally.runs ?? 0;
