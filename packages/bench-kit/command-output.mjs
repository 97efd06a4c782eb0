// A command's output, for describing a run: a missing tool leaves a gap rather than failing it.
import { execFileSync } from 'node:child_process';

/**
 * What `command args` wrote to stdout, trimmed; undefined when it cannot run or fails.
 * @param {string} command
 * @param {string[]} args
 * @returns {string | undefined}
 */
export function readCommandOutput(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}
