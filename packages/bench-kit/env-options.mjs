// Benchmark settings from BENCH_* variables, refused with a clear message when malformed.

/**
 * A reader of whole-number settings from `env`. `readWhole(name, fallback, min)` gives `fallback`
 * when the variable is unset or empty, and throws unless it is a whole number of `min` or more.
 * @param {Record<string, string | undefined>} env
 * @returns {(name: string, fallback: number, min: number) => number}
 */
export function wholeNumberReader(env) {
  return (name, fallback, min) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`${name} must be a whole number of ${min} or more, not "${raw}"`);
    }
    return value;
  };
}
