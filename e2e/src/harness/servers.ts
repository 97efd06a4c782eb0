import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const ADMIN_EMAIL = 'admin@example.org';
export const ADMIN_PASSWORD = 'quiet-meadow-compass-71';
/** The display name the API gives the admin account it creates on first start. */
export const ADMIN_NAME = 'Administrator';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited early.\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not become ready in 30 s.\n${output()}`);
}

function start(script: string, env: Record<string, string>) {
  let output = '';
  const child = spawn(process.execPath, [join(root, script)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

export interface Servers {
  apiUrl: string;
  siteUrl: string;
  stop: () => Promise<void>;
}

/**
 * The built API over a fresh, seeded database and the built site reading it, as child processes
 * on free ports. Both must be built first (turbo builds them before test:e2e).
 */
export async function startServers(): Promise<Servers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-e2e-'));
  const [apiPort, sitePort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const api = start('apps/api/dist/server.js', {
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    PUBLIC_ORIGIN: apiUrl,
    ALLOWED_ORIGINS: siteUrl,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ADMIN_DIR: join(root, 'apps/admin/dist'),
  });
  const stopAll = async () => {
    for (const child of [api.child, site?.child])
      if (child && child.exitCode === null) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    rmSync(dataDir, { recursive: true, force: true });
  };
  let site: ReturnType<typeof start> | undefined;
  try {
    await waitFor(`${apiUrl}/readyz`, api.child, api.output);
    site = start('apps/site/dist/server.js', {
      SITE_PORT: String(sitePort),
      API_URL: apiUrl,
      PUBLIC_SITE_URL: siteUrl,
    });
    await waitFor(`${siteUrl}/`, site.child, site.output);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { apiUrl, siteUrl, stop: stopAll };
}
