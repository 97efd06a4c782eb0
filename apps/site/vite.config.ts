import { defineConfig } from 'vite';

/**
 * Vite builds what browsers download: one stylesheet and a few small scripts that enhance
 * server-rendered pages. Pages are rendered on the server (tsup builds that part), and no page
 * needs a script to work.
 */
export default defineConfig({
  resolve: { conditions: ['@peer-toolkit/source'] },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    cssCodeSplit: true,
    rollupOptions: {
      input: {
        styles: 'src/client/styles.css',
        search: 'src/client/search.ts',
        'change-model': 'src/client/change-model.ts',
        'self-assessment': 'src/client/self-assessment.ts',
        'shared-expectations': 'src/client/shared-expectations.ts',
      },
    },
  },
});
