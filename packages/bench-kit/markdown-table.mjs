// Markdown tables for the reports in docs/benchmarks.md.

/**
 * @typedef {string | { title: string, align: 'right' }} Column a heading, left-aligned unless
 *   given by `alignRight`
 */

/**
 * A right-aligned column, for figures.
 * @param {string} title
 * @returns {Column}
 */
export function alignRight(title) {
  return { title, align: 'right' };
}

/**
 * A markdown table, one line per row. Cells are written as given; an empty cell is `| |`.
 * @param {Column[]} columns
 * @param {string[][]} rows
 * @returns {string}
 */
export function formatTable(columns, rows) {
  const line = (cells) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
  return [
    line(columns.map((column) => (typeof column === 'string' ? column : column.title))),
    line(columns.map((column) => (typeof column === 'string' ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
