// What a benchmark must undo (servers, browser, temporary folders), done once however it ends.
import { constants } from 'node:os';
import { stopChild } from './node-server.mjs';

/**
 * Collects clean-up steps and runs them once, last added first: when `run()` is called as the
 * benchmark ends, or on SIGINT, SIGTERM or SIGHUP, which then exit with 128 + the signal's
 * number. A failing step is reported and the others still run.
 * @param {{ interrupted: string, log?: (message: string) => void }} options `interrupted` is
 *   printed after the signal's name, saying what is being stopped
 */
export function createCleanUp({ interrupted, log = (message) => console.error(message) }) {
  /** @type {(() => unknown)[]} */
  const steps = [];
  let cleaning;
  const run = () => {
    cleaning ??= (async () => {
      for (const step of steps.reverse()) {
        await Promise.resolve()
          .then(step)
          .catch((error) => log(`Clean-up step failed: ${error.message}`));
      }
    })();
    return cleaning;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      log(`\n${signal}: ${interrupted}`);
      void run().finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
  return {
    /** @param {() => unknown} step */
    add: (step) => {
      steps.push(step);
    },
    /** @param {import('node:child_process').ChildProcess} child */
    trackChild: (child) => {
      steps.push(() => stopChild(child));
    },
    /** @returns {Promise<void>} */
    run,
  };
}
