// The README's start command: set up on a machine with only Node and npm, build, create and seed
// the embedded database on first run, then serve the API and the public site on localhost.
// PORT, SITE_PORT, HOST and DATA_DIR are honoured when set, so a second copy can run beside the first.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensurePnpm, installEnvironment, root, runPnpm } from './pnpm.mjs';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

const baseEnv = installEnvironment();
const apiPort = process.env.PORT || '4000';
const sitePort = process.env.SITE_PORT || '4001';
const host = process.env.HOST || '127.0.0.1';
// Where to reach a server listening on every interface from this machine.
const connectHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const dataDir = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : join(root, 'data');
const apiUrl = `http://${connectHost}:${apiPort}`;
const siteUrl = `http://${connectHost}:${sitePort}`;

/** Whether something already listens on the port: readiness checks would reach it instead. */
function isPortTaken(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error) => done(error.code === 'EADDRINUSE'));
    try {
      probe.listen(Number(port), host, () => probe.close(() => done(false)));
    } catch {
      done(false); // Not a port at all: the server's own configuration check explains it.
    }
  });
}

// Ports are checked before the build, so a clash shows at once rather than after it.
if (apiPort === sitePort) {
  console.error(
    `\nThe API and the site cannot share port ${apiPort}: set PORT and SITE_PORT apart.`,
  );
  process.exit(1);
}
for (const [name, variable, port] of [
  ['API', 'PORT', apiPort],
  ['site', 'SITE_PORT', sitePort],
]) {
  if (await isPortTaken(port)) {
    console.error(
      `\nPort ${port} is already in use, so the ${name} cannot start there. Stop what is using it, or choose another port: ${variable}=<port> npm start`,
    );
    process.exit(1);
  }
}

const pnpm = ensurePnpm();
if (runPnpm(pnpm, ['install']) !== 0) process.exit(1);
if (
  runPnpm(pnpm, [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@peer-toolkit/api...',
    '--filter=@peer-toolkit/site...',
    '--filter=@peer-toolkit/admin...',
    '--output-logs=errors-only',
  ]) !== 0
) {
  process.exit(1);
}

/** @type {Map<string, import('node:child_process').ChildProcess>} */
const children = new Map();
let stopping = false;

function stopAll(signal = 'SIGTERM') {
  for (const child of children.values()) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
  // A server that does not stop in time is ended, so the command always returns.
  setTimeout(() => {
    for (const child of children.values()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, STOP_TIMEOUT_MS).unref();
}

/**
 * Starts one server. Each runs in its own process group, so a Ctrl-C in the terminal reaches
 * this script only and each server is told to stop exactly once.
 */
function startServer(name, script, env) {
  const child = spawn(process.execPath, [join(root, script)], {
    cwd: root,
    // Production mode: React renders pages with its fast build, not its checking development one.
    env: { NODE_ENV: 'production', ...baseEnv, ...env },
    stdio: 'inherit',
    detached: true,
  });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(
        `\nThe ${name} stopped (${signal ?? `exit code ${code}`}); stopping the other server.`,
      );
      stopping = true;
      process.exitCode = code || 1;
      stopAll();
    }
    if ([...children.values()].every((each) => each.exitCode !== null || each.signalCode !== null))
      process.exit();
  });
  return child;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the site and the API...');
    stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
// If this script fails, it takes the servers with it.
process.on('exit', () => {
  for (const child of children.values()) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
});

/** Polls an address until it answers 200, or gives up when the server stops or time runs out. */
async function waitFor(url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null || stopping) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return false;
}

const api = startServer('API', 'apps/api/dist/server.js', {
  PORT: apiPort,
  DATA_DIR: dataDir,
  // The API serves the built admin app under /admin.
  ADMIN_DIR: join(root, 'apps/admin/dist'),
});
if (!(await waitFor(`${apiUrl}/readyz`, api))) {
  if (!stopping) {
    console.error(`\nThe API did not become ready at ${apiUrl}/readyz.`);
    stopping = true;
    process.exitCode = 1;
    stopAll();
  }
} else {
  const site = startServer('site', 'apps/site/dist/server.js', {
    SITE_PORT: sitePort,
    API_URL: apiUrl,
  });
  if (!(await waitFor(`${siteUrl}/robots.txt`, site))) {
    if (!stopping) {
      console.error(`\nThe site did not start at ${siteUrl}.`);
      stopping = true;
      process.exitCode = 1;
      stopAll();
    }
  } else {
    // Lets the servers' own start-up lines print first, so this block is the last thing shown.
    await sleep(300);
    const line = '─'.repeat(64);
    console.log(
      [
        '',
        line,
        ' The Peer Worker Toolkit is running',
        '',
        `   Site           http://${displayHost}:${sitePort}`,
        `   API            http://${displayHost}:${apiPort}/api/v1`,
        `   API reference  http://${displayHost}:${apiPort}/api/v1/docs`,
        `   Admin          http://${displayHost}:${apiPort}/admin/`,
        '',
        ` Data is kept in ${dataDir}`,
        ' Press Ctrl-C to stop both.',
        line,
        '',
      ].join('\n'),
    );
  }
}
