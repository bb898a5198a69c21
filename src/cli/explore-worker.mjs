// A worker thread of `npm run explore`. Worker threads on Node 20 do not inherit tsx's loader, so this small
// JavaScript entry registers it, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./explore-thread.ts');
