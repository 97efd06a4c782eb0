const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "3 Mar 2026, 14:05" in the reader's own time zone. */
export function formatTime(iso: string): string {
  return format.format(new Date(iso));
}
