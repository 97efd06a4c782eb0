// Child processes for the page budget: the built API and site, the bare baseline, and HTTP helpers.
import { execFileSync, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

function readClockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
}
const CLOCK_TICKS = readClockTicks();

/** CPU seconds (user + system) a process has used so far; undefined where there is no /proc. */
export function readCpuSeconds(pid) {
  try {
    // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/**
 * A GET on a connection of its own, so `wireBytes` is everything the server sent for it: status
 * line, headers, chunk framing and the body as encoded. The body is not decompressed.
 */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          wireBytes: res.socket.bytesRead,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.end();
  });
}

async function findFreePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Keeps the last few kilobytes a child wrote to either stream, to explain a failure. */
function tailOf(...streams) {
  let text = '';
  for (const stream of streams) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      text = (text + chunk).slice(-4_000);
    });
  }
  return () => text.trim();
}

function describeExit(code, signal) {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/** Stops a child with SIGTERM, then SIGKILL if it hangs. */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `node <entry>` on a free port (passed as `env[portVariable]`) and waits until `readyPath`
 * answers 200. `track` gets the child at once, so it is stopped even if start-up fails.
 */
async function startNodeServer({ name, entry, cwd, env, portVariable, readyPath, track }) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: { ...process.env, ...env, [portVariable]: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const output = tailOf(child.stdout, child.stderr);
  const origin = `http://127.0.0.1:${port}`;

  let exitReason;
  child.once('exit', (code, signal) => {
    exitReason = describeExit(code, signal);
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exitReason) throw new Error(`The ${name} ${exitReason} before it was ready:\n${output()}`);
    if (Date.now() > deadline) {
      throw new Error(
        `The ${name} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`,
      );
    }
    const ready = await get(`${origin}${readyPath}`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return { child, origin, pid: child.pid, output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The built API with a fresh database, as deployed; `env` adds settings such as the first admin. */
export function startApi({ entry, cwd, dataDir, env = {}, track }) {
  return startNodeServer({
    name: 'API',
    entry,
    cwd,
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production' },
    portVariable: 'PORT',
    readyPath: '/readyz',
    track,
  });
}

/** The built site reading that API; robots.txt answers without calling the API. */
export function startSite({ entry, cwd, apiUrl, track }) {
  return startNodeServer({
    name: 'site',
    entry,
    cwd,
    // As deployed: React's development build renders about half as fast. Errors only are logged,
    // to explain a failed page. An empty public address means the site's own origin.
    env: { API_URL: apiUrl, LOG_LEVEL: 'error', NODE_ENV: 'production', PUBLIC_SITE_URL: '' },
    portVariable: 'SITE_PORT',
    readyPath: '/robots.txt',
    track,
  });
}

/** Forks the bare server and hands it the captured responses; resolves once it listens. */
export async function startBaseline({ entry, routes, track }) {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  track(child);
  const listening = new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve(port));
    child.once('exit', (code, signal) =>
      reject(new Error(`The baseline server ${describeExit(code, signal)} before it listened`)),
    );
  });
  child.send({
    routes: routes.map(({ path, headers, identity, gzip }) => ({
      path,
      headers,
      identity: identity.toString('base64'),
      gzip: gzip?.toString('base64'),
    })),
  });
  const port = await listening;
  return { child, origin: `http://127.0.0.1:${port}`, pid: child.pid };
}
