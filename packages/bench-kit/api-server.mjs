// The built API as the benchmarks start it: a fresh database, no logging, ready on /readyz.
import { startNodeServer } from './node-server.mjs';

/**
 * Starts the built API (`entry`, normally apps/api/dist/server.js) over a new SQLite database in
 * `dataDir`, with LOG_LEVEL=silent. `env` adds settings (NODE_ENV, the first admin);
 * `nodeArgs` passes flags such as --cpu-prof to the API's process only.
 * @param {{
 *   entry: string, cwd: string, dataDir: string, env?: Record<string, string>,
 *   nodeArgs?: string[], track: (child: import('node:child_process').ChildProcess) => void,
 * }} api
 */
export function startApi({ entry, cwd, dataDir, env = {}, nodeArgs = [], track }) {
  return startNodeServer({
    name: 'API',
    entry,
    cwd,
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    nodeArgs,
    portVariable: 'PORT',
    readyPath: '/readyz',
    track,
  });
}
