// The README's start command: set up on a machine with only Node and npm, build, create and seed
// the embedded database on first run, and serve the product on localhost.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensurePnpm, installEnvironment, root, runPnpm } from './pnpm.mjs';

const pnpm = ensurePnpm();
if (runPnpm(pnpm, ['install']) !== 0) process.exit(1);
if (
  runPnpm(pnpm, [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@peer-toolkit/api...',
    '--output-logs=errors-only',
  ]) !== 0
) {
  process.exit(1);
}

const env = { ...installEnvironment(), DATA_DIR: process.env.DATA_DIR ?? join(root, 'data') };
const api = spawn(process.execPath, [join(root, 'apps/api/dist/server.js')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
