// The commit a run measured, so figures in docs/benchmarks.md can be traced to the code.
import { readCommandOutput } from './command-output.mjs';

/**
 * The short hash of HEAD, noting uncommitted changes; 'unknown' outside a git checkout.
 * @param {string} repoRoot
 * @returns {string}
 */
export function describeCommit(repoRoot) {
  const commit = readCommandOutput('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD']);
  const dirty = readCommandOutput('git', ['-C', repoRoot, 'status', '--porcelain']);
  return commit ? `${commit}${dirty ? ' with uncommitted changes' : ''}` : 'unknown';
}
