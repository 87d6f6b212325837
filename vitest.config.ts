import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-failure tests start Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.tmp/vitest.json' }]],
  },
});
