// A simulation Web Worker (a module worker, one per core, see shared.ts): answers each job it is sent, one at a time.
import { answer, type Request } from './jobs.ts';

self.onmessage = (ev: MessageEvent<Request>) => self.postMessage(answer(ev.data));
