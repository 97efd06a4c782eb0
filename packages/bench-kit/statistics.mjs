// Summaries of measured samples: nearest-rank percentiles, so every figure is a real sample.

/**
 * @param {number[]} values
 * @returns {number}
 */
export function mean(values) {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/**
 * The nearest-rank percentile: the smallest sample with at least `fraction` of all samples at or
 * below it. Undefined when there are no samples.
 * @param {ArrayLike<number>} values in any order
 * @param {number} fraction from 0 to 1, such as 0.99
 * @returns {number}
 */
export function percentile(values, fraction) {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/**
 * The lower middle sample where the count is even, as nearest rank gives it.
 * @param {ArrayLike<number>} values
 * @returns {number}
 */
export function median(values) {
  return percentile(values, 0.5);
}

/**
 * Records of the same shape (one per run) averaged field by field into one.
 * @template {Record<string, number>} T
 * @param {T[]} records
 * @returns {T}
 */
export function meanOfEach(records) {
  const [first = {}] = records;
  return /** @type {T} */ (
    Object.fromEntries(
      Object.keys(first).map((key) => [key, mean(records.map((record) => record[key]))]),
    )
  );
}
