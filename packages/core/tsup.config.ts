import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'content/index': 'src/content/index.ts',
    'fixtures/index': 'src/fixtures/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  // Entry points share the schemas; splitting keeps one copy of each.
  splitting: true,
});
