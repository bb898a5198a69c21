// The worker thread for explore() run from the TypeScript sources (scripts/bench-sim.ts through tsx). Worker threads
// on Node 20 do not inherit tsx's loader, so this registers it, then loads the worker body. The command line itself
// runs the built dist-cli/explore-worker.js and never comes here.
import { register } from 'tsx/esm/api';

register();
await import('./explore-thread.ts');
