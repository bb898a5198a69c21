import { defineConfig } from 'vitest/config';

// base './' so the built site works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
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
    include: ['tests/**/*.test.ts'],
    // The command-line tests run the built dist-cli/ as a user would: build it first if a source changed.
    globalSetup: ['tests/cli/build-cli.setup.ts'],
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
