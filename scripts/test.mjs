// The README's test command: set up everything on a machine with only Node and npm, build, run
// every package's tests, and finish with one "N passed, N failed" line.

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePnpm, root, runPnpm } from './pnpm.mjs';
import { summarizeTests } from './summarize-tests.mjs';

const pnpm = ensurePnpm();
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
if (runPnpm(pnpm, ['install', ...frozen]) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

for (const dir of ['packages/core', 'packages/ui', 'apps/api', 'apps/site', 'apps/admin', 'e2e']) {
  rmSync(join(root, dir, 'test-results'), { recursive: true, force: true });
}

// The browser tests drive Debian's Chromium. Install it when missing and allowed to (as root).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('Installing Chromium for the browser tests...');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!existsSync(chromium)) {
    console.error(
      `Chromium is not at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

// --force: a cached run would restore old reports instead of testing this tree. The browser
// tests run after the others rather than beside them, so that they do not share the cores with
// the API's heavier tests and time out on a small machine.
const turbo = (tasks) =>
  runPnpm(pnpm, ['exec', 'turbo', 'run', ...tasks, '--force', '--output-logs=errors-only']);
const unitStatus = turbo(['build', 'test']);
const browserStatus = turbo(['test:e2e']);
const status = unitStatus === 0 ? browserStatus : unitStatus;
const { passed, failed, reports } = summarizeTests();
const missing = status !== 0 && failed === 0 ? 1 : 0;
if (reports === 0) console.error('No test reports were written.');
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(status === 0 && failed === 0 && reports > 0 ? 0 : 1);
