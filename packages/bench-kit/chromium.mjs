// Headless Chromium as this project starts it, in the benchmarks and the browser tests alike.

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian's Chromium, started the way this machine allows: no sandbox (it runs as root), no GPU,
 * and no background network calls (updates, sync, QUIC), which the closed network would refuse.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser to start: the path in `env[variable]` when set, else Debian's Chromium.
 * @param {Record<string, string | undefined>} env
 * @param {string} [variable]
 * @returns {string}
 */
export function chromiumPath(env, variable = 'CHROMIUM_PATH') {
  return env[variable] || DEFAULT_CHROMIUM_PATH;
}
