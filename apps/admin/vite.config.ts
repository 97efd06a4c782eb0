import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin is a single-page app the API serves under /admin, on the API's own origin. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { conditions: ['@peer-toolkit/source'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', sourcemap: true },
});
