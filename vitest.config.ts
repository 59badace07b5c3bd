import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once per run: the CLI and end-to-end tests run the compiled CLI in real processes.
    globalSetup: ['tests/helpers/build.ts'],
    // Process tests spawn node and wait for a server or a kill -9 round trip.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
