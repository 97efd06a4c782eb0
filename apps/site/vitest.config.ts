import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@peer-toolkit/source'] },
  ssr: { resolve: { conditions: ['@peer-toolkit/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 20_000,
  },
});
