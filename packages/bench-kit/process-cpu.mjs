// A process's CPU time from /proc: per request, steadier than requests/s on a shared machine.
import { readFileSync } from 'node:fs';
import { readCommandOutput } from './command-output.mjs';

/** Clock ticks per second, the unit of CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = Number(readCommandOutput('getconf', ['CLK_TCK'])) || 100;

/**
 * CPU seconds (user + system) a process has used so far; undefined where there is no /proc.
 * @param {number} pid
 * @returns {number | undefined}
 */
export function readCpuSeconds(pid) {
  try {
    // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
