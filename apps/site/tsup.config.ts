import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { server: 'src/server.ts', export: 'src/export.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: false,
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.conditions = ['@peer-toolkit/source'];
  },
  // The ui package's source is compiled in, so its JSX needs no separate build step here.
  noExternal: ['@peer-toolkit/ui'],
});
