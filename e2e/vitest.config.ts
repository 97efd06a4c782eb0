import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@peer-toolkit/source'] },
  test: {
    include: ['src/**/*.e2e.test.ts'],
    // One browser and one pair of servers per file; files run one after another so the two
    // cores are not shared by several browsers.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
