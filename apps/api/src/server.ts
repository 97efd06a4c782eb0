import { createServer } from 'node:http';
import { pino } from 'pino';
import { createApp } from './app.js';
import { bootstrapAdmin } from './auth/bootstrap-admin.js';
import { configurationWarnings, loadEnv } from './env.js';
import { openStore } from './store/open-store.js';

const HOUR = 3_600_000;

const config = loadEnv();
const logger = pino({ level: config.logLevel });
for (const warning of configurationWarnings(config)) logger.warn(warning);
const { stores, location, migrated, seeded } = await openStore({
  dataDir: config.dataDir,
  secretsKey: config.secretsKey,
});
logger.info(
  { database: location, migrated, seeded },
  seeded ? 'Database created and seeded' : 'Database opened',
);

const admin = await bootstrapAdmin(
  stores.accounts,
  config.bootstrapAdmin,
  new Date().toISOString(),
);
if (admin) {
  logger.info({ email: admin.email }, 'First admin created');
  if (admin.generatedPassword) {
    // Printed to the terminal once, never logged: it must be changed at first sign-in.
    console.log(
      `\nFirst admin: ${admin.email}\nTemporary password (shown only now): ${admin.generatedPassword}\n`,
    );
  }
}

/** Removes expired sessions and audit entries past the retention period. */
async function housekeeping() {
  const now = Date.now();
  const sessions = await stores.accounts.deleteExpiredSessions(
    new Date(now).toISOString(),
    new Date(now - config.sessionIdleMinutes * 60_000).toISOString(),
  );
  const audit = await stores.audit.purgeBefore(
    new Date(now - config.auditRetentionDays * 24 * HOUR).toISOString(),
  );
  if (sessions + audit > 0)
    logger.info({ sessions, audit }, 'Housekeeping removed expired records');
}
await housekeeping();
setInterval(
  () => void housekeeping().catch((error) => logger.error({ err: error }, 'Housekeeping failed')),
  HOUR,
).unref();

const { handle } = createApp({ stores, config, logger });
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
  await stores.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
