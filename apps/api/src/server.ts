import { createServer } from 'node:http';
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadEnv } from './env.js';
import { openStore } from './store/open-store.js';

const config = loadEnv();
const logger = pino({ level: config.logLevel });
const { store, location, migrated, seeded } = await openStore({ dataDir: config.dataDir });
logger.info(
  { database: location, migrated, seeded },
  seeded ? 'Database created and seeded' : 'Database opened',
);

const { handle } = createApp({ store, config, logger });
const server = createServer(handle);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url }, 'API listening');
  console.log(
    `\nPeer Worker Toolkit API: ${url}/api/v1\nAPI reference:          ${url}/api/v1/docs\n`,
  );
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'Shutting down');
  server.close();
  await store.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
