import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { server: 'src/server.ts', backup: 'src/backup.ts', index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
});
