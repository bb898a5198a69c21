// Builds the site once and serves dist/ with `vite preview` from a sub-path on a free port, as a static host would;
// the tests read the address from E2E_URL. The returned function closes the server when the run ends.
import { resolve } from 'node:path';
import { build, preview } from 'vite';

/** The site is served under a sub-path to prove the build works away from the root. */
export const BASE_PATH = '/games/five-days/';

export default async function serve(): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  if (!process.env.E2E_NO_BUILD) await build({ root, logLevel: 'warn' });
  const server = await preview({
    root,
    base: BASE_PATH,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  process.env.E2E_URL = url;
  return () => server.close();
}
