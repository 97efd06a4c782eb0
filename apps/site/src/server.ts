import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ApiClient } from './api/api-client.js';
import { createSiteApp } from './app.js';
import { loadSiteEnv } from './env.js';
import { loadAssets } from './render/assets.js';

const config = loadSiteEnv();
const logger = pino({ level: config.logLevel });
const clientDir = join(dirname(fileURLToPath(import.meta.url)), 'client');
const app = createSiteApp({
  api: new ApiClient(config.apiUrl),
  assets: loadAssets(clientDir),
  clientDir,
  publicUrl: config.publicUrl,
  logger,
});

const server = app.listen(config.port, config.host, () => {
  logger.info({ url: config.publicUrl, api: config.apiUrl }, 'Site listening');
  console.log(`\nPeer Worker Toolkit site: ${config.publicUrl}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
