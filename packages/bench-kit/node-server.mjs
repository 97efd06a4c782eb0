// Built Node servers for a benchmark: started on a free local port, stopped gently, then firmly.
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { get } from './http-get.mjs';

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/**
 * @typedef {import('node:child_process').ChildProcess} ChildProcess
 * @typedef {{ child: ChildProcess, origin: string, pid: number }} StartedServer
 */

/** A port nobody listens on right now; the server takes it a moment later. */
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

/**
 * Stops a child with SIGTERM (so it can close its database), then SIGKILL if it hangs.
 * @param {ChildProcess} child
 */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `node [nodeArgs] <entry>` with a free port in `env[portVariable]` and HOST=127.0.0.1,
 * and waits until `readyPath` answers 200. Rejects with the child's last output if it exits or
 * is not ready within 30 s. `track` gets the child at once, so it is stopped even if the run is
 * interrupted while waiting.
 * @param {{
 *   name: string, entry: string, cwd: string, env?: Record<string, string>, nodeArgs?: string[],
 *   portVariable: string, readyPath: string, track: (child: ChildProcess) => void,
 * }} server `name` is for messages, such as 'API'
 * @returns {Promise<StartedServer & { output: () => string }>}
 */
export async function startNodeServer({
  name,
  entry,
  cwd,
  env = {},
  nodeArgs = [],
  portVariable,
  readyPath,
  track,
}) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
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
      await stopChild(child);
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

/**
 * Forks `entry`, sends it `message` and resolves once it answers with the `{ port }` it listens
 * on at 127.0.0.1: the way a baseline server gets the responses it replays.
 * @param {{ name: string, entry: string, message: unknown, track: (child: ChildProcess) => void }} server
 * @returns {Promise<StartedServer>}
 */
export async function startForkedServer({ name, entry, message, track }) {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  track(child);
  const listening = new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve(port));
    child.once('exit', (code, signal) =>
      reject(new Error(`The ${name} ${describeExit(code, signal)} before it listened`)),
    );
  });
  child.send(message);
  const port = await listening;
  return { child, origin: `http://127.0.0.1:${port}`, pid: child.pid };
}
