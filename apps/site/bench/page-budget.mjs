// Page budget: the built site's page weight and Lighthouse scores against the issue's budget, and
// against a bare node:http server replaying the same bytes. Prints a markdown section to stdout
// (progress goes to stderr); BENCH_WRITE=1 also updates docs/benchmarks.md. Exits non-zero when a
// budget is missed. See that file for what is measured and how to read the figures.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '@peer-toolkit/bench-kit/api-server';
import { chromiumPath } from '@peer-toolkit/bench-kit/chromium';
import { createCleanUp } from '@peer-toolkit/bench-kit/clean-up';
import { wholeNumberReader } from '@peer-toolkit/bench-kit/env-options';
import { describeCommit } from '@peer-toolkit/bench-kit/git-commit';
import { get } from '@peer-toolkit/bench-kit/http-get';
import { loadInTurns } from '@peer-toolkit/bench-kit/http-load';
import { describeMachine } from '@peer-toolkit/bench-kit/machine';
import { auditOnce, launchChrome, readChromeVersion, summariseMedian } from './audits.mjs';
import { measurePages } from './page-weight.mjs';
import { findMisses, formatSection, writeDocs } from './report.mjs';
import { startBaseline, startSite } from './servers.mjs';

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
  const whole = wholeNumberReader(env);
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
    chromePath: chromiumPath(env, 'CHROME_PATH'),
    lighthouseVersion: lighthousePackage.version,
  };
}

const cleanUp = createCleanUp({
  interrupted: 'stopping the servers and the browser, removing temporary files',
});
// A library failing outside any await (chrome-launcher's spawn error, say) still cleans up.
process.once('uncaughtException', (error) => {
  console.error(`\nPage budget benchmark failed: ${error.stack ?? error.message}`);
  void cleanUp.run().finally(() => process.exit(1));
});
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

/** The page under load on the site and the baseline in turn (ABBA across rounds). */
async function loadPage(page, servers, options) {
  const { site, baseline } = await loadInTurns({
    servers,
    path: page.path,
    label: `Load ${page.path}`,
    settings: { ...options, headers: { 'accept-encoding': 'gzip' } },
  });
  return { page, site, baseline };
}

async function main() {
  const options = readOptions(process.env);
  const startedAt = new Date();
  const machine = describeMachine();
  const commit = describeCommit(REPO_ROOT);
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
  cleanUp.add(() => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi({
    entry: apiEntry,
    cwd: API_DIR,
    dataDir,
    env: { NODE_ENV: 'production' },
    track: cleanUp.trackChild,
  });
  const site = await startSite({
    entry: siteEntry,
    cwd: SITE_DIR,
    apiUrl: api.origin,
    track: cleanUp.trackChild,
  });
  serverOutputs.push(['API', api.output], ['site', site.output]);
  const { results: weights, routes } = await measurePages(site.origin, PAGES);
  const baseline = await startBaseline({
    entry: BASELINE_ENTRY,
    routes,
    track: cleanUp.trackChild,
  });
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
    track: cleanUp.add,
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
    commit,
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
  await cleanUp.run();
}
