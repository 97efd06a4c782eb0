// Formats the page budget's figures as markdown and keeps its section of docs/benchmarks.md.
import { replaceDocSection } from '@peer-toolkit/bench-kit/doc-section';
import { formatRunContext } from '@peer-toolkit/bench-kit/machine';
import { alignRight, formatTable } from '@peer-toolkit/bench-kit/markdown-table';

/** KB here are 1,000 bytes, the stricter reading of the issue's budget. */
export const BUDGET = {
  scriptBytes: 20_000,
  transferBytes: 100_000,
  performance: 0.95,
  accessibility: 1,
};
const START = '<!-- site-budget:start -->';
const END = '<!-- site-budget:end -->';
const HEADING = '## Site performance budget';

const INTRO = `${HEADING}

\`pnpm --filter @peer-toolkit/site bench\` runs \`apps/site/bench/page-budget.mjs\`. It checks the
issue's performance budget for the public site and compares the site with a bare server sending the
same bytes:

- The built API (\`apps/api/dist/server.js\`, a fresh SQLite database) and the built site
  (\`apps/site/dist/server.js\`, reading that API) are started on free ports with
  \`NODE_ENV=production\`, as they would be deployed (without it React runs its development
  build, which renders pages about half as fast). The API runs with \`LOG_LEVEL=silent\`; the
  site logs errors only, which the benchmark prints if a page fails.
- **Page weight.** Each page is requested as a browser would (\`Accept-Encoding: gzip\`), then
  every stylesheet, script, icon and image it references (and whatever those import). "Sent" is
  the body as the server sent it; "transferred" is everything on the wire for the document and
  those files: status lines, headers and bodies. Budget: scripts under 20 KB gzipped (content
  pages ship none), under 100 KB transferred in total. KB here are 1,000 bytes.
- **Lighthouse 12.2.3**, default configuration (mobile: a Moto G Power-sized screen, simulated slow
  4G and 4× CPU slowdown), in headless Chromium, on the home page, a topic, the change model and the
  self-assessment (its start and first step). Each page is audited several times and Lighthouse's
  median run is reported. Targets: performance at least 95 and accessibility 100.
- **Baseline.** A bare \`node:http\` server (\`apps/site/bench/baseline-server.mjs\`) replays the
  site's captured responses: the same HTML, CSS, JavaScript and favicon bytes, gzip-encoded exactly
  as the site sent them, with the same \`Content-Type\`, \`Cache-Control\` and \`ETag\`, and none of
  the site's other headers. Lighthouse audits it the same way, alternating site and baseline, so
  each ratio (site / baseline) shows what the framework, the per-request rendering and the API
  reads add to an ideal server of the same page.
- **Server response.** autocannon loads the topic page on the site and on the baseline in turn
  (ABBA across rounds) with \`Accept-Encoding: gzip\`. The site renders each request and
  revalidates its API reads with ETags, so its CPU figure adds the API process's time.

The page budget is met when every page meets its weight budget and every audited page meets
both Lighthouse targets; otherwise the benchmark lists what missed and exits non-zero. Lighthouse
scores are repeatable on one machine but move with machine load (the 4× CPU slowdown multiplies
whatever the machine is doing), and server figures vary from machine to machine: compare ratios,
and only between runs on the same machine.

A quick run, after building core, the API and the site:

\`\`\`sh
BENCH_LIGHTHOUSE_RUNS=1 BENCH_DURATION=2 BENCH_WARMUP=1 BENCH_ROUNDS=1 pnpm --filter @peer-toolkit/site bench
\`\`\`

The defaults are 3 Lighthouse runs per page and server (\`BENCH_LIGHTHOUSE_RUNS\`), and for the
load test 10 connections (\`BENCH_CONNECTIONS\`), a 1 s warm-up (\`BENCH_WARMUP\`), 5 s measured
(\`BENCH_DURATION\`) and 2 rounds per server (\`BENCH_ROUNDS\`). \`CHROME_PATH\` picks the browser
(default \`/usr/bin/chromium\`). \`BENCH_WRITE=1\` rewrites the part of this section between the
markers below and leaves the rest of the file alone.
`;

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const kb = (bytes) => (bytes / 1000).toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(2);
const score = (value) =>
  value === null || value === undefined ? '–' : String(Math.round(value * 100));
/** A ratio, or a dash where the baseline's figure is zero (0 ms of blocking, no layout shift). */
const ratio = (site, baseline) => {
  if (!(baseline > 0) || !Number.isFinite(site)) return '–';
  const value = site / baseline;
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`;
};
const pageName = ({ label, path }) => `${label} \`${path}\``;

/** Which budgets and targets were missed, one line each; empty when all were met. */
export function findMisses({ weights, audits }) {
  const misses = [];
  for (const page of weights) {
    if (page.jsSent >= BUDGET.scriptBytes) {
      misses.push(`${pageName(page)}: ${kb(page.jsSent)} KB of script (budget under 20 KB)`);
    }
    if (page.totalWire >= BUDGET.transferBytes) {
      misses.push(`${pageName(page)}: ${kb(page.totalWire)} KB transferred (budget under 100 KB)`);
    }
  }
  for (const { page, site } of audits) {
    if (site.performance === null || site.performance < BUDGET.performance) {
      misses.push(
        `${pageName(page)}: Lighthouse performance ${score(site.performance)} (target 95)`,
      );
    }
    if (site.accessibility === null || site.accessibility < BUDGET.accessibility) {
      misses.push(
        `${pageName(page)}: Lighthouse accessibility ${score(site.accessibility)} (target 100)`,
      );
    }
  }
  return misses;
}

function weightTable(weights) {
  const rows = weights.map((page) => {
    const met = page.jsSent < BUDGET.scriptBytes && page.totalWire < BUDGET.transferBytes;
    return [
      pageName(page),
      kb(page.htmlRaw),
      kb(page.htmlSent),
      kb(page.cssSent),
      page.jsSent === 0 ? 'none' : kb(page.jsSent),
      kb(page.otherSent),
      kb(page.totalWire),
      met ? 'met' : '**missed**',
    ];
  });
  return formatTable(
    [
      'Page',
      alignRight('HTML (KB)'),
      alignRight('HTML sent, gzip (KB)'),
      alignRight('CSS sent (KB)'),
      alignRight('JavaScript sent (KB)'),
      alignRight('Favicon sent (KB)'),
      alignRight('Transferred in all (KB)'),
      'Budget',
    ],
    rows,
  );
}

function auditTable(audits) {
  const row = (first, server, r) => [
    first,
    server,
    score(r.performance),
    score(r.accessibility),
    seconds(r.fcp),
    seconds(r.lcp),
    integer.format(r.tbt),
    r.cls.toFixed(3),
    seconds(r.speedIndex),
    kb(r.bytes),
  ];
  const rows = audits.flatMap(({ page, site, baseline }) => [
    row(pageName(page), 'site', site),
    row('', 'baseline', baseline),
    [
      '',
      'site / baseline',
      ratio(site.performance, baseline.performance),
      ratio(site.accessibility, baseline.accessibility),
      ratio(site.fcp, baseline.fcp),
      `**${ratio(site.lcp, baseline.lcp)}**`,
      ratio(site.tbt, baseline.tbt),
      ratio(site.cls, baseline.cls),
      ratio(site.speedIndex, baseline.speedIndex),
      ratio(site.bytes, baseline.bytes),
    ],
  ]);
  return formatTable(
    [
      'Page',
      'Server',
      alignRight('Performance'),
      alignRight('Accessibility'),
      alignRight('FCP (s)'),
      alignRight('LCP (s)'),
      alignRight('TBT (ms)'),
      alignRight('CLS'),
      alignRight('Speed Index (s)'),
      alignRight('Transferred (KB)'),
    ],
    rows,
  );
}

function loadTable({ page, site, baseline }) {
  const cpu = (value) => (Number.isNaN(value) ? '–' : integer.format(value));
  const row = (first, server, r, last) => [
    first,
    server,
    integer.format(r.rps),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    cpu(r.cpuUs),
    last,
  ];
  return formatTable(
    [
      'Page',
      'Server',
      alignRight('Requests/s'),
      alignRight('p50 (ms)'),
      alignRight('p99 (ms)'),
      alignRight('Server CPU (µs/req)'),
      alignRight('site / baseline (req/s)'),
    ],
    [
      row(pageName(page), 'site (+ API)', site, `**${ratio(site.rps, baseline.rps)}**`),
      row('', 'baseline', baseline, ''),
    ],
  );
}

/** Why an audited page falls short of a target, from Lighthouse's own failing audits. */
function findingsFor(audits) {
  const lines = [];
  for (const { page, site } of audits) {
    const missedPerformance = site.performance < BUDGET.performance;
    const missedAccessibility = site.accessibility < BUDGET.accessibility;
    if (!missedPerformance && !missedAccessibility) continue;
    lines.push(`- ${pageName(page)}:`);
    if (missedAccessibility) {
      for (const audit of site.failedAccessibility) {
        lines.push(
          `  - accessibility: ${audit.title} (\`${audit.id}\`): ${audit.items.join('; ')}`,
        );
      }
    }
    if (missedPerformance) {
      for (const audit of site.performanceFindings) {
        lines.push(`  - performance: ${audit.title} ${audit.displayValue} (\`${audit.id}\`)`);
      }
    }
  }
  return lines;
}

/** The markdown for one run: context, the three tables, and the verdict. */
export function formatSection({
  machine,
  commit,
  options,
  chrome,
  weights,
  audits,
  load,
  startedAt,
}) {
  const misses = findMisses({ weights, audits });
  const [first] = audits;
  const throttling = first?.site.settings.throttling;
  const erroredAudits = audits.flatMap(({ site, baseline }) => [
    ...site.erroredAudits,
    ...baseline.erroredAudits,
  ]);
  const errored = [...new Set(erroredAudits.map(({ id }) => id))].sort();
  const anyScored = erroredAudits.some(({ scored }) => scored);
  const findings = findingsFor(audits);
  return [
    '### Latest run',
    '',
    ...formatRunContext({ startedAt, commit, machine }),
    `- Lighthouse ${options.lighthouseVersion} in ${chrome}, ${first?.site.settings.formFactor ?? 'mobile'}, ${first?.site.settings.throttlingMethod ?? 'simulate'}d throttling${throttling ? ` (${throttling.rttMs} ms RTT, ${(throttling.throughputKbps / 1024).toFixed(1)} Mbit/s, ${throttling.cpuSlowdownMultiplier}× CPU slowdown)` : ''}; median of ${options.lighthouseRuns} run(s) per page and server`,
    `- Load: ${options.connections} connections; ${options.warmup} s warm-up discarded, then ${options.duration} s measured; ${options.rounds} round(s) per server, figures averaged`,
    '',
    '#### Page weight (as sent to a browser that accepts gzip)',
    '',
    weightTable(weights),
    '',
    '#### Lighthouse (mobile): site and baseline',
    '',
    auditTable(audits),
    '',
    '#### Server response: the topic page under load',
    '',
    loadTable(load),
    '',
    misses.length === 0
      ? '**Budget met:** every page is under 20 KB of script and 100 KB transferred, and every audited page scores at least 95 for performance and 100 for accessibility.'
      : `**Budget missed:**\n\n${misses.map((miss) => `- ${miss}`).join('\n')}`,
    ...(findings.length > 0 ? ['', 'What Lighthouse found on those pages:', '', ...findings] : []),
    ...(errored.length > 0
      ? [
          '',
          `Lighthouse ${options.lighthouseVersion} could not run some audits in this Chromium (${errored.map((id) => `\`${id}\``).join(', ')}); ${anyScored ? '**some of them count towards a score**, which is then unreliable' : 'none of them counts towards a score'}.`,
        ]
      : []),
  ].join('\n');
}

/** Replaces this benchmark's generated part of docs/benchmarks.md, adding the section if missing. */
export function writeDocs(path, section) {
  replaceDocSection({ path, start: START, end: END, intro: INTRO, section });
}
