// Child processes for the read benchmark: the real API, the bare baseline, and plain HTTP helpers.
import { execFileSync, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/** Clock ticks per second, the unit of CPU times in /proc/<pid>/stat. */
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
    // Fields after the command name (which may hold spaces): state is the 1st, utime the 12th,
    // stime the 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** A GET with only Host and Connection headers, like autocannon sends: no compression asked for. */
export function get(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(5_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.end();
  });
}

/** A port nobody listens on right now; the API takes it a moment later. */
async function findFreePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Keeps the last few kilobytes a child wrote, to explain a failure. */
function tailOf(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    text = (text + chunk).slice(-4_000);
  });
  return () => text.trim();
}

function describeExit(code, signal) {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/** Stops a child with SIGTERM (so it can close its database), then SIGKILL if it hangs. */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `node <entry>` with the API's own configuration variables and waits until /readyz answers
 * 200. Rejects with the child's output if it exits or is not ready in time. `track` receives the
 * child at once, so it is stopped even if the benchmark is interrupted while waiting.
 */
export async function startApi({ entry, cwd, dataDir, nodeArgs, track }) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const output = tailOf(child.stderr);
  child.stdout.resume();
  const origin = `http://127.0.0.1:${port}`;

  let exitReason;
  child.once('exit', (code, signal) => {
    exitReason = describeExit(code, signal);
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exitReason) throw new Error(`The API ${exitReason} before it was ready:\n${output()}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
    }
    const ready = await get(`${origin}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return { child, origin, pid: child.pid };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
    routes: routes.map(({ path, headers, body }) => ({
      path,
      headers,
      body: body.toString('base64'),
    })),
  });
  const port = await listening;
  return { child, origin: `http://127.0.0.1:${port}`, pid: child.pid };
}
