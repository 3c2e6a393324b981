import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the extension first when dist/ is missing or older than its sources.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time, after the unit tests (a later group): the machine has two cores,
          // and the budget figures must not be measured against the unit tests' CPU use.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          // Checks firefox-esr is there and builds dist-firefox/ when it is missing or stale.
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          // Its own group after the Chromium one: never two browsers at once on two cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // Bounded: Firefox's start-up has its own 60 s limit inside the hook.
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
