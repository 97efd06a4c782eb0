import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built admin single-page app under /admin, on the API's own origin so the session
 * cookie and the CSRF rules need no cross-origin exceptions. Hashed assets are cached for a year;
 * every other address under /admin gets index.html, and the app's router takes it from there.
 */
export function adminAppRouter(adminDir: string): Router {
  const router = express.Router();
  const index = join(adminDir, 'index.html');
  if (!existsSync(index)) throw new Error(`ADMIN_DIR has no index.html: ${adminDir}`);
  router.use(
    '/assets',
    express.static(join(adminDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    // A missing asset is a 404, never the app shell: a stale page must not run HTML as script.
    (_req, _res, next) => next('router'),
  );
  router.use(express.static(adminDir, { index: false, maxAge: 0, redirect: false }));
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
