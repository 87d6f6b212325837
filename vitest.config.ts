import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-failure tests start Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    // The build tests and the dev-server test all run Astro in this project, which writes
    // .astro/ and node_modules/.astro: one file at a time, so they never race.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: '.tmp/vitest.json' }]],
  },
});
