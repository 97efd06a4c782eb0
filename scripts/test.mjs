// The README's test command: set up everything on a machine with only Node and npm, build, run
// every package's tests, and finish with one "N passed, N failed" line.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePnpm, root, runPnpm } from './pnpm.mjs';
import { summarizeTests } from './summarize-tests.mjs';

const pnpm = ensurePnpm();
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
if (runPnpm(pnpm, ['install', ...frozen]) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

for (const base of ['packages', 'apps']) {
  for (const name of ['core', 'api', 'site', 'admin', 'e2e']) {
    rmSync(join(root, base, name, 'test-results'), { recursive: true, force: true });
  }
}

// --force: a cached run would restore old reports instead of testing this tree.
const status = runPnpm(pnpm, [
  'exec',
  'turbo',
  'run',
  'build',
  'test',
  '--force',
  '--output-logs=errors-only',
]);
const { passed, failed, reports } = summarizeTests();
const missing = status !== 0 && failed === 0 ? 1 : 0;
if (reports === 0) console.error('No test reports were written.');
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(status === 0 && failed === 0 && reports > 0 ? 0 : 1);
