/**
 * Turns the words a person typed into an FTS5 query: every word must appear, and the last one may
 * be the start of a word, so results follow typing. Words are quoted, so FTS5 operators typed by
 * the user ("NOT", "*", quotes, column filters) are searched for as text, never run.
 */
export function toFtsQuery(words: readonly string[]): string {
  return words
    .map((word, index) => `"${word.replaceAll('"', '""')}"${index === words.length - 1 ? '*' : ''}`)
    .join(' ');
}
