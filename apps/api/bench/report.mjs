// Formats the read benchmark's figures as markdown and keeps its section of docs/benchmarks.md.
import { replaceDocSection } from '@peer-toolkit/bench-kit/doc-section';
import { formatRunContext } from '@peer-toolkit/bench-kit/machine';
import { alignRight, formatTable } from '@peer-toolkit/bench-kit/markdown-table';

export const TARGET_RATIO = 0.5;
const START = '<!-- read-benchmark:start -->';
const END = '<!-- read-benchmark:end -->';

const INTRO = `## Read benchmark

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

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value) => value.toFixed(2);
const micros = (value) => (Number.isNaN(value) ? '–' : integer.format(value));

/** The markdown section for one run: context, the table, and the verdict on the target. */
export function formatSection({ machine, commit, options, endpoints, startedAt }) {
  const rows = endpoints.flatMap(({ label, api, baseline, ratio }) => [
    [
      label,
      'API',
      integer.format(api.rps),
      ms(api.p50),
      ms(api.p99),
      micros(api.cpuUs),
      `**${ratio.toFixed(2)}**`,
    ],
    [
      '',
      'baseline',
      integer.format(baseline.rps),
      ms(baseline.p50),
      ms(baseline.p99),
      micros(baseline.cpuUs),
      '',
    ],
  ]);
  const [topic] = endpoints;
  const verdict = topic.ratio >= TARGET_RATIO ? 'meets the target' : 'below the target';
  return [
    '### Latest run',
    '',
    ...formatRunContext({ startedAt, commit, machine }),
    `- Load: ${options.connections} connections; ${options.warmup} s warm-up discarded, then ${options.duration} s measured; ${options.rounds} round(s) per server, figures averaged`,
    '',
    formatTable(
      [
        'Endpoint',
        'Server',
        alignRight('Requests/s'),
        alignRight('p50 (ms)'),
        alignRight('p99 (ms)'),
        alignRight('Server CPU (µs/req)'),
        alignRight('API / baseline (req/s)'),
      ],
      rows,
    ),
    '',
    `Topic read: the API serves **${topic.ratio.toFixed(2)}×** the bare server's throughput (target ≥ ${TARGET_RATIO.toFixed(2)}×), ${verdict}.`,
    ...(Number.isNaN(topic.cpuRatio)
      ? []
      : [
          `It spends ${topic.cpuRatio.toFixed(1)}× the bare server's CPU time per request, the figure least disturbed by other load on the machine.`,
        ]),
  ].join('\n');
}

/** Replaces this benchmark's generated part of docs/benchmarks.md, adding the section if missing. */
export function writeDocs(path, section) {
  replaceDocSection({ path, start: START, end: END, intro: INTRO, section });
}
