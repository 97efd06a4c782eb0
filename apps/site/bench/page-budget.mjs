// Page budget: the built site's page weight and Lighthouse scores against the issue's budget, and
// against a bare node:http server replaying the same bytes. Prints a markdown section to stdout
// (progress goes to stderr); BENCH_WRITE=1 also updates docs/benchmarks.md. Exits non-zero when a
// budget is missed. See that file for what is measured and how to read the figures.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { auditOnce, launchChrome, readChromeVersion, summariseMedian } from './audits.mjs';
import { measurePages } from './page-weight.mjs';
import { describeMachine, findMisses, formatSection, writeDocs } from './report.mjs';
import { get, readCpuSeconds, startApi, startBaseline, startSite, stopChild } from './servers.mjs';

const SITE_DIR = fileURLToPath(new URL('..', import.meta.url));
const API_DIR = fileURLToPath(new URL('../../api', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BASELINE_ENTRY = fileURLToPath(new URL('./baseline-server.mjs', import.meta.url));

/** The issue's four pages (the self-assessment by its start and a step) are audited too. */
const PAGES = [
  { label: 'Home', path: '/', audit: true },
  { label: 'Topic', path: '/topics/training', audit: true },
  { label: 'Change model', path: '/change-model', audit: true },
  { label: 'Self-assessment', path: '/self-assessment', audit: true },
  { label: 'Self-assessment step', path: '/self-assessment/step/1', audit: true },
  { label: 'Topics', path: '/topics' },
  { label: 'Risk guidance', path: '/risk' },
  { label: 'A risk', path: '/risk/role-drift' },
  { label: 'Roles', path: '/roles' },
  { label: 'A role', path: '/roles/crisis-peer-worker' },
  { label: 'Publications', path: '/research/publications' },
  { label: 'Search results', path: '/search?q=supervision' },
];
const LOADED_PAGE = PAGES[1];

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
  const lighthousePackage = JSON.parse(
    readFileSync(join(SITE_DIR, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
  );
  return {
    lighthouseRuns: whole('BENCH_LIGHTHOUSE_RUNS', 3, 1),
    duration: whole('BENCH_DURATION', 5, 1),
    warmup: whole('BENCH_WARMUP', 1, 0),
    connections: whole('BENCH_CONNECTIONS', 10, 1),
    rounds: whole('BENCH_ROUNDS', 2, 1),
    write: env.BENCH_WRITE === '1',
    chromePath: env.CHROME_PATH || '/usr/bin/chromium',
    lighthouseVersion: lighthousePackage.version,
  };
}

const cleanups = [];
let cleaning;
function cleanUp() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      await Promise.resolve()
        .then(step)
        .catch((error) => console.error(`Clean-up step failed: ${error.message}`));
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and the browser, removing temporary files`);
    void cleanUp().finally(() => process.exit(128 + constants.signals[signal]));
  });
}
// A library failing outside any await (chrome-launcher's spawn error, say) still cleans up.
process.once('uncaughtException', (error) => {
  console.error(`\nPage budget benchmark failed: ${error.stack ?? error.message}`);
  void cleanUp().finally(() => process.exit(1));
});
const trackChild = (child) => cleanups.push(() => stopChild(child));
/** What the servers last wrote, printed when the run fails. */
const serverOutputs = [];

/** Checks that the baseline replays every captured response byte for byte. */
async function checkBaselineMatches(origin, routes) {
  for (const route of routes) {
    const headers = route.gzip ? { 'accept-encoding': 'gzip' } : {};
    const { status, body } = await get(`${origin}${route.path}`, headers);
    if (status !== 200 || !body.equals(route.gzip ?? route.identity)) {
      throw new Error(`The baseline's answer to ${route.path} differs from the site's`);
    }
  }
}

/** Lighthouse on each page, site and baseline taking turns so drifting load falls on both. */
async function auditPages(pages, servers, chrome, runs) {
  const audits = [];
  for (const page of pages) {
    const lhrs = { site: [], baseline: [] };
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['site', 'baseline'] : ['baseline', 'site'];
      for (const server of order) {
        const lhr = await auditOnce(`${servers[server].origin}${page.path}`, chrome);
        lhrs[server].push(lhr);
        console.error(
          `Lighthouse ${page.path} ${server.padEnd(8)} run ${run + 1}: performance ` +
            `${Math.round(lhr.categories.performance.score * 100)}, accessibility ` +
            `${Math.round(lhr.categories.accessibility.score * 100)}`,
        );
      }
    }
    audits.push({
      page,
      site: summariseMedian(lhrs.site),
      baseline: summariseMedian(lhrs.baseline),
    });
  }
  return audits;
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/** One autocannon run; CPU time is summed over the server's processes (the site and its API). */
async function loadOnce({ origin, pids }, path, { connections, duration }) {
  const url = `${origin}${path}`;
  const times = [];
  const cpu = () => pids.map(readCpuSeconds).reduce((total, value) => total + value, 0);
  const cpuBefore = cpu();
  const run = autocannon({ url, connections, duration, headers: { 'accept-encoding': 'gzip' } });
  run.on('response', (_client, _status, _bytes, time) => times.push(time));
  const result = await run;
  const cpuAfter = cpu();
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests.total} requests`,
    );
  }
  const sorted = Float64Array.from(times).sort();
  return {
    rps: result.requests.average,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    // NaN where /proc is missing, and the report shows a dash.
    cpuUs: ((cpuAfter - cpuBefore) * 1e6) / result.requests.total,
  };
}

const mean = (values) => values.reduce((total, value) => total + value, 0) / values.length;
const averageOf = (runs) => ({
  rps: mean(runs.map((run) => run.rps)),
  p50: mean(runs.map((run) => run.p50)),
  p99: mean(runs.map((run) => run.p99)),
  cpuUs: mean(runs.map((run) => run.cpuUs)),
});

async function loadPage(page, servers, options) {
  const runs = { site: [], baseline: [] };
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? ['site', 'baseline'] : ['baseline', 'site'];
    for (const server of order) {
      if (options.warmup > 0) {
        await loadOnce(servers[server], page.path, { ...options, duration: options.warmup });
      }
      const run = await loadOnce(servers[server], page.path, options);
      runs[server].push(run);
      console.error(
        `Load ${page.path} ${server.padEnd(8)} round ${round + 1}: ${Math.round(run.rps)} req/s, ` +
          `p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, ${Math.round(run.cpuUs)} µs CPU/req`,
      );
    }
  }
  return { page, site: averageOf(runs.site), baseline: averageOf(runs.baseline) };
}

async function main() {
  const options = readOptions(process.env);
  const startedAt = new Date();
  const machine = describeMachine(REPO_ROOT);
  const apiEntry = join(API_DIR, 'dist', 'server.js');
  const siteEntry = join(SITE_DIR, 'dist', 'server.js');
  for (const [entry, name] of [
    [apiEntry, 'api'],
    [siteEntry, 'site'],
  ]) {
    if (!existsSync(entry)) {
      throw new Error(`${entry} is missing: run pnpm --filter @peer-toolkit/${name} build first`);
    }
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'peer-toolkit-site-bench-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi({ entry: apiEntry, cwd: API_DIR, dataDir, track: trackChild });
  const site = await startSite({
    entry: siteEntry,
    cwd: SITE_DIR,
    apiUrl: api.origin,
    track: trackChild,
  });
  serverOutputs.push(['API', api.output], ['site', site.output]);
  const { results: weights, routes } = await measurePages(site.origin, PAGES);
  const baseline = await startBaseline({ entry: BASELINE_ENTRY, routes, track: trackChild });
  await checkBaselineMatches(baseline.origin, routes);
  console.error(`API ${api.origin}, site ${site.origin}, baseline ${baseline.origin}`);
  for (const page of weights) {
    console.error(
      `${page.path}: ${page.htmlSent} B HTML sent, ${page.jsSent} B script, ${page.totalWire} B in all`,
    );
  }

  const servers = {
    site: { origin: site.origin, pids: [site.pid, api.pid] },
    baseline: { origin: baseline.origin, pids: [baseline.pid] },
  };
  const chrome = await launchChrome({
    chromePath: options.chromePath,
    track: cleanups.push.bind(cleanups),
  });
  const audits = await auditPages(
    PAGES.filter((page) => page.audit),
    servers,
    chrome,
    options.lighthouseRuns,
  );
  const load = await loadPage(LOADED_PAGE, servers, options);

  const section = formatSection({
    machine,
    options,
    chrome: readChromeVersion(options.chromePath),
    weights,
    audits,
    load,
    startedAt,
  });
  console.log(section);
  if (options.write) {
    const docs = join(REPO_ROOT, 'docs', 'benchmarks.md');
    writeDocs(docs, section);
    console.error(`Updated ${docs}`);
  }
  const misses = findMisses({ weights, audits });
  if (misses.length > 0) {
    console.error(`\nThe page budget was missed:\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nPage budget benchmark failed: ${error.stack ?? error.message}`);
  for (const [name, output] of serverOutputs) {
    if (output()) console.error(`\nThe ${name} last wrote:\n${output()}`);
  }
  process.exitCode = 1;
} finally {
  await cleanUp();
}
