// The machine a run measured on, read before the run loads it, and the report lines saying so.
import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform } from 'node:os';
import { readCommandOutput } from './command-output.mjs';

/**
 * @typedef {object} Machine
 * @property {string} cpuCount what `nproc` says: the CPUs this process may use
 * @property {string} cpuModel
 * @property {string} node the Node version, such as v20.19.0
 * @property {string} os platform and architecture
 * @property {string} load the 1, 5 and 15 minute load averages
 */

function readCpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** @returns {Machine} */
export function describeMachine() {
  return {
    cpuCount: readCommandOutput('nproc', []) ?? String(availableParallelism()),
    cpuModel: readCpuModel(),
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(', '),
  };
}

/**
 * The report's opening list items: when the run started, at which commit, and on what machine.
 * @param {{ startedAt: Date, commit: string, machine: Machine }} run
 * @returns {string[]}
 */
export function formatRunContext({ startedAt, commit, machine }) {
  return [
    `- When: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}`,
    `- Machine: ${machine.cpuCount} CPUs (\`nproc\`), ${machine.cpuModel}, Node ${machine.node}, ${machine.os}; load average at start ${machine.load}`,
  ];
}
