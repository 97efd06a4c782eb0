import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  AdminItemSchema,
  AdminListSchema,
  parseRevisionEtag,
  SEED_AUTHOR,
} from '@peer-toolkit/core';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpAdminClient, signInOverHttp } from '../testing/http-admin-client.js';
import type { ItemKey } from './editorial-store.js';
import { openStore } from './open-store.js';

const API_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN = { email: 'crash-admin@example.org', password: 'copper-kettle-meadow-71' };
const CYCLES = 3;
const LOOPS = 4;

let buildDir: string;
let dataDir: string;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), 'toolkit-crash-build-'));
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-crash-data-'));
  const pkg = JSON.parse(readFileSync(join(API_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const core = '@peer-toolkit/core';
  await build({
    entry: { server: join(API_ROOT, 'src/server.ts') },
    outDir: buildDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    // Core is bundled from its source, as the tests see it, rather than from a dist/ that may be
    // older; the other dependencies stay external.
    external: Object.keys(pkg.dependencies).filter((name) => name !== core),
    noExternal: [core],
    esbuildOptions: (options) => {
      options.conditions = ['@peer-toolkit/source'];
    },
    tsconfig: join(API_ROOT, 'tsconfig.json'),
    config: false,
    dts: false,
    sourcemap: false,
    silent: true,
  });
  // External dependencies must resolve from the bundle's folder as they would from dist/.
  symlinkSync(join(API_ROOT, 'node_modules'), join(buildDir, 'node_modules'), 'dir');
}, 60_000);

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface ServerProcess {
  child: ChildProcess;
  origin: string;
  exited: Promise<void>;
  output: () => string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** Starts the built server on the shared data folder and waits until it says it is ready. */
async function startServer(): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(buildDir, 'server.js')], {
    cwd: buildDir,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: origin,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      running.delete(child);
      done();
    }),
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped at start:\n${output}`);
    const ready = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The server never became ready:\n${output}`);
    await sleep(50);
  }
  return { child, origin, exited, output: () => output };
}

/** What one stream of saves produced: what the server acknowledged, and everything sent. */
interface Stream {
  acknowledged: { number: number; content: Record<string, unknown> }[];
  sentTitles: Set<string>;
  /** Anything other than 200 or 412 before the kill, or a loop failing before it. */
  unexpected: string[];
}

/** Is this how fetch fails when the server is gone (refused, reset, cut off, timed out)? */
function isConnectionFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError');
}

/**
 * Several loops each read the item and save an edit of it with If-Match, as fast as they can,
 * until the server is killed with SIGKILL at a random moment.
 */
async function saveUntilKilled(
  server: ServerProcess,
  client: HttpAdminClient,
  path: string,
  cycle: number,
): Promise<Stream> {
  const stream: Stream = { acknowledged: [], sentTitles: new Set(), unexpected: [] };
  let killed = false;
  const loop = async (loopIndex: number) => {
    for (let save = 0; !killed; save += 1) {
      try {
        const read = await client.send('get', path);
        if (read.status !== 200) throw new Error(`GET ${read.status}`);
        const item = AdminItemSchema.parse(read.body);
        const title = `Cycle ${cycle}, loop ${loopIndex}, save ${save}`;
        const content = { ...item.content, title };
        stream.sentTitles.add(title);
        const reply = await client.send('put', path, { content }, { 'If-Match': item.etag });
        if (reply.status === 200) {
          stream.acknowledged.push({ number: parseRevisionEtag(reply.etag) ?? -1, content });
        } else if (reply.status !== 412) {
          stream.unexpected.push(`PUT ${reply.status} ${JSON.stringify(reply.body)}`);
        }
      } catch (error) {
        if (!killed || !isConnectionFailure(error)) stream.unexpected.push(String(error));
        return;
      }
    }
  };
  const loops = Array.from({ length: LOOPS }, (_, index) => loop(index));
  await sleep(200 + Math.random() * 600);
  killed = true;
  server.child.kill('SIGKILL');
  await server.exited;
  await Promise.all(loops);
  return stream;
}

/**
 * Opens the database the restarted server uses and checks it is sound, that every acknowledged
 * save is there with the content sent, and that nothing else appeared.
 */
async function expectDatabaseKeptEverySave(key: ItemKey, streams: Stream[]) {
  const { stores } = await openStore({ dataDir });
  try {
    expect(await stores.checkIntegrity()).toEqual([]);
    const revisions = (await stores.editorial.listRevisions(key)) ?? [];
    const numbers = revisions.map((revision) => revision.number).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    const byNumber = new Map(revisions.map((revision) => [revision.number, revision]));
    for (const { acknowledged } of streams) {
      for (const save of acknowledged) {
        expect(byNumber.get(save.number)?.content, `revision ${save.number}`).toEqual(save.content);
      }
    }
    // A save cut off by the kill may or may not be there, but only as it was sent.
    const sent = new Set(streams.flatMap((stream) => [...stream.sentTitles]));
    for (const revision of revisions.filter((each) => each.author !== SEED_AUTHOR)) {
      expect(revision.author).toBe(ADMIN.email);
      expect(sent.has(String(revision.content.title)), String(revision.content.title)).toBe(true);
    }
    return byNumber.get(numbers.at(-1) ?? 0);
  } finally {
    await stores.close();
  }
}

function signInAsAdmin(server: ServerProcess) {
  return signInOverHttp({ baseUrl: server.origin, origin: server.origin, ...ADMIN });
}

describe('a server killed in the middle of saves', () => {
  it('restarts with a sound database holding every acknowledged save', async () => {
    const streams: Stream[] = [];
    let server = await startServer();
    try {
      let client = await signInAsAdmin(server);
      const list = AdminListSchema.parse((await client.send('get', '/admin/content/topics')).body);
      const key: ItemKey = { collection: 'topics', id: list.items[0]?.id as string };
      const path = `/admin/content/topics/${key.id}`;
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const stream = await saveUntilKilled(server, client, path, cycle);
        streams.push(stream);
        expect(stream.unexpected).toEqual([]);
        // Without acknowledged saves before the kill, the cycle would prove nothing.
        expect(stream.acknowledged.length).toBeGreaterThan(0);

        server = await startServer();
        client = await signInAsAdmin(server);
        const newest = await expectDatabaseKeptEverySave(key, streams);
        // The restarted server serves the newest revision the database holds.
        const item = AdminItemSchema.parse((await client.send('get', path)).body);
        expect(item.current.number).toBe(newest?.number);
        expect(item.content).toEqual(newest?.content);
      }
    } finally {
      server.child.kill('SIGTERM');
      await Promise.race([server.exited, sleep(5000)]);
      server.child.kill('SIGKILL');
    }
  }, 60_000);
});
