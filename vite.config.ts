import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/csp.ts';

// base './' so the built site works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  // The built page carries a content security policy: no inline script, no eval (scripts/csp.ts).
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Every browser of the target loads module preloads itself: no polyfill in the title's script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Phaser is big and changes rarely: its own chunk caches apart from the game.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  test: {
    // The command-line tests run the built dist-cli/ as a user would: build it first if a source changed.
    globalSetup: ['tests/cli/build-cli.setup.ts'],
    // Every language's texts, which the page loads as it needs them (src/text/i18n.ts).
    setupFiles: ['tests/load-texts.ts'],
    testTimeout: 20000,
    hookTimeout: 60000,
    // One worker per core (Vitest's default leaves one core out: on two cores the unit tests ran on one).
    maxWorkers: '100%',
    projects: [
      // No isolation between files: none of them changes a module's state for the next, and each file would otherwise
      // load the simulation afresh (a third of the project's CPU time).
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/sim-slow/**'], isolate: false } },
      // Studies over thousands of seeds (the spread, the directions): slower, and still part of `npm test`.
      { extends: true, test: { name: 'studies', include: ['tests/sim-slow/**/*.test.ts'], testTimeout: 180000, hookTimeout: 180000 } },
    ],
  },
});
