// Read benchmark: the built API against a bare node:http server sending the same bytes.
// Prints a markdown section to stdout (progress goes to stderr); BENCH_WRITE=1 also updates
// docs/benchmarks.md. See that file for what is measured and how to read the figures.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '@peer-toolkit/bench-kit/api-server';
import { createCleanUp } from '@peer-toolkit/bench-kit/clean-up';
import { wholeNumberReader } from '@peer-toolkit/bench-kit/env-options';
import { describeCommit } from '@peer-toolkit/bench-kit/git-commit';
import { get } from '@peer-toolkit/bench-kit/http-get';
import { loadInTurns } from '@peer-toolkit/bench-kit/http-load';
import { describeMachine } from '@peer-toolkit/bench-kit/machine';
import { startForkedServer } from '@peer-toolkit/bench-kit/node-server';
import { formatSection, writeDocs } from './report.mjs';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BASELINE_ENTRY = fileURLToPath(new URL('./baseline-server.mjs', import.meta.url));

const ENDPOINTS = [
  { label: 'Topic `GET /api/v1/topics/training`', path: '/api/v1/topics/training' },
  { label: 'Search `GET /api/v1/search?q=supervision`', path: '/api/v1/search?q=supervision' },
];
/** The headers the baseline copies; the API's other headers are part of what it costs. */
const COPIED_HEADERS = ['content-type', 'etag', 'cache-control'];

function readOptions(env) {
  const whole = wholeNumberReader(env);
  return {
    duration: whole('BENCH_DURATION', 10, 1),
    warmup: whole('BENCH_WARMUP', 2, 0),
    connections: whole('BENCH_CONNECTIONS', 10, 1),
    rounds: whole('BENCH_ROUNDS', 2, 1),
    write: env.BENCH_WRITE === '1',
    // For profiling: another server script, or flags such as --cpu-prof for the API child only.
    apiEntry: env.BENCH_API_SERVER || 'dist/server.js',
    apiNodeArgs: (env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  };
}

const cleanUp = createCleanUp({ interrupted: 'stopping the servers and removing temporary files' });

/** The API's answer to a path, with the bytes and the headers the baseline will copy. */
async function capture(origin, path) {
  const { status, headers, body } = await get(`${origin}${path}`);
  if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${body.toString('utf8')}`);
  const copied = Object.fromEntries(
    COPIED_HEADERS.filter((name) => headers[name] !== undefined).map((name) => [
      name,
      headers[name],
    ]),
  );
  return { path, headers: copied, body };
}

async function checkBaselineMatches(origin, route) {
  const { status, headers, body } = await get(`${origin}${route.path}`);
  const sameHeaders = Object.entries(route.headers).every(
    ([name, value]) => headers[name] === value,
  );
  if (status !== 200 || !sameHeaders || !body.equals(route.body)) {
    throw new Error(`The baseline's answer to ${route.path} differs from the API's`);
  }
}

/** API and baseline take turns (ABBA across rounds) so drifting machine load falls on both. */
async function measure(endpoint, { api, baseline }, options) {
  const averages = await loadInTurns({
    servers: {
      api: { origin: api.origin, pids: [api.pid] },
      baseline: { origin: baseline.origin, pids: [baseline.pid] },
    },
    path: endpoint.path,
    label: endpoint.path,
    settings: options,
  });
  return {
    ...endpoint,
    ...averages,
    ratio: averages.api.rps / averages.baseline.rps,
    cpuRatio: averages.api.cpuUs / averages.baseline.cpuUs,
  };
}

/** Forks the bare server and hands it the captured responses; resolves once it listens. */
function startBaseline(routes) {
  return startForkedServer({
    name: 'baseline server',
    entry: BASELINE_ENTRY,
    message: {
      routes: routes.map(({ path, headers, body }) => ({
        path,
        headers,
        body: body.toString('base64'),
      })),
    },
    track: cleanUp.trackChild,
  });
}

async function main() {
  const options = readOptions(process.env);
  const startedAt = new Date();
  const machine = describeMachine();
  const commit = describeCommit(REPO_ROOT);
  const apiEntry = resolve(API_DIR, options.apiEntry);
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} is missing: run pnpm --filter @peer-toolkit/api build first`);
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'peer-toolkit-bench-'));
  cleanUp.add(() => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi({
    entry: apiEntry,
    cwd: API_DIR,
    dataDir,
    nodeArgs: options.apiNodeArgs,
    track: cleanUp.trackChild,
  });
  const routes = [];
  for (const { path } of ENDPOINTS) routes.push(await capture(api.origin, path));
  const baseline = await startBaseline(routes);
  for (const route of routes) await checkBaselineMatches(baseline.origin, route);
  console.error(
    `API ${api.origin}, baseline ${baseline.origin}; ${options.connections} connections, ` +
      `${options.warmup} s warm-up + ${options.duration} s × ${options.rounds} round(s) per server`,
  );

  const endpoints = [];
  for (const endpoint of ENDPOINTS) {
    endpoints.push(await measure(endpoint, { api, baseline }, options));
  }

  const section = formatSection({ machine, commit, options, endpoints, startedAt });
  console.log(section);
  if (options.write) {
    const docs = join(REPO_ROOT, 'docs', 'benchmarks.md');
    writeDocs(docs, section);
    console.error(`Updated ${docs}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nRead benchmark failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp.run();
}
