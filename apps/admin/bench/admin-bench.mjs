// Admin screens with 5,000 items: the list, its search and the edit screen in headless Chromium,
// on the seeded content (baseline) and with 5,000 topics (large), in the same run. Prints a
// markdown section to stdout (progress goes to stderr); BENCH_WRITE=1 also updates
// docs/benchmarks.md. See that file for what is measured and how to read the figures.
import { existsSync } from 'node:fs';
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
import { describeMachine } from '@peer-toolkit/bench-kit/machine';
import { addGeneratedTopics, countItems, FILTER_QUERY, signIn } from './large-content.mjs';
import { formatSection, MEASURES, summarise, writeDocs } from './report.mjs';
import { launchBrowser, measureEdit, measureList, openEditor } from './screens.mjs';

const ADMIN_DIR = fileURLToPath(new URL('..', import.meta.url));
const API_DIR = fileURLToPath(new URL('../../api', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN = { email: 'bench.admin@example.org', password: 'bench-admin-password-5000' };
const TYPE = 'topics';
const LARGE_TOTAL = 5_000;
/** A seeded topic, so both cases open the same item. */
const EDITED_ID = 'supervision-and-support';
const SAMPLES_PER_ROUND = 2;
const API_REQUESTS_PER_ROUND = 10;

function readOptions(env) {
  const whole = wholeNumberReader(env);
  return {
    rounds: whole('BENCH_ROUNDS', 5, 1),
    write: env.BENCH_WRITE === '1',
    chromiumPath: chromiumPath(env),
    query: FILTER_QUERY,
  };
}

const log = (message) => console.error(message);
const cleanUp = createCleanUp({
  interrupted: 'stopping the APIs and the browser, removing temporary files',
  log,
});

/** A built API over a fresh database, serving the built admin, with a known first admin. */
async function startCase(name) {
  const dataDir = await mkdtemp(join(tmpdir(), `admin-bench-${name}-`));
  cleanUp.add(() => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi({
    entry: join(API_DIR, 'dist/server.js'),
    cwd: API_DIR,
    dataDir,
    // PUBLIC_ORIGIN is left to its default, the API's own address, which is where the
    // browser reaches it (the port is only known once the server is started).
    env: {
      NODE_ENV: 'production',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_DIR: join(ADMIN_DIR, 'dist'),
    },
    track: cleanUp.trackChild,
  });
  const cookie = await signIn(api.origin, ADMIN);
  return { name, origin: api.origin, cookie };
}

/** The API's answer time for one list request, from this process, on a new connection. */
async function timeApiRequest({ origin, cookie }, path) {
  const started = performance.now();
  const { status, body } = await get(`${origin}/api/v1${path}`, { cookie });
  const elapsed = performance.now() - started;
  if (status !== 200) throw new Error(`GET ${path}: ${status} ${body.toString().slice(0, 500)}`);
  return { elapsed, data: JSON.parse(body.toString()) };
}

const listPath = (query) =>
  `/admin/content/${TYPE}?${new URLSearchParams({
    page: '1',
    pageSize: '50',
    sort: '-updated',
    ...(query ? { q: query } : {}),
  })}`;

/** One sample of every measure on one case. */
async function sampleCase(server, samples) {
  for (let sample = 0; sample < SAMPLES_PER_ROUND; sample += 1) {
    const list = await measureList(server.context, {
      origin: server.origin,
      type: TYPE,
      total: server.topics,
      query: FILTER_QUERY,
      matches: server.matches,
    });
    const editMs = await measureEdit(server.context, {
      origin: server.origin,
      type: TYPE,
      id: EDITED_ID,
    });
    if (!samples) continue;
    samples.listMs.push(list.listMs);
    samples.filterMs.push(list.filterMs);
    samples.filterRequestMs.push(list.filterRequestMs);
    samples.editMs.push(editMs);
  }
  for (let request = 0; request < API_REQUESTS_PER_ROUND; request += 1) {
    const first = await timeApiRequest(server, listPath());
    const search = await timeApiRequest(server, listPath(FILTER_QUERY));
    samples?.apiListMs.push(first.elapsed);
    samples?.apiSearchMs.push(search.elapsed);
  }
}

async function main() {
  const options = readOptions(process.env);
  for (const built of [join(API_DIR, 'dist/server.js'), join(ADMIN_DIR, 'dist/index.html')]) {
    if (!existsSync(built)) {
      throw new Error(
        `${built} is missing: build first (pnpm turbo run build --filter=@peer-toolkit/api --filter=@peer-toolkit/admin)`,
      );
    }
  }
  const machine = describeMachine();
  const commit = describeCommit(REPO_ROOT);
  const startedAt = new Date();

  log('Starting the baseline and large APIs');
  const baseline = await startCase('baseline');
  const large = await startCase('large');
  Object.assign(baseline, await countItems(baseline.origin, baseline.cookie));
  const importStarted = performance.now();
  await addGeneratedTopics({ ...large, total: LARGE_TOTAL, log });
  large.importMs = performance.now() - importStarted;
  Object.assign(large, await countItems(large.origin, large.cookie));
  if (large.topics !== LARGE_TOTAL) {
    throw new Error(`The large case has ${large.topics} topics, not ${LARGE_TOTAL}`);
  }
  for (const server of [baseline, large]) {
    server.matches = (await timeApiRequest(server, listPath(FILTER_QUERY))).data.total;
  }

  const { browser, version } = await launchBrowser(options.chromiumPath);
  cleanUp.add(() => browser.close());
  for (const server of [baseline, large]) server.context = await openEditor(browser, server);

  log('Warming up (not measured)');
  for (const server of [baseline, large]) await sampleCase(server, undefined);

  const samples = {
    baseline: Object.fromEntries(MEASURES.map(({ key }) => [key, []])),
    large: Object.fromEntries(MEASURES.map(({ key }) => [key, []])),
  };
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? [baseline, large] : [large, baseline];
    for (const server of order) {
      await sampleCase(server, samples[server.name]);
      const latest = samples[server.name];
      log(
        `Round ${round + 1} ${server.name.padEnd(8)}: list ${latest.listMs.at(-1).toFixed(0)} ms, ` +
          `filter ${latest.filterMs.at(-1).toFixed(0)} ms, edit ${latest.editMs.at(-1).toFixed(0)} ms`,
      );
    }
  }

  const results = { baseline: summarise(samples.baseline), large: summarise(samples.large) };
  const section = formatSection({
    machine,
    commit,
    options,
    chromium: version,
    cases: { baseline, large },
    results,
    startedAt,
  });
  console.log(section);
  if (options.write) {
    writeDocs(join(REPO_ROOT, 'docs/benchmarks.md'), section);
    log('Updated docs/benchmarks.md');
  }
}

try {
  await main();
} catch (error) {
  log(`\nAdmin benchmark failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp.run();
}
