// Formats the read benchmark's figures as markdown and keeps docs/benchmarks.md up to date.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform } from 'node:os';

export const TARGET_RATIO = 0.5;
const START = '<!-- read-benchmark:start -->';
const END = '<!-- read-benchmark:end -->';

const INTRO = `# Benchmarks

## Read benchmark

\`pnpm bench\` runs \`apps/api/bench/read-benchmark.mjs\`. It measures what the API's own stack costs on
two hot public reads: a published topic (\`GET /api/v1/topics/training\`) and a search
(\`GET /api/v1/search?q=supervision\`).

- The real API is started as built (\`node dist/server.js\`) with a fresh SQLite database and
  \`LOG_LEVEL=silent\`.
- Its two responses are captured, and a bare \`node:http\` server (\`bench/baseline-server.mjs\`)
  answers the same paths with the same body bytes and the same \`Content-Type\`, \`ETag\` and
  \`Cache-Control\`. It sends none of the API's other headers: helmet's, \`X-Request-Id\` and \`Vary\`
  are part of the API's cost.
- autocannon loads each server in turn from the same process, alternating API and baseline (ABBA
  across rounds). Every response must be 2xx or the run fails. Latencies are measured per response
  with sub-millisecond resolution.
- Server CPU per request is the server process's user + system time (from \`/proc/<pid>/stat\`)
  over the measured run, divided by the requests it answered. It is steadier than requests/s when
  other work shares the machine, and unlike requests/s it is not capped by the load generator.
- Both reads come from the API's response cache after the first request, so the ratio is mostly
  the cost of Express, the middleware and the per-request work around the cache (input validation
  and one small SQLite query for the content version), not of building the JSON.

**Target:** on the topic read, the API serves at least half the bare server's throughput.

Numbers vary with machine load and from machine to machine. Compare ratios, and only between runs
on the same machine. Each run below records the machine (\`nproc\`, the CPU model from
\`/proc/cpuinfo\`, the Node version). autocannon shares the cores with the server under test, so on
a small machine the baseline's figure is partly limited by the load generator, which flatters the
ratio.

A quick run, after a build:

\`\`\`sh
BENCH_DURATION=3 BENCH_WARMUP=1 BENCH_ROUNDS=1 pnpm --filter @peer-toolkit/api bench
\`\`\`

The defaults are 10 connections (\`BENCH_CONNECTIONS\`), a 2 s warm-up and 10 s measured, 2 rounds.
\`pnpm bench\` at the root runs turbo, whose strict environment mode drops \`BENCH_*\` variables,
so it always uses the defaults. \`BENCH_WRITE=1\` rewrites the part of this file between the
markers below and leaves the rest alone.

To profile, \`BENCH_API_NODE_ARGS\` passes flags to the API's process only (for example
\`--cpu-prof --cpu-prof-dir=/tmp/api-profile\`), and \`BENCH_API_SERVER\` runs another server script
in its place, such as a modified copy of \`dist/server.js\`.
`;

function tryRun(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** Where the figures come from, read before the run starts loading the machine. */
export function describeMachine(repoRoot) {
  const commit = tryRun('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD']);
  const dirty = tryRun('git', ['-C', repoRoot, 'status', '--porcelain']);
  return {
    cpuCount: tryRun('nproc', []) ?? String(availableParallelism()),
    cpuModel: cpuModel(),
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(', '),
    commit: commit ? `${commit}${dirty ? ' with uncommitted changes' : ''}` : 'unknown',
  };
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value) => value.toFixed(2);
const micros = (value) => (Number.isNaN(value) ? '–' : integer.format(value));

/** The markdown section for one run: context, the table, and the verdict on the target. */
export function formatSection({ machine, options, endpoints, startedAt }) {
  const rows = endpoints.flatMap(({ label, api, baseline, ratio }) => [
    `| ${label} | API | ${integer.format(api.rps)} | ${ms(api.p50)} | ${ms(api.p99)} | ${micros(api.cpuUs)} | **${ratio.toFixed(2)}** |`,
    `| | baseline | ${integer.format(baseline.rps)} | ${ms(baseline.p50)} | ${ms(baseline.p99)} | ${micros(baseline.cpuUs)} | |`,
  ]);
  const [topic] = endpoints;
  const verdict = topic.ratio >= TARGET_RATIO ? 'meets the target' : 'below the target';
  return [
    '### Latest run',
    '',
    `- When: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${machine.commit}`,
    `- Machine: ${machine.cpuCount} CPUs (\`nproc\`), ${machine.cpuModel}, Node ${machine.node}, ${machine.os}; load average at start ${machine.load}`,
    `- Load: ${options.connections} connections; ${options.warmup} s warm-up discarded, then ${options.duration} s measured; ${options.rounds} round(s) per server, figures averaged`,
    '',
    '| Endpoint | Server | Requests/s | p50 (ms) | p99 (ms) | Server CPU (µs/req) | API / baseline (req/s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Topic read: the API serves **${topic.ratio.toFixed(2)}×** the bare server's throughput (target ≥ ${TARGET_RATIO.toFixed(2)}×), ${verdict}.`,
    ...(Number.isNaN(topic.cpuRatio)
      ? []
      : [
          `It spends ${topic.cpuRatio.toFixed(1)}× the bare server's CPU time per request, the figure least disturbed by other load on the machine.`,
        ]),
  ].join('\n');
}

/** Replaces the generated part of docs/benchmarks.md, creating the file with its intro if needed. */
export function writeDocs(path, section) {
  const generated = `${START}\n${section}\n${END}`;
  if (!existsSync(path)) {
    writeFileSync(path, `${INTRO}\n${generated}\n`);
    return;
  }
  const current = readFileSync(path, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${generated}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(path, next);
}
