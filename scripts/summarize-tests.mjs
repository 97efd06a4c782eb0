// Sums the JSON test reports every package wrote under test-results/ into one closing line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './pnpm.mjs';

const SKIP = new Set(['node_modules', '.git', '.turbo', 'dist']);

function* reportFiles(directory) {
  if (!existsSync(directory)) return;
  for (const name of readdirSync(directory)) {
    if (SKIP.has(name)) continue;
    const path = join(directory, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'test-results') {
      for (const file of readdirSync(path)) if (file.endsWith('.json')) yield join(path, file);
    } else {
      yield* reportFiles(path);
    }
  }
}

/** A suite that failed to load has no failed tests but is still a failure. */
function countBrokenSuites(report) {
  return (report.testResults ?? []).filter(
    (suite) =>
      suite.status === 'failed' &&
      !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}

/** Totals of every report in vitest's JSON format. */
export function summarizeTests() {
  let passed = 0;
  let failed = 0;
  const files = ['packages', 'apps', 'e2e'].flatMap((base) => [...reportFiles(join(root, base))]);
  for (const file of files) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + countBrokenSuites(report);
  }
  return { passed, failed, reports: files.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const extraFailures = Number(process.argv[2] ?? 0);
  const { passed, failed } = summarizeTests();
  console.log(`${passed} passed, ${failed + extraFailures} failed`);
}
