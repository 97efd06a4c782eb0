// Summarises the admin benchmark's samples and keeps its section of docs/benchmarks.md.
import { replaceDocSection } from '@peer-toolkit/bench-kit/doc-section';
import { formatRunContext } from '@peer-toolkit/bench-kit/machine';
import { alignRight, formatTable } from '@peer-toolkit/bench-kit/markdown-table';
import { median, percentile } from '@peer-toolkit/bench-kit/statistics';

export const TARGET_MS = 1_000;
export const TARGET_RATIO = 2;
const START = '<!-- admin-bench:start -->';
const END = '<!-- admin-bench:end -->';

/**
 * What is reported, in order. `underSecond` measures must stay under 1 s with 5,000 items;
 * `ratio` measures must stay under 2× the baseline. The filter's ratio is taken without the
 * debounce, a fixed 200 ms that would otherwise hide how the rest grows.
 */
export const MEASURES = [
  { key: 'listMs', label: 'List screen: time to interactive', underSecond: true, ratio: true },
  {
    key: 'filterMs',
    label: 'Filter: first matching row, from typing (includes the 200 ms debounce)',
    underSecond: true,
  },
  {
    key: 'filterRequestMs',
    label: 'Filter: first matching row, from the request (no debounce)',
    ratio: true,
  },
  { key: 'editMs', label: 'Edit screen: time to interactive', underSecond: true, ratio: true },
  { key: 'apiListMs', label: 'API: list, first page' },
  { key: 'apiSearchMs', label: 'API: list, search' },
];

const INTRO = `## Admin screens with 5,000 items

\`pnpm --filter @peer-toolkit/admin bench\` runs \`apps/admin/bench/admin-bench.mjs\`. It times the
admin's content list, its search and the edit screen in headless Chromium, on a small database and
on one where a content type holds 5,000 items, in the same run:

- Two built APIs (\`apps/api/dist/server.js\`, serving the built admin from \`apps/admin/dist\`,
  \`NODE_ENV=production\`, \`LOG_LEVEL=silent\`) start on free ports, each with a fresh SQLite
  database. **Baseline** keeps the seeded content (12 topics, about 115 items in all). **Large**
  gets 4,988 generated topics through the import endpoint (\`POST /api/v1/admin/import\`, in
  batches of 1,000), so topics hold 5,000 items: distinct titles, a summary each, the findings,
  questions and evidence of a seeded topic (about 5 KB of content, as real topics have), and a
  mix of statuses (60% published, 20% drafts, 10% published with a newer draft, 10% in review).
- Chromium (playwright-core, \`/usr/bin/chromium\`, as the browser tests start it) holds one
  signed-in context per API. Each sample opens a new tab; the browser cache is warm from a
  discarded first pass, as for an editor who has used the admin before. Times come from the
  page's own clock (\`performance.now()\`, from navigation start), read on the first animation
  frame that shows the condition.
- **List screen**: \`/admin/content/topics\` until its first page of rows (50, or all 12) is shown
  and the search box can be typed into.
- **Filter**: the query "supervision" (1 seeded topic, 6 in the large case) is typed into the
  list's search box at once, as the last keystroke would finish it, until exactly the matching
  rows are shown. The list waits 200 ms after typing before asking the server, so the figure is
  given from typing (what the editor waits) and from the start of the request (the debounce left
  out).
- **Edit screen**: \`/admin/content/topics/supervision-and-support\`, the same seeded topic in
  both cases, until its form is shown and its first changeable field is editable.
- **API**: \`GET /api/v1/admin/content/topics?page=1&pageSize=50&sort=-updated\` and the same with
  \`q=supervision\`, timed from the benchmark's process with the session cookie.
- Each round takes two samples of every measure on each API, the two APIs taking turns (ABBA
  across rounds) so that load from other work on the machine falls on both. Median and p90
  (nearest rank) are over all samples.

**Target:** with 5,000 items, each screen is interactive (and the first search result shown) in
under 1 s at the median, and the large case's median stays under 2× the baseline's for the list
screen, the edit screen and the search without its debounce.

Figures move with machine load, and browser tests often share this machine: compare the ratios,
which come from the same run, more than the times. A quick run, after building the API and the
admin:

\`\`\`sh
BENCH_ROUNDS=2 pnpm --filter @peer-toolkit/admin bench
\`\`\`

\`BENCH_ROUNDS\` (default 5) sets the rounds; \`CHROMIUM_PATH\` the browser. \`BENCH_WRITE=1\`
rewrites the part of this section between the markers below and leaves the rest of the file alone.
`;

/** Median and p90 of each measure, for one case. */
export function summarise(samples) {
  return Object.fromEntries(
    MEASURES.map(({ key }) => [
      key,
      {
        median: median(samples[key]),
        p90: percentile(samples[key], 0.9),
        n: samples[key].length,
      },
    ]),
  );
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value) => value.toLocaleString('en-GB');
const times = (value) => `${value.toFixed(2)}×`;

/** Each target, whether it was met, one line each. */
export function checkTargets({ baseline, large }) {
  const results = [];
  for (const measure of MEASURES) {
    if (measure.underSecond) {
      const value = large[measure.key].median;
      results.push({
        met: value < TARGET_MS,
        text: `${measure.label}: ${ms(value)} ms with 5,000 items (target under ${TARGET_MS} ms)`,
      });
    }
    if (measure.ratio) {
      const value = large[measure.key].median / baseline[measure.key].median;
      results.push({
        met: value < TARGET_RATIO,
        text: `${measure.label}: ${times(value)} the baseline (target under ${TARGET_RATIO}×)`,
      });
    }
  }
  return results;
}

function table({ baseline, large }) {
  const rows = MEASURES.map(({ key, label }) => {
    const [b, l] = [baseline[key], large[key]];
    return [
      label,
      ms(b.median),
      ms(b.p90),
      ms(l.median),
      ms(l.p90),
      `**${times(l.median / b.median)}**`,
      times(l.p90 / b.p90),
    ];
  });
  return formatTable(
    [
      'Measure (ms)',
      alignRight('Baseline median'),
      alignRight('Baseline p90'),
      alignRight('Large median'),
      alignRight('Large p90'),
      alignRight('Large / baseline (median)'),
      alignRight('Large / baseline (p90)'),
    ],
    rows,
  );
}

/** The markdown for one run: context, the table and the verdict. */
export function formatSection({ machine, commit, options, chromium, cases, results, startedAt }) {
  const targets = checkTargets(results);
  const missed = targets.filter(({ met }) => !met);
  const samples = results.large.listMs.n;
  return [
    '### Latest run',
    '',
    ...formatRunContext({ startedAt, commit, machine }),
    `- Chromium ${chromium}, headless; ${options.rounds} round(s), ${samples} samples per measure and case`,
    `- Baseline: ${count(cases.baseline.topics)} topics (${count(cases.baseline.items)} items in all); large: ${count(cases.large.topics)} topics (${count(cases.large.items)} items in all), imported in ${(cases.large.importMs / 1000).toFixed(1)} s`,
    `- Search "${options.query}": ${cases.baseline.matches} match(es) in the baseline, ${cases.large.matches} in the large case`,
    '',
    table(results),
    '',
    missed.length === 0
      ? '**Target met:**'
      : `**Target missed** (${missed.length} of ${targets.length} checks):`,
    '',
    ...targets.map(({ met, text }) => `- ${met ? 'met' : '**missed**'}: ${text}`),
  ].join('\n');
}

/** Replaces this benchmark's generated part of docs/benchmarks.md, adding the section if missing. */
export function writeDocs(path, section) {
  replaceDocSection({ path, start: START, end: END, intro: INTRO, section });
}
