// Load runs with autocannon: latency per response and the server's CPU time per request.
import autocannon from 'autocannon';
import { readCpuSeconds } from './process-cpu.mjs';
import { meanOfEach, percentile } from './statistics.mjs';

/**
 * @typedef {{ origin: string, pids: number[] }} LoadTarget a server and the processes whose CPU
 *   time it costs (the site and the API it reads, say)
 * @typedef {{ rps: number, p50: number, p99: number, cpuUs: number }} LoadRun requests/s, latency
 *   percentiles in ms, and server CPU µs per request (NaN where there is no /proc)
 * @typedef {{ connections: number, duration: number, headers?: Record<string, string> }} LoadSettings
 */

/**
 * One autocannon run; every response must be 2xx. autocannon's histogram rounds to whole ms, so
 * latencies are kept here. Server CPU time per request is steadier than requests/s on a shared
 * machine, and is not capped by the load generator.
 * @param {LoadTarget} target
 * @param {string} path
 * @param {LoadSettings} settings
 * @returns {Promise<LoadRun>}
 */
export async function loadOnce({ origin, pids }, path, { connections, duration, headers }) {
  const url = `${origin}${path}`;
  const times = [];
  const cpu = () =>
    pids.map((pid) => readCpuSeconds(pid)).reduce((total, value) => total + value, 0);
  const cpuBefore = cpu();
  const run = autocannon({ url, connections, duration, ...(headers ? { headers } : {}) });
  run.on('response', (_client, _status, _bytes, time) => times.push(time));
  const result = await run;
  const cpuAfter = cpu();
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests.total} requests. Status codes: ${JSON.stringify(result.statusCodeStats)}`,
    );
  }
  return {
    rps: result.requests.average,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    // A missing /proc makes the sum NaN, which reports show as a dash.
    cpuUs: ((cpuAfter - cpuBefore) * 1e6) / result.requests.total,
  };
}

/**
 * Loads `path` on each server in turn, swapping the order every round (ABBA) so drifting machine
 * load falls on all of them; a warm-up run of `warmup` seconds before each measured run is
 * discarded. Logs each run after `label`, and returns each server's runs averaged.
 * @template {string} Name
 * @param {{
 *   servers: Record<Name, LoadTarget>, path: string, label: string,
 *   settings: LoadSettings & { rounds: number, warmup: number },
 * }} load
 * @returns {Promise<Record<Name, LoadRun>>}
 */
export async function loadInTurns({ servers, path, label, settings }) {
  const names = Object.keys(servers);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < settings.rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      if (settings.warmup > 0) {
        await loadOnce(servers[name], path, { ...settings, duration: settings.warmup });
      }
      const run = await loadOnce(servers[name], path, settings);
      runs[name].push(run);
      console.error(
        `${label} ${name.padEnd(8)} round ${round + 1}: ${Math.round(run.rps)} req/s, ` +
          `p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, ${Math.round(run.cpuUs)} µs CPU/req`,
      );
    }
  }
  return Object.fromEntries(names.map((name) => [name, meanOfEach(runs[name])]));
}
