// Read benchmark: the built API against a bare node:http server sending the same bytes.
// Prints a markdown section to stdout (progress goes to stderr); BENCH_WRITE=1 also updates
// docs/benchmarks.md. See that file for what is measured and how to read the figures.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { get, readCpuSeconds, startApi, startBaseline, stopChild } from './processes.mjs';
import { describeMachine, formatSection, writeDocs } from './report.mjs';

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
  const whole = (name, fallback, min) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`${name} must be a whole number of ${min} or more, not "${raw}"`);
    }
    return value;
  };
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

const cleanups = [];
let cleaning;
function cleanUp() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      await step().catch((error) => console.error(`Clean-up step failed: ${error.message}`));
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing temporary files`);
    void cleanUp().finally(() => process.exit(128 + constants.signals[signal]));
  });
}
const track = (child) => cleanups.push(() => stopChild(child));

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

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/**
 * One autocannon run. autocannon's histogram rounds to whole ms, so latencies are kept here. The
 * server's CPU time per request is steadier than requests/s on a shared machine, and is not capped
 * by the load generator.
 */
async function load({ origin, pid }, path, { connections, duration }) {
  const url = `${origin}${path}`;
  const times = [];
  const cpuBefore = readCpuSeconds(pid);
  const run = autocannon({ url, connections, duration });
  run.on('response', (_client, _status, _bytes, time) => times.push(time));
  const result = await run;
  const cpuAfter = readCpuSeconds(pid);
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests.total} requests. Status codes: ${JSON.stringify(result.statusCodeStats)}`,
    );
  }
  const sorted = Float64Array.from(times).sort();
  const cpuUs =
    cpuBefore === undefined || cpuAfter === undefined
      ? Number.NaN
      : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return {
    rps: result.requests.average,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    cpuUs,
  };
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const averageOf = (runs) => ({
  rps: mean(runs.map((run) => run.rps)),
  p50: mean(runs.map((run) => run.p50)),
  p99: mean(runs.map((run) => run.p99)),
  cpuUs: mean(runs.map((run) => run.cpuUs)),
});

/** API and baseline take turns (ABBA across rounds) so drifting machine load falls on both. */
async function measure(endpoint, servers, options) {
  const runs = { api: [], baseline: [] };
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api'];
    for (const server of order) {
      const target = servers[server];
      if (options.warmup > 0) {
        await load(target, endpoint.path, { ...options, duration: options.warmup });
      }
      const run = await load(target, endpoint.path, options);
      runs[server].push(run);
      console.error(
        `${endpoint.path} ${server.padEnd(8)} round ${round + 1}: ${Math.round(run.rps)} req/s, ` +
          `p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, ${Math.round(run.cpuUs)} µs CPU/req`,
      );
    }
  }
  const api = averageOf(runs.api);
  const baseline = averageOf(runs.baseline);
  return {
    ...endpoint,
    api,
    baseline,
    ratio: api.rps / baseline.rps,
    cpuRatio: api.cpuUs / baseline.cpuUs,
  };
}

async function main() {
  const options = readOptions(process.env);
  const startedAt = new Date();
  const machine = describeMachine(REPO_ROOT);
  const apiEntry = resolve(API_DIR, options.apiEntry);
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} is missing: run pnpm --filter @peer-toolkit/api build first`);
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'peer-toolkit-bench-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi({
    entry: apiEntry,
    cwd: API_DIR,
    dataDir,
    nodeArgs: options.apiNodeArgs,
    track,
  });
  const routes = [];
  for (const { path } of ENDPOINTS) routes.push(await capture(api.origin, path));
  const baseline = await startBaseline({ entry: BASELINE_ENTRY, routes, track });
  for (const route of routes) await checkBaselineMatches(baseline.origin, route);
  console.error(
    `API ${api.origin}, baseline ${baseline.origin}; ${options.connections} connections, ` +
      `${options.warmup} s warm-up + ${options.duration} s × ${options.rounds} round(s) per server`,
  );

  const endpoints = [];
  for (const endpoint of ENDPOINTS) {
    endpoints.push(await measure(endpoint, { api, baseline }, options));
  }

  const section = formatSection({ machine, options, endpoints, startedAt });
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
  await cleanUp();
}
