// Finds or installs the pinned pnpm, so the README's commands work on a machine with only Node and npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split(
  '@',
)[1];

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The command that runs the pinned pnpm: a global install if it matches, else one made now. */
export function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return ['pnpm'];
  console.log(`Installing pnpm ${pinned} (the version this project pins)...`);
  const global = spawnSync('npm', ['install', '--global', `pnpm@${pinned}`], { stdio: 'inherit' });
  if (global.status === 0 && versionOf('pnpm') === pinned) return ['pnpm'];
  // No permission for a global install: run it through npx instead.
  return ['npx', '--yes', `pnpm@${pinned}`];
}

/** Environment for installs: native addons build against Node's own headers where they exist. */
export function installEnvironment() {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
    env.npm_config_nodedir = '/usr';
  return env;
}

/** Runs pnpm with the given arguments in the repository root; returns the exit status. */
export function runPnpm(pnpm, args) {
  const [command, ...prefix] = pnpm;
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: installEnvironment(),
  });
  return result.status ?? 1;
}
