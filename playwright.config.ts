// The browser suite: @playwright/test driving Debian's Chromium (never a downloaded browser) against the production
// build, served once by `vite preview` from a sub-path (tests/e2e/serve.setup.ts). `npm test` runs the `desktop`
// project; `matrix` (every screen at six sizes, three text sizes, two languages: about 35 minutes) runs on its own.
import { defineConfig, devices } from '@playwright/test';

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/serve.setup.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Generous bounds: two shared cores and software WebGL. They catch a hang, not a slow machine.
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromium,
    locale: 'en-US',
    reducedMotion: 'reduce',
    // Recording a trace costs a test about 40% more time: recorded on the retry of a test that failed (CI retries
    // once), or for every test with E2E_TRACE=1 (kept for the ones that fail).
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
    actionTimeout: 20_000,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /matrix\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, viewport: { width: 1280, height: 720 } },
    },
    {
      // Issue 8's matrix: too long for `npm test` (run it with `npm run test:matrix`).
      name: 'matrix',
      testMatch: /matrix\.spec\.ts/,
      use: { launchOptions: chromium },
    },
  ],
});
