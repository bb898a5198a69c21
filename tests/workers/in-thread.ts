// Workers for the pool's tests: each answers in this thread (the same answer() the Web Worker runs), after a delay
// that may be random, so that jobs finish in an order unlike the order they were sent.
import { answer } from '../../src/workers/jobs.ts';
import type { MakeWorker } from '../../src/workers/pool.ts';

export interface Counter {
  /** Jobs answered so far, by any worker of this kind. */
  answered: number;
  terminated: number;
}

export function inThread(counter: Counter = { answered: 0, terminated: 0 }, delay: () => number = () => 0): MakeWorker {
  return (onReply) => {
    let dead = false;
    return {
      post(req) {
        setTimeout(() => {
          if (dead) return;
          counter.answered++;
          onReply(answer(req));
        }, delay());
      },
      terminate() {
        dead = true;
        counter.terminated++;
      },
    };
  };
}

/** A generator of delays from a seed: the same order of finishing on every run of the test. */
export function jitter(seed: number, maxMs: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % (maxMs + 1);
  };
}
