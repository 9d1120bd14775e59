import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs with this file (`vitest run --config test/vitest.config.ts`); the project root stays
 * the working folder.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/shared-builds.ts'],
    // One test file at a time: the build and browser tests each use both cores of a 2-core machine
    // (render workers, Chromium), and more files at once only makes them wait for each other. Said here
    // rather than left to the default, which counts the machine's processors, not its share of them.
    maxWorkers: 1,
    // A browser step that takes a second here can take several on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
