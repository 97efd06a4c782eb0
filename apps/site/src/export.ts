import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ApiClient } from './api/api-client.js';
import { createSiteApp } from './app.js';
import { loadSiteEnv } from './env.js';
import { loadAssets } from './render/assets.js';
import { pageRoutes } from './routes.js';
import { listSitePaths } from './sitemap.js';

/**
 * Writes a static copy of the site: every page reachable without a query, the sitemap, robots.txt
 * and the client files, rendered by the same app the server runs. Pages that answer a form (search
 * results, self-assessment steps and results, share codes) need the running site.
 */
const config = loadSiteEnv();
const outDir = resolve(process.argv[2] ?? 'dist/static');
const clientDir = join(dirname(fileURLToPath(import.meta.url)), 'client');
const api = new ApiClient(config.apiUrl);
const app = createSiteApp({
  api,
  assets: loadAssets(clientDir),
  clientDir,
  publicUrl: config.publicUrl,
  logger: pino({ level: 'warn' }),
});

rmSync(outDir, { recursive: true, force: true });
cpSync(clientDir, outDir, { recursive: true, filter: (source) => !source.includes('/.vite') });

const server = createServer(app);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const paths = await listSitePaths(api, pageRoutes);
const failures: string[] = [];
for (const path of [...paths, '/404', '/sitemap.xml', '/robots.txt']) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  const body = Buffer.from(await response.arrayBuffer());
  const expected = path === '/404' ? 404 : 200;
  if (response.status !== expected) failures.push(`${path}: ${response.status}`);
  const file =
    path === '/404'
      ? join(outDir, '404.html')
      : path.includes('.')
        ? join(outDir, path)
        : join(outDir, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}
server.close();
if (failures.length > 0) {
  console.error(`Export failed for:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Exported ${paths.length} pages to ${outDir}`);
